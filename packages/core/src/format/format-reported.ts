import { labelsFor } from '../i18n/labels-for.js';
import type { Interval } from '../number/interval.js';
import { reportedQualifier, reportedValue, type ReportedNumber } from '../number/reported-number.js';
import type { Lang } from '../vocab/langs.js';
import type { Unit } from '../vocab/units.js';
import { formatNumber, type FormatNumberOptions } from './format-number.js';

/**
 * Writes a figure with its hedge and unit in the reader's language, so that "more than" travels with the number
 * all the way to the screen.
 *
 * @example
 * formatReported({ value: 19300, qualifier: 'more-than' }, 'vi'); // 'hơn 19.300'
 * formatReported({ value: 8000, qualifier: 'nearly' }, 'en'); // 'nearly 8,000'
 * formatReported(7.1, 'vi', 'km'); // '7,1 km'
 * formatReported({ value: 19300, qualifier: 'more-than' }, 'vi', 'model'); // 'hơn 19.300 mô hình'
 */
export function formatReported(
  value: ReportedNumber | Interval,
  lang: Lang,
  unit?: Unit,
  options?: FormatNumberOptions,
): string {
  const labels = labelsFor(lang);
  const n = reportedValue(value);
  const hedge = labels.qualifier[reportedQualifier(value)];
  const noun = unit ? (n === 1 ? labels.unitOne : labels.unit)[unit] : '';
  let text = formatNumber(n, lang, options);
  if (hedge) text = `${hedge} ${text}`;
  if (noun) text = `${text} ${noun}`;
  return text;
}
