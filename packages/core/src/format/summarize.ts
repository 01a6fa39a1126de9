import { labelsFor } from '../i18n/labels-for.js';
import type { QueryResult, ResultRow } from '../query/query-types.js';
import type { KnownMetric } from '../vocab/metrics.js';
import type { Lang } from '../vocab/langs.js';
import { formatReported } from './format-reported.js';

/**
 * One sentence that says what a chart of a query result shows, for screen readers and for the page's summary:
 * the largest group and the total ("Kinh tế có nhiều mô hình nhất: gần 8.000 trên tổng số hơn 19.300."), or for
 * years, where the series starts and ends.
 *
 * @example
 * summarize(query(haTinh, { by: 'field' }), 'en');
 * // 'Economic has the most models: nearly 8,000 of more than 19,300.'
 */
export function summarize(result: QueryResult, lang: Lang, metric = 'models'): string {
  const labels = labelsFor(lang);
  const rows = result.rows;
  if (rows.length === 0) return lang === 'en' ? 'No data to show.' : 'Không có dữ liệu để hiển thị.';
  // Own keys only: a metric named "toString" is no label (and has no toLocaleLowerCase).
  const noun = metric === 'models' ? labels.models : ((Object.hasOwn(labels.metric, metric) ? labels.metric[metric as KnownMetric] : undefined) ?? metric).toLocaleLowerCase(lang);
  const fmt = (row: { value: ResultRow['value'] }) => formatReported(row.value, lang, metric === 'models' ? undefined : result.unit);
  const isYears = rows.every((r) => /^\d{4}$/.test(r.key));
  if (isYears && rows.length > 1) {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    return lang === 'en'
      ? `From ${first.key} to ${last.key}, ${noun} went from ${fmt(first)} to ${fmt(last)}.`
      : `Từ ${first.key} đến ${last.key}, số ${noun} đi từ ${fmt(first)} lên ${fmt(last)}.`;
  }
  const top = rows.reduce((a, b) => (b.value.value > a.value.value ? b : a));
  // Place labels begin with their type word in lower case ("huyện Can Lộc"); a sentence begins with a capital.
  const label = top.label[lang];
  const name = label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
  if (rows.length === 1 || !result.total) {
    return lang === 'en' ? `${name}: ${fmt(top)} ${noun}.` : `${name}: ${fmt(top)} ${noun}.`;
  }
  const total = fmt({ value: result.total });
  return lang === 'en'
    ? `${name} has the most ${noun}: ${fmt(top)} of ${total}.`
    : `${name} có nhiều ${noun} nhất: ${fmt(top)} trên tổng số ${total}.`;
}
