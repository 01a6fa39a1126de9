import { figure, quote as v, type MessageFn } from '../validate/message-map.js';
import type { CsvIssueCode } from '../validate/validation-issue.js';

/**
 * Vietnamese messages for the issues only the CSV importer raises, added to the message maps when the importer
 * loads (see `import-models-csv.ts`).
 */
export const messagesCsvVi: Readonly<Record<CsvIssueCode, MessageFn>> = {
  ambiguous_place: (p) => `Tên địa bàn ${v(p.value)} chỉ nhiều đơn vị (${p.candidates}); hãy ghi thêm huyện hoặc dùng mã.`,
  invalid_number: (p) => `${v(p.value)} không phải là số.`,
  invalid_date: (p) => `${v(p.value)} không phải là ngày hợp lệ (dùng 2021, 03/2021 hoặc 15/03/2021).`,
  unknown_column: (p) => `Cột ${v(p.value)} không được nhận diện nên bị bỏ qua.`,
  missing_column: (p) => `Thiếu cột bắt buộc ${v(p.value)}.`,
  no_header: () => 'Không tìm thấy dòng tiêu đề (cần ít nhất các cột “Tên mô hình” và “Lĩnh vực”).',
  empty_file: () => 'Tệp không có dữ liệu.',
  total_row_mismatch: (p) =>
    `Dòng tổng ghi ${figure('vi', p.total, p.totalQualifier, p.unit)} nhưng cộng các dòng được ${figure('vi', p.sum, p.sumQualifier, p.unit)}.`,
  negative_number: (p) => `${v(p.value)} là số âm, không dùng được cho chỉ tiêu ${v(p.metric)}; giá trị đã bị bỏ qua.`,
  duplicate_column: (p) => `Cột ${v(p.value)} trùng với một cột trước đó nên bị bỏ qua.`,
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
};
