import { partialDateRange } from '../date/partial-date.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Place } from '../gazetteer/place.js';
import { placeLabel } from '../gazetteer/place-label.js';
import { PLACE_TIER } from '../vocab/place-types.js';
import { weightedIndex } from './weighted-index.js';

/** A place picked for a synthetic model, with its full name in both languages as it was then. */
export interface PickedPlace {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

interface Pool {
  readonly pick: (u: number) => number;
  /** Per unit under the province: the communes to choose from, or the unit itself when none are known. */
  readonly choices: readonly (readonly PickedPlace[])[];
}

// Districts are weighted by their communes; before 2020 the gazetteer knows no communes (the 262 of 2013-2019 are
// not in our sources), so their weights are taken from the first list we have.
const REFERENCE_DAY = '2021-06-30';

/**
 * Makes a picker of places for models started in a period (`YYYY` or `YYYY-MM`): a district-level unit of the
 * province, weighted by its number of communes, then one of its communes valid through the whole period. Where
 * the gazetteer knows no commune for the period (before 2020), the model stays at its district's code rather than
 * in an invented commune; after the 2025 reform, when there are no districts, a commune of the province is picked.
 * Pools are built once per period.
 *
 * @example
 * const pick = createPlacePicker(gazetteer, '42');
 * pick('2016', Math.random).code; // a district code such as '443'
 * pick('2021-05', Math.random).code; // a commune code such as '18415'
 */
export function createPlacePicker(gazetteer: Gazetteer, province: string): (period: string, random: () => number) => PickedPlace {
  const pools = new Map<string, Pool>();
  const labelled = new Map<Place, PickedPlace>();
  const label = (p: Place): PickedPlace => {
    let out = labelled.get(p);
    if (!out) labelled.set(p, (out = { code: p.code, vi: placeLabel(p, 'vi'), en: placeLabel(p, 'en') }));
    return out;
  };

  function poolFor(period: string): Pool {
    const range = partialDateRange(period);
    if (!range) throw new RangeError(`Not a period: "${period}"`);
    const [first, last] = range;
    const throughout = (p: Place) => p.validTo === undefined || p.validTo >= last;
    const weights: number[] = [];
    const choices: PickedPlace[][] = [];
    for (const unit of gazetteer.children(province, first).filter(throughout)) {
      const tier = PLACE_TIER[unit.type];
      if (tier === 'district') {
        const communes = gazetteer.children(unit.code, first).filter((p) => throughout(p) && PLACE_TIER[p.type] === 'commune');
        weights.push(communes.length || gazetteer.children(unit.code, REFERENCE_DAY).length || 1);
        choices.push(communes.length ? communes.map(label) : [label(unit)]);
      } else if (tier === 'commune') {
        weights.push(1);
        choices.push([label(unit)]);
      }
    }
    if (choices.length === 0) throw new RangeError(`No units of ${province} in force throughout ${period}`);
    return { pick: weightedIndex(weights), choices };
  }

  return (period, random) => {
    let pool = pools.get(period);
    if (!pool) pools.set(period, (pool = poolFor(period)));
    const list = pool.choices[pool.pick(random())]!;
    return list.length === 1 ? list[0]! : list[Math.floor(random() * list.length)]!;
  };
}
