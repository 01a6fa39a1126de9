import { labelsFor } from '../i18n/labels-for.js';
import type { Query, QueryResult } from '../query/query-types.js';
import type { Lang } from '../vocab/langs.js';
import type { KnownMetric } from '../vocab/metrics.js';
import { formatPeriod } from './format-partial-date.js';

/**
 * A default title for a chart of a query: what is counted, by what, where and when — "Số mô hình theo lĩnh vực,
 * tỉnh Hà Tĩnh, 2013–2023" / "Models by field, Hà Tĩnh province, 2013–2023". `placeName` is the place's label
 * (the caller knows its gazetteer).
 *
 * @example
 * queryTitle({ by: 'field' }, result, 'en', 'Hà Tĩnh province'); // 'Models by field, Hà Tĩnh province, 2013–2023'
 */
export function queryTitle(q: Query, result: QueryResult | undefined, lang: Lang, placeName?: string): string {
  const labels = labelsFor(lang);
  const metric = q.metric ?? 'models';
  const what =
    metric === 'models'
      ? lang === 'en'
        ? 'Models'
        : 'Số mô hình'
      : // Own keys only: a metric named "constructor" is not Object's.
        ((Object.hasOwn(labels.metric, metric) ? labels.metric[metric as KnownMetric] : undefined) ?? metric);
  const parts = [q.by ? `${what} ${lang === 'en' ? 'by' : 'theo'} ${labels.dimension[q.by]}` : what];
  if (placeName) parts.push(placeName);
  const period = result ? formatPeriod(result.period, lang) : formatPeriod({ from: q.from, to: q.to }, lang);
  if (period) parts.push(period);
  return parts.join(', ');
}
