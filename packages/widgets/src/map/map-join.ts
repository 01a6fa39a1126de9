import { gazetteer, type Tier } from '@danvan/core';
import type { GeoShape } from './map-geo.js';

/** The shapes of one unit: all the features of a boundary file that name it. */
export interface UnitShapes {
  /** The unit's code, or for a feature nothing could be matched to, the text its key property held. */
  readonly code: string;
  /** Whether `code` is a unit code (matched by code or by name) rather than unmatched text. */
  readonly matched: boolean;
  readonly shapes: readonly GeoShape[];
}

/** What a join needs to know to read a feature's key. */
export interface JoinOptions {
  /** The property holding the unit's code or name; without it, the feature's `id`, then a `code` property. */
  readonly key?: string | undefined;
  /** The tier of the units the map shows, which narrows name matches ("Can Lộc" is a district and a commune). */
  readonly tier: Tier;
  /** The date the map shows units at, if known. */
  readonly at?: string | undefined;
  /** The group keys of the data, which match as codes whatever the gazetteer says. */
  readonly keys: ReadonlySet<string>;
}

/**
 * Groups a boundary file's shapes by the unit they stand for. A feature's key is a unit code ("443", 443,
 * "00443", "R1665-27") when the data or the gazetteer knows it; otherwise a name matched loosely through
 * `gazetteer.find` within Hà Tĩnh ("Huyện Can Lộc", "can loc", NFD text, "TX. Kỳ Anh"), at the map's date and
 * tier. A name that denotes several units ("Kỳ Anh": the district and the town) or none stays unmatched: danvan
 * never guesses between two places.
 *
 * @example
 * joinShapes(layer.shapes, { key: 'ten', tier: 'district', keys: new Set(['443']) })[0].code; // '443'
 */
export function joinShapes(shapes: readonly GeoShape[], options: JoinOptions): UnitShapes[] {
  const units = new Map<string, { code: string; matched: boolean; shapes: GeoShape[] }>();
  for (const shape of shapes) {
    const text = keyText(shape, options.key);
    const code = text ? resolveCode(text, options) : undefined;
    const id = code ?? (text || '?');
    (units.get(id) ?? units.set(id, { code: id, matched: code !== undefined, shapes: [] }).get(id)!).shapes.push(shape);
  }
  return [...units.values()];
}

/** The text a feature's key holds, in NFC, trimmed; numbers as digits. */
function keyText(shape: GeoShape, key: string | undefined): string {
  const props = shape.properties;
  // Own properties only: a key named "constructor" or "__proto__" must not reach Object.prototype.
  const own = (name: string) => (Object.hasOwn(props, name) ? props[name] : undefined);
  const value = key ? own(key) : (shape.id ?? own('code'));
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.normalize('NFC').trim() : '';
}

function resolveCode(text: string, { tier, at, keys }: JoinOptions): string | undefined {
  // GSO codes are sometimes written with leading zeros ("00443", "18415" as "018415").
  const code = /^\d+$/.test(text) ? String(Number(text)) : text;
  if (keys.has(code)) return code;
  // A code known to the gazetteer (in force at the map's date, or ever) names a unit of the map's tier or none.
  if (gazetteer.byCode(code, at) ?? gazetteer.byCode(code)) return gazetteer.tierOf(code, at) === tier || gazetteer.tierOf(code) === tier ? code : undefined;
  const found = gazetteer.find(text, { within: '42', tier, at });
  return found.length === 1 ? found[0]!.code : undefined;
}
