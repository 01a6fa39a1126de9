import { formatReported } from '../format/format-reported.js';
import type { Qualifier } from '../vocab/qualifiers.js';
import type { Unit } from '../vocab/units.js';
import type { MessageMap } from './message-map.js';

const v = (x: unknown) => `“${String(x ?? '')}”`;
const figure = (value: unknown, qualifier: unknown, unit?: unknown) =>
  formatReported({ value: Number(value), qualifier: qualifier as Qualifier }, 'vi', unit as Unit | undefined);

const TYPES: Readonly<Record<string, string>> = {
  number: 'số',
  string: 'văn bản',
  object: 'đối tượng',
  array: 'danh sách',
  boolean: 'giá trị đúng/sai',
};
const types = (x: unknown) =>
  String(x ?? '')
    .split(' | ')
    .map((t) => TYPES[t] ?? t)
    .join(' hoặc ');

/** Vietnamese messages for every issue code. */
export const messagesVi: MessageMap = {
  cell: (row, column) => (column === undefined ? `Dòng ${row}` : `Dòng ${row}, cột ${column}`),
  issues: {
    not_a_dataset: () => 'Dữ liệu không phải là một bộ dữ liệu danvan (cần một đối tượng JSON có “version”, “title”, “sources”).',
    unsupported_version: (p) => `Phiên bản định dạng ${v(p.value)} chưa được hỗ trợ; danvan đọc phiên bản 1.`,
    invalid_json: (p) => `Tệp JSON bị lỗi cú pháp: ${p.detail}.`,
    missing_value: (p) => `Thiếu giá trị bắt buộc ${v(p.key)}.`,
    invalid_type: (p) => `Giá trị ${p.value === undefined ? '' : `${v(p.value)} `}có kiểu sai: cần ${types(p.expected)}.`,
    invalid_value: (p) => `Giá trị ${v(p.value)} không hợp lệ${p.expected ? `; các giá trị được chấp nhận: ${p.expected}` : ''}.`,
    invalid_format: (p) => `Giá trị ${v(p.value)} sai định dạng${p.expected ? ` (cần ${p.expected})` : ''}.`,
    too_long: (p) => `Văn bản quá dài (${p.length} ký tự; tối đa ${p.max}).`,
    too_deep: (p) => `Dữ liệu lồng nhau quá sâu (hơn ${p.max} tầng); phần này bị bỏ qua.`,
    unsafe_key: (p) => `Khóa ${v(p.key)} bị từ chối vì lý do an toàn.`,
    non_finite_number: (p) => `Số ${v(p.value)} không hữu hạn nên bị bỏ qua.`,
    unsafe_url: (p) => `Đường dẫn ${v(p.value)} không được phép (chỉ chấp nhận https:, http:, mailto:); đường dẫn đã bị bỏ.`,
    control_characters_removed: () => 'Đã xóa các ký tự điều khiển vô hình (định hướng văn bản, độ rộng 0) khỏi văn bản.',
    legacy_encoding: (p) =>
      `Văn bản ${v(p.value)} có vẻ được gõ bằng bảng mã cũ ${p.encoding}; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại.`,
    duplicate_id: (p) => `Mã ${v(p.value)} bị trùng; bản ghi lặp lại đã bị bỏ qua.`,
    unknown_place: (p) => `Không tìm thấy địa bàn ${v(p.value)} trong danh mục đơn vị hành chính.`,
    ambiguous_place: (p) => `Tên địa bàn ${v(p.value)} chỉ nhiều đơn vị (${p.candidates}); hãy ghi thêm huyện hoặc dùng mã.`,
    unknown_source: (p) => `Nguồn ${v(p.value)} không có trong danh sách nguồn.`,
    future_date: (p) => `Ngày ${v(p.value)} nằm trong tương lai.`,
    impossible_unit: (p) => `Đơn vị ${v(p.unit)} không dùng được cho chỉ tiêu ${v(p.metric)} (cần đơn vị đo ${p.expected}).`,
    inconsistent_total: (p) =>
      `Tổng ${figure(p.total, p.totalQualifier)} không khớp với tổng các phần (${figure(p.sum, p.sumQualifier)}).`,
    invalid_number: (p) => `${v(p.value)} không phải là số.`,
    invalid_date: (p) => `${v(p.value)} không phải là ngày hợp lệ (dùng 2021, 03/2021 hoặc 15/03/2021).`,
    unknown_column: (p) => `Cột ${v(p.value)} không được nhận diện nên bị bỏ qua.`,
    missing_column: (p) => `Thiếu cột bắt buộc ${v(p.value)}.`,
    no_header: () => 'Không tìm thấy dòng tiêu đề (cần ít nhất các cột “Tên mô hình” và “Lĩnh vực”).',
    empty_file: () => 'Tệp không có dữ liệu.',
    total_row_mismatch: (p) =>
      `Dòng tổng ghi ${figure(p.total, p.totalQualifier, p.unit)} nhưng cộng các dòng được ${figure(p.sum, p.sumQualifier, p.unit)}.`,
    negative_number: (p) => `${v(p.value)} là số âm, không dùng được cho chỉ tiêu ${v(p.metric)}; giá trị đã bị bỏ qua.`,
    duplicate_column: (p) => `Cột ${v(p.value)} trùng với một cột trước đó nên bị bỏ qua.`,
    no_data: (p) =>
      `Không có số liệu nào trả lời câu hỏi này${p.detail ? ` (${p.detail})` : ''}.`,
    undated_records: (p) =>
      `${p.count} mô hình không ghi năm bắt đầu nên không được tính theo thời gian.`,
    mapped_across_reform: (p) =>
      `${p.count} mô hình ở đơn vị hành chính cũ được tính vào đơn vị mới sau sắp xếp ngày ${p.date}.`,
    split_unit: (p) =>
      `Đơn vị ${v(p.value)} đã được chia cho nhiều đơn vị mới; các mô hình của nó được tính vào ${v(p.to)}.`,
    not_csv: (p) =>
      p.kind === 'utf-16'
        ? 'Tệp được lưu theo mã UTF-16 (kiểu “Unicode Text” của Excel) nên không đọc được; hãy lưu lại bảng tính dưới dạng “CSV UTF-8” rồi nhập lại.'
        : p.kind === 'markup'
          ? 'Tệp là một trang web hoặc tệp XML (bắt đầu bằng “<”), không phải bảng tính CSV.'
          : p.kind === 'json'
            ? 'Tệp là dữ liệu JSON, không phải bảng tính CSV; hãy nạp nó như một bộ dữ liệu JSON.'
            : 'Tệp không phải văn bản mà là dữ liệu nhị phân (tệp Excel .xlsx/.xls, ảnh, PDF…); hãy lưu bảng tính dưới dạng “CSV UTF-8” rồi nhập tệp đó.',
    not_utf8: (p) =>
      `Tệp không được lưu theo mã UTF-8: có ${p.count} ký tự không đọc được, ví dụ ${v(p.value)}. Có thể tệp dùng bảng mã cũ (Windows-1258, TCVN3, VNI); hãy lưu lại dưới dạng “CSV UTF-8” rồi nhập lại.`,
    unterminated_quote: (p) =>
      `Ô này mở dấu ngoặc kép nhưng không đóng${p.lines ? `, nên phần còn lại của tệp (${p.lines} dòng) bị đọc vào một ô` : ''}; hãy đóng hoặc xóa dấu ngoặc kép.`,
    unnamed_column: (p) => `Ô ${v(p.value)} nằm trong cột không có tiêu đề nên không được đọc; hãy đặt tên cột hoặc chuyển giá trị sang cột đúng.`,
    no_rows: () => 'Bảng tính có dòng tiêu đề nhưng không có dòng mô hình nào bên dưới.',
  },
};
