import { HA_TINH_PLACES, HA_TINH_SUCCESSIONS, HA_TINH_TYPES } from './ha-tinh-places.js';
import type { Place, Succession } from './place.js';

/**
 * Unpacks the generated Hà Tĩnh rows (ha-tinh-places.ts, built by scripts/build-gazetteer.mjs) into places and
 * successions. Called once, by the built-in gazetteer on its first lookup. Provisional codes (`R1665-NN`, the
 * only string codes in the rows) come out with `official: false`.
 *
 * @example
 * haTinhData().places.length; // 337 versions
 */
export function haTinhData(): { places: Place[]; successions: Succession[] } {
  const places: Place[] = [];
  // Row codes are steps from the previous GSO code (smaller bundles); provisional keys are strings, "" for the one
  // after the previous (R1665-01, "", "" for R1665-01, R1665-02, R1665-03).
  let gso = 0;
  let provisional = '';
  const read = (code: number | string): string =>
    typeof code === 'number'
      ? String((gso += code))
      : (provisional = code || provisional.replace(/\d+$/, (n) => String(Number(n) + 1).padStart(n.length, '0')));
  for (const [validFrom, validTo, parent, rows] of HA_TINH_PLACES) {
    for (const [code, name, type, aliases] of rows) {
      places.push({
        code: read(code),
        name,
        type: HA_TINH_TYPES[type],
        ...(parent === null ? {} : { parent: String(parent) }),
        ...(validFrom === '' ? {} : { validFrom }),
        ...(validTo === '' ? {} : { validTo }),
        ...(typeof code === 'string' ? { official: false } : {}),
        ...(aliases ? { aliases } : {}),
      });
    }
  }
  const successions: Succession[] = [];
  // Succession codes are steps too, in the order written: the succeeding unit, then those that went into it.
  gso = 0;
  provisional = '';
  for (const [date, links] of HA_TINH_SUCCESSIONS) {
    for (const [code, whole, part = []] of links) {
      const to = read(code);
      for (const from of whole) successions.push({ from: read(from), to, date, share: 'whole' });
      for (const from of part) successions.push({ from: read(from), to, date, share: 'part' });
    }
  }
  return { places, successions };
}
