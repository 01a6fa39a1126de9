import { partialDateRange } from '../date/partial-date.js';
import type { PlaceRecord } from '../types.js';
import type { Place } from './place.js';

/**
 * A dataset's place as a gazetteer place: name in NFC with spaces collapsed, partial dates widened to whole days
 * (validFrom '2021' is 2021-01-01, validTo '2024' is 2024-12-31), and `official: false`, since the gazetteer
 * cannot vouch for a dataset's codes.
 *
 * @example
 * placeFromRecord({ code: '18077-tdp-3', name: 'Tổ dân phố 3', type: 'residential-group', parent: '18077', validTo: '2024' });
 * // { code: '18077-tdp-3', name: 'Tổ dân phố 3', type: 'residential-group', parent: '18077', validTo: '2024-12-31', official: false }
 */
export function placeFromRecord(record: PlaceRecord): Place {
  const from = record.validFrom === undefined ? undefined : (partialDateRange(record.validFrom)?.[0] ?? record.validFrom);
  const to = record.validTo === undefined ? undefined : (partialDateRange(record.validTo)?.[1] ?? record.validTo);
  return {
    code: record.code,
    name: record.name.normalize('NFC').replace(/\s+/g, ' ').trim(),
    type: record.type,
    ...(record.parent === undefined ? {} : { parent: record.parent }),
    ...(from === undefined ? {} : { validFrom: from }),
    ...(to === undefined ? {} : { validTo: to }),
    official: false,
  };
}
