import type { Status } from '../vocab/statuses.js';
import { aliasTable } from './match-alias.js';

/**
 * How sheets name a model's status, in Vietnamese and English.
 *
 * @example
 * matchAlias(statusAliases, 'Nhân rộng'); // 'replicated'
 */
export const statusAliases = /* @__PURE__ */ aliasTable<Status>({
  registered: ['Đăng ký', 'Đã đăng ký', 'Mới đăng ký', 'Đăng ký mới', 'Đăng ký xây dựng', 'Registered', 'New'],
  active: [
    'Đang thực hiện',
    'Đang triển khai',
    'Đang xây dựng',
    'Đang duy trì',
    'Duy trì',
    'Thực hiện',
    'Hoạt động',
    'Đang hoạt động',
    'Active',
    'Ongoing',
    'In progress',
  ],
  commended: ['Được khen thưởng', 'Đã khen thưởng', 'Khen thưởng', 'Được biểu dương', 'Biểu dương', 'Commended', 'Awarded'],
  replicated: ['Nhân rộng', 'Được nhân rộng', 'Đã nhân rộng', 'Replicated'],
  discontinued: [
    'Dừng',
    'Dừng thực hiện',
    'Đã dừng',
    'Ngừng',
    'Ngừng thực hiện',
    'Ngừng hoạt động',
    'Không duy trì',
    'Discontinued',
    'Stopped',
  ],
});
