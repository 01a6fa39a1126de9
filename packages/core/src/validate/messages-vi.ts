import { figure, quote as v, type MessageFn, type MessageMap } from './message-map.js';
import type { CsvIssueCode, IssueCode } from './validation-issue.js';

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

/** Vietnamese messages for every issue code but the CSV importer's (see `csv/messages-csv-vi.ts`). */
export const messagesVi: MessageMap & { readonly issues: Readonly<Record<Exclude<IssueCode, CsvIssueCode>, MessageFn>> } = {
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
    unknown_source: (p) => `Nguồn ${v(p.value)} không có trong danh sách nguồn.`,
    future_date: (p) => `Ngày ${v(p.value)} nằm trong tương lai.`,
    impossible_unit: (p) => `Đơn vị ${v(p.unit)} không dùng được cho chỉ tiêu ${v(p.metric)} (cần đơn vị đo ${p.expected}).`,
    inconsistent_total: (p) =>
      `Tổng ${figure('vi', p.total, p.totalQualifier)} không khớp với tổng các phần (${figure('vi', p.sum, p.sumQualifier)}).`,
    no_data: (p) =>
      `Không có số liệu nào trả lời câu hỏi này${p.detail ? ` (${p.detail})` : ''}.`,
    undated_records: (p) =>
      `${p.count} mô hình không ghi năm bắt đầu nên không được tính theo thời gian.`,
    mapped_across_reform: (p) =>
      `${p.count} mô hình ở đơn vị hành chính cũ được tính vào đơn vị mới sau sắp xếp ngày ${p.date}.`,
    split_unit: (p) =>
      `Đơn vị ${v(p.value)} đã được chia cho nhiều đơn vị mới; các mô hình của nó được tính vào ${v(p.to)}.`,
  },
};
