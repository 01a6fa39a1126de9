import type { Field } from '../vocab/fields.js';
import type { Host } from '../vocab/hosts.js';
import type { SyntheticMetric } from './synthesize-outcome.js';

/** A kind of model the synthesizer can make: its name in both languages, who usually runs it, what it measures. */
export interface ModelTemplate {
  /** The name without its place: "Nuôi bò nhốt chuồng" becomes "Nuôi bò nhốt chuồng ở xã Thiên Lộc". */
  readonly vi: string;
  readonly en: string;
  /** How common it is relative to the field's other templates (default 1). */
  readonly weight?: number;
  /** The hosts that usually run it; others of the field still run it now and then. */
  readonly hosts?: readonly Host[];
  /** The outcomes it reports when it reports any; the field's defaults otherwise. */
  readonly metrics?: readonly SyntheticMetric[];
}

const ROADS: readonly SyntheticMetric[] = ['households-donating-land', 'road-length', 'working-days'];
const HELP: readonly SyntheticMetric[] = ['beneficiaries', 'funds-mobilized'];

/**
 * Kinds of model per field, worded the way the province's mass-mobilization reports word them (the seed article's
 * deer farming, fish sauce cooperative, "godmothers", storm shelters, folk songs, security cameras, fire-safety
 * groups, blood bank club, and the everyday ones around them). Synthetic names are built from these; no real
 * model is claimed to exist where a synthetic record puts it.
 *
 * @example
 * MODEL_TEMPLATES['party-building'][0].vi; // 'Chi bộ 4 tốt'
 */
export const MODEL_TEMPLATES: Readonly<Record<Field, readonly ModelTemplate[]>> = {
  economic: [
    { vi: 'Nuôi bò nhốt chuồng', en: 'Closed-barn cattle farming', weight: 2, hosts: ['farmers-union'] },
    { vi: 'Nuôi hươu lấy nhung', en: 'Deer farming for antler velvet', hosts: ['farmers-union', 'veterans-association'] },
    { vi: 'Hiến đất làm đường giao thông', en: 'Donating land for roads', weight: 3, hosts: ['fatherland-front', 'government'], metrics: ROADS },
    { vi: 'Bê tông hóa đường giao thông nông thôn', en: 'Concreting rural roads', weight: 2, hosts: ['government'], metrics: ['road-length', 'working-days', 'funds-mobilized'] },
    { vi: 'Kiên cố hóa kênh mương nội đồng', en: 'Lining intra-field canals', weight: 2, hosts: ['farmers-union', 'government'], metrics: ['canal-built', 'working-days'] },
    { vi: 'Dồn điền đổi thửa', en: 'Consolidating farm plots', hosts: ['party-committee', 'farmers-union'], metrics: ['beneficiaries', 'working-days'] },
    { vi: 'Cánh đồng mẫu lớn', en: 'Large-scale model rice field', hosts: ['farmers-union'] },
    { vi: 'Cải tạo vườn tạp thành vườn mẫu', en: 'Mixed gardens made model gardens', weight: 2, hosts: ['farmers-union', 'womens-union'], metrics: ['working-days', 'beneficiaries'] },
    { vi: 'Trồng cam theo tiêu chuẩn VietGAP', en: 'Growing oranges to VietGAP standards', hosts: ['farmers-union'] },
    { vi: 'Tổ hợp tác nuôi ong lấy mật', en: 'Beekeeping cooperative group', hosts: ['farmers-union', 'veterans-association'] },
    { vi: 'Hợp tác xã chế biến nước mắm', en: 'Fish sauce processing cooperative', hosts: ['womens-union', 'government'] },
    { vi: 'Phụ nữ giúp nhau phát triển kinh tế', en: 'Women helping each other make a living', weight: 2, hosts: ['womens-union'], metrics: HELP },
    { vi: 'Thanh niên khởi nghiệp', en: 'Young people starting businesses', hosts: ['youth-union'] },
    { vi: 'Cựu chiến binh làm kinh tế giỏi', en: 'Veterans doing well in business', hosts: ['veterans-association'] },
    { vi: 'Sản phẩm OCOP gắn với du lịch cộng đồng', en: 'OCOP products and community tourism', hosts: ['government', 'womens-union'] },
    { vi: 'Trồng rau an toàn trong nhà lưới', en: 'Safe vegetables grown in net houses', hosts: ['farmers-union', 'womens-union'] },
    { vi: 'Chuyển đổi số trong tiêu thụ nông sản', en: 'Selling farm produce online', hosts: ['youth-union', 'farmers-union'] },
    { vi: 'Vận động giải phóng mặt bằng', en: 'Mobilizing households for site clearance', hosts: ['government', 'party-committee'], metrics: ['households-donating-land', 'beneficiaries'] },
    { vi: 'Nuôi trồng thủy sản an toàn sinh học', en: 'Biosecure aquaculture', hosts: ['farmers-union'] },
    { vi: 'Tổ tiết kiệm giúp nhau thoát nghèo', en: 'Savings group helping members out of poverty', hosts: ['womens-union', 'farmers-union'], metrics: HELP },
  ],
  'culture-society': [
    { vi: '“Mẹ đỡ đầu” trẻ em mồ côi', en: '“Godmothers” for orphaned children', weight: 2, hosts: ['womens-union'], metrics: HELP },
    { vi: 'Khu dân cư nông thôn mới kiểu mẫu', en: 'Model new-rural residential area', weight: 3, hosts: ['fatherland-front', 'government'], metrics: ['working-days', 'households-donating-land'] },
    { vi: 'Đường hoa, đường cờ Tổ quốc', en: 'Roads lined with flowers and flags', weight: 2, hosts: ['womens-union', 'youth-union'], metrics: ['road-length', 'working-days'] },
    { vi: 'Vận động xây nhà cho hộ nghèo', en: 'Building houses for poor households', weight: 2, hosts: ['fatherland-front'], metrics: ['funds-mobilized', 'beneficiaries'] },
    { vi: 'Câu lạc bộ dân ca ví, giặm', en: 'Ví and giặm folk song club', hosts: ['government', 'womens-union'] },
    { vi: 'Câu lạc bộ “Ngân hàng máu sống”', en: '“Living Blood Bank” club', hosts: ['youth-union'], metrics: ['beneficiaries'] },
    { vi: 'Nhà văn hóa cộng đồng tránh trú bão lũ', en: 'Community house sheltering people from floods', hosts: ['government', 'fatherland-front'], metrics: ['funds-mobilized', 'working-days'] },
    { vi: 'Phân loại rác thải tại nguồn', en: 'Sorting waste at source', weight: 2, hosts: ['womens-union'], metrics: ['beneficiaries', 'working-days'] },
    { vi: 'Khu dân cư “Sáng - xanh - sạch - đẹp”', en: '“Bright, green, clean and beautiful” residential area', weight: 2, hosts: ['womens-union', 'fatherland-front'], metrics: ['working-days'] },
    { vi: 'Tủ sách cộng đồng', en: 'Community bookshelf', hosts: ['youth-union'] },
    { vi: 'Nếp sống văn minh trong việc cưới, việc tang', en: 'Civilised weddings and funerals', hosts: ['fatherland-front', 'party-committee'] },
    { vi: 'Câu lạc bộ dưỡng sinh người cao tuổi', en: 'Health exercise club for the elderly', hosts: ['fatherland-front'] },
    { vi: 'Bữa cơm yêu thương cho bệnh nhân nghèo', en: 'Meals of love for poor patients', hosts: ['womens-union', 'youth-union'], metrics: HELP },
    { vi: 'Dạy bơi cho trẻ em', en: 'Swimming lessons for children', hosts: ['youth-union'], metrics: ['beneficiaries'] },
    { vi: 'Gia đình 5 không, 3 sạch', en: 'Families of “five no’s and three cleans”', hosts: ['womens-union'] },
    { vi: 'Áo ấm mùa đông cho học sinh', en: 'Warm winter clothes for pupils', hosts: ['youth-union'], metrics: HELP },
    { vi: 'Khuyến học, khuyến tài trong dòng họ', en: 'Clan funds that encourage learning', hosts: ['fatherland-front'], metrics: HELP },
    { vi: 'Thắp sáng đường quê', en: 'Lighting village roads', hosts: ['youth-union', 'womens-union'], metrics: ['road-length', 'funds-mobilized'] },
  ],
  'defense-security': [
    { vi: 'Camera an ninh', en: 'Security cameras', weight: 3, hosts: ['police'], metrics: ['funds-mobilized', 'beneficiaries'] },
    { vi: 'Tổ liên gia an toàn PCCC', en: 'Inter-family fire-safety group', weight: 3, hosts: ['police'] },
    { vi: 'Điểm chữa cháy công cộng', en: 'Public fire-fighting point', hosts: ['police'], metrics: ['funds-mobilized'] },
    { vi: 'Tổ tự quản an ninh trật tự', en: 'Self-managed security and order team', weight: 2, hosts: ['police', 'fatherland-front'] },
    { vi: 'Thôn, xóm bình yên, gia đình hạnh phúc', en: 'Peaceful villages, happy families', hosts: ['fatherland-front', 'womens-union'] },
    { vi: 'Dân quân giúp dân', en: 'Militia helping residents', hosts: ['military'], metrics: ['working-days', 'beneficiaries'] },
    { vi: 'Vận động thanh niên lên đường nhập ngũ', en: 'Encouraging young people to enlist', hosts: ['military', 'youth-union'] },
    { vi: 'Cựu chiến binh giữ gìn an ninh trật tự', en: 'Veterans keeping security and order', hosts: ['veterans-association'] },
    { vi: 'Phụ nữ tham gia phòng, chống ma túy', en: 'Women against drugs', hosts: ['womens-union', 'police'] },
    { vi: 'Đoạn đường tự quản an toàn giao thông', en: 'Self-managed safe road section', hosts: ['police', 'youth-union'], metrics: ['road-length'] },
    { vi: 'Giúp người lầm lỗi tái hòa nhập cộng đồng', en: 'Helping former offenders resettle', hosts: ['police', 'fatherland-front'], metrics: ['beneficiaries'] },
    { vi: 'Loa phát thanh an ninh trật tự', en: 'Security and order loudspeakers', hosts: ['police'] },
    { vi: 'Phòng, chống thiên tai và tìm kiếm cứu nạn', en: 'Disaster prevention and search and rescue', hosts: ['military'], metrics: ['working-days', 'beneficiaries'] },
    { vi: 'Ngư dân bám biển giữ gìn chủ quyền', en: 'Fishers at sea guarding sovereignty', hosts: ['military', 'farmers-union'] },
  ],
  'party-building': [
    { vi: 'Chi bộ 4 tốt', en: '“Four goods” Party cell', weight: 3, hosts: ['party-committee'] },
    { vi: 'Đảng viên nhận giúp đỡ hộ khó khăn', en: 'Party members helping households in need', weight: 2, hosts: ['party-committee'], metrics: HELP },
    { vi: 'Sinh hoạt chi bộ chuyên đề', en: 'Thematic Party cell meetings', hosts: ['party-committee'] },
    { vi: 'Chính quyền tiếp dân, đối thoại với dân', en: 'Officials meeting and talking with residents', weight: 2, hosts: ['government'] },
    { vi: 'Bộ phận một cửa thân thiện', en: 'Friendly one-stop service desk', hosts: ['government'], metrics: ['beneficiaries'] },
    { vi: 'Chính quyền số phục vụ người dân', en: 'Digital government serving residents', hosts: ['government', 'youth-union'], metrics: ['beneficiaries'] },
    { vi: 'Phát triển đảng viên trong thanh niên', en: 'Bringing young people into the Party', hosts: ['party-committee', 'youth-union'] },
    { vi: 'Mặt trận lắng nghe ý kiến nhân dân', en: 'Fatherland Front listening to residents', hosts: ['fatherland-front'] },
    { vi: 'Chi hội vững mạnh', en: 'Strong association branch', hosts: ['womens-union', 'farmers-union', 'veterans-association', 'youth-union'] },
    { vi: 'Cán bộ, đảng viên nêu gương', en: 'Officials and Party members setting an example', hosts: ['party-committee'] },
    { vi: 'Tổ hòa giải ở cơ sở', en: 'Grassroots mediation team', hosts: ['fatherland-front'], metrics: ['beneficiaries'] },
    { vi: 'Thôn tự quản', en: 'Self-governing village', hosts: ['fatherland-front', 'government'] },
  ],
};

/**
 * The outcomes a template without its own list reports, per field.
 *
 * @example
 * FIELD_METRICS['party-building']; // ['beneficiaries']
 */
export const FIELD_METRICS: Readonly<Record<Field, readonly SyntheticMetric[]>> = {
  economic: ['beneficiaries', 'funds-mobilized'],
  'culture-society': ['beneficiaries', 'funds-mobilized', 'working-days'],
  'defense-security': ['beneficiaries', 'working-days'],
  'party-building': ['beneficiaries'],
};
