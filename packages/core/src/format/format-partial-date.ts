import { parsePartialDate, type PartialDate } from '../date/partial-date.js';
import type { Lang } from '../vocab/langs.js';

const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * Writes a partial date as readers of the language write it, saying no more than the date knows.
 * Text that is not a partial date is returned as it is.
 *
 * @example
 * formatPartialDate('2021-03', 'vi'); // 'tháng 3/2021'
 * formatPartialDate('2021-03-15', 'en'); // '15 March 2021'
 */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  const p = parsePartialDate(date);
  if (!p) return date;
  if (p.month === undefined) return String(p.year);
  if (lang === 'en') {
    const month = MONTHS_EN[p.month - 1];
    return p.day === undefined ? `${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
  }
  return p.day === undefined ? `tháng ${p.month}/${p.year}` : `${p.day}/${p.month}/${p.year}`;
}

/**
 * Writes a period "from – to"; one end alone reads "since 2013" / "từ 2013" or "to 2023" / "đến 2023".
 *
 * @example
 * formatPeriod({ from: '2013', to: '2023' }, 'vi'); // '2013–2023'
 */
export function formatPeriod(period: { readonly from?: PartialDate | undefined; readonly to?: PartialDate | undefined }, lang: Lang): string {
  const from = period.from ? formatPartialDate(period.from, lang) : '';
  const to = period.to ? formatPartialDate(period.to, lang) : '';
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return lang === 'en' ? `since ${from}` : `từ ${from}`;
  if (to) return lang === 'en' ? `to ${to}` : `đến ${to}`;
  return '';
}
