import { readUnitPhrase, type UnitPhrase } from '../number/unit-words.js';
import { METRIC_UNITS, type KnownMetric } from '../vocab/metrics.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import { headerAliases, type ColumnKind } from './header-aliases.js';

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
    const phrase = readUnitPhrase(round ?? square ?? '');
    unit = phrase?.unit ?? unit;
    scale = phrase?.scale ?? scale;
    return ' ';
  });
  let found = headerAliases(base);
  const comma = base.lastIndexOf(',');
  if (!found && comma > 0 && unit === undefined && scale === undefined) {
    // "Kinh phí, triệu đồng": the unit after a last comma.
    const phrase = readUnitPhrase(base.slice(comma + 1));
    found = phrase && headerAliases(base.slice(0, comma));
    if (found && isMetric(found)) ({ unit, scale } = phrase as UnitPhrase);
    else found = undefined;
  }
  if (!found || !isMetric(found)) return found ? { role: { kind: found } } : {};
  const usual = METRIC_UNITS[found];
  // "(triệu)" alone scales the usual unit; "(m)" replaces it, if it measures the same thing.
  const chosen = unit ?? usual;
  if (UNIT_INFO[chosen].dimension !== UNIT_INFO[usual].dimension) return { badUnit: { metric: found, unit: chosen } };
  return { role: { kind: 'metric', metric: found, unit: chosen, scale: scale ?? 1 } };
}

// Metric ids and column kinds never share a name.
function isMetric(value: ColumnKind | KnownMetric): value is KnownMetric {
  return value in METRIC_UNITS;
}
