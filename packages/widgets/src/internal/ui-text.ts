import type { Lang, LoadErrorCode } from '@danvan/core';

/** Every word the elements themselves put on screen, in each language. */
export interface UiText {
  readonly source: string;
  readonly sources: string;
  readonly loading: string;
  readonly empty: string;
  readonly idle: string;
  readonly retry: string;
  readonly synthetic: string;
  readonly share: string;
  readonly value: string;
  readonly total: string;
  readonly errors: Readonly<Record<LoadErrorCode, string>>;
  readonly firstIssues: string;
}

const vi: UiText = {
  source: 'Nguồn',
  sources: 'Nguồn',
  loading: 'Đang tải dữ liệu…',
  empty: 'Không có dữ liệu để hiển thị.',
  idle: 'Chưa có dữ liệu: hãy đặt thuộc tính src hoặc data.',
  retry: 'Thử lại',
  synthetic: 'Dữ liệu minh họa, được tạo tự động, không phải số liệu thật.',
  share: 'Tỷ lệ',
  value: 'Số liệu',
  total: 'Tổng số',
  firstIssues: 'Các lỗi đầu tiên:',
  errors: {
    not_found: 'Không tìm thấy tệp dữ liệu (lỗi 404). Hãy kiểm tra đường dẫn.',
    http_error: 'Máy chủ dữ liệu đang gặp lỗi. Vui lòng thử lại sau.',
    network: 'Không kết nối được tới máy chủ dữ liệu.',
    timeout: 'Máy chủ dữ liệu phản hồi quá lâu.',
    too_large: 'Tệp dữ liệu quá lớn để hiển thị.',
    not_data: 'Đường dẫn trả về một trang web chứ không phải dữ liệu JSON hoặc CSV.',
    invalid_json: 'Tệp dữ liệu JSON bị lỗi cú pháp.',
    invalid_data: 'Dữ liệu không hợp lệ.',
    aborted: 'Đã hủy tải dữ liệu.',
    unsafe_url: 'Đường dẫn dữ liệu không được phép.',
    unsupported_format: 'Trang này chưa nạp bộ đọc CSV (@danvan/widgets/csv.js) nên không đọc được tệp CSV.',
    binary_data: 'Đường dẫn trả về một tệp nhị phân (ảnh, PDF, tệp Excel…) chứ không phải dữ liệu JSON hoặc CSV.',
  },
};

const en: UiText = {
  source: 'Source',
  sources: 'Sources',
  loading: 'Loading data…',
  empty: 'No data to show.',
  idle: 'No data yet: set the src or data attribute.',
  retry: 'Try again',
  synthetic: 'Illustrative data, generated, not real figures.',
  share: 'Share',
  value: 'Figure',
  total: 'Total',
  firstIssues: 'First problems found:',
  errors: {
    not_found: 'The data file was not found (error 404). Check the address.',
    http_error: 'The data server has a problem. Please try again later.',
    network: 'Could not reach the data server.',
    timeout: 'The data server took too long to answer.',
    too_large: 'The data file is too large to show.',
    not_data: 'The address returned a web page, not JSON or CSV data.',
    invalid_json: 'The JSON data file is malformed.',
    invalid_data: 'The data is not valid.',
    aborted: 'Loading was cancelled.',
    unsafe_url: 'This data address is not allowed.',
    unsupported_format: 'This page has not loaded the CSV reader (@danvan/widgets/csv.js), so it cannot read CSV files.',
    binary_data: 'The address returned a binary file (an image, a PDF, an Excel workbook…), not JSON or CSV data.',
  },
};

/** The elements' own words in a language. */
export function uiText(lang: Lang): UiText {
  return lang === 'en' ? en : vi;
}
