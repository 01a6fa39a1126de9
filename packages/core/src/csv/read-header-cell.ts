import { foldName } from '../text/fold-name.js';
import { foldUnit, readUnitPhrase } from '../number/unit-words.js';
import { METRIC_UNITS, type KnownMetric } from '../vocab/metrics.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import { columnAliases, type ColumnKind } from './column-aliases.js';
import { metricAliases } from './metric-aliases.js';

/** What the importer reads from a column, decided by its header. */
export type ColumnRole =
  | { readonly kind: ColumnKind }
  | {
      readonly kind: 'metric';
      readonly metric: KnownMetric;
      /** The unit cells are in unless they say otherwise: the header's "(km)", else the metric's usual unit. */
      readonly unit: Unit;
      /** A factor from the header: "(triệu đồng)" is 1,000,000. */
      readonly scale: number;
    };

/** A header cell as read: its role, or why a metric column cannot be used. */
export interface HeaderCell {
  readonly role?: ColumnRole | undefined;
  /** A metric header whose unit cannot measure the metric ("Số hộ hiến đất (km)"). */
  readonly badUnit?: { readonly metric: KnownMetric; readonly unit: Unit } | undefined;
}

const BRACKETS = /\(([^()]*)\)|\[([^[\]]*)\]/g;

/**
 * Reads one header cell: "Tên mô hình", "Lĩnh vực", "Diện tích đất hiến (m2)", "Kinh phí (triệu đồng)", "Field".
 * Case, accents, NFD text and punctuation do not matter; a unit in brackets (or after a last comma) sets the
 * column's unit and scale; other bracketed notes ("(*)", "(ghi rõ)") are ignored.
 *
 * @example
 * readHeaderCell('Kinh phí (triệu đồng)').role; // { kind: 'metric', metric: 'funds-mobilized', unit: 'vnd', scale: 1000000 }
 */
export function readHeaderCell(text: string): HeaderCell {
  if (text.length > 300) return {};
  let unit: Unit | undefined;
  let scale: number | undefined;
  const base = text.replace(BRACKETS, (_, round?: string, square?: string) => {
    const phrase = readUnitPhrase(foldUnit(round ?? square ?? ''));
    if (phrase) {
      unit = phrase.unit ?? unit;
      scale = phrase.scale ?? scale;
    }
    return ' ';
  });
  const folded = foldName(base);
  if (folded === '') return {};
  const kind = columnAliases.get(folded);
  if (kind && unit === undefined && scale === undefined) return { role: { kind } };
  let metric = metricAliases.get(folded);
  const comma = base.lastIndexOf(',');
  if (!metric && comma > 0 && unit === undefined && scale === undefined) {
    // "Kinh phí, triệu đồng": the unit after a last comma.
    const phrase = readUnitPhrase(foldUnit(base.slice(comma + 1)));
    metric = phrase ? metricAliases.get(foldName(base.slice(0, comma))) : undefined;
    if (metric && phrase) ({ unit, scale } = phrase);
  }
  if (!metric) return kind ? { role: { kind } } : {};
  const usual = METRIC_UNITS[metric];
  // "(triệu)" alone scales the usual unit; "(m)" replaces it, if it measures the same thing.
  const chosen = unit ?? usual;
  if (UNIT_INFO[chosen].dimension !== UNIT_INFO[usual].dimension) return { badUnit: { metric, unit: chosen } };
  return { role: { kind: 'metric', metric, unit: chosen, scale: scale ?? 1 } };
}
