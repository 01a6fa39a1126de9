import { foldName } from '../text/fold-name.js';
import type { Unit } from '../vocab/units.js';

/**
 * Unit words as sheets write them after a figure or in a column header, folded (see `foldName`, with ² read
 * as 2): "7,1 km", "916m", "2.500 m²", "120 hộ", "1.500 ngày công", "50 triệu đồng".
 *
 * @example
 * UNIT_WORDS.get(foldUnit('hộ')); // 'household'
 */
export const UNIT_WORDS: ReadonlyMap<string, Unit> = /* @__PURE__ */ new Map<string, Unit>([
  ['km', 'km'],
  ['kilomet', 'km'],
  ['kilometer', 'km'],
  ['kilometers', 'km'],
  ['kilometre', 'km'],
  ['kilometres', 'km'],
  ['m', 'm'],
  ['met', 'm'],
  ['meter', 'm'],
  ['meters', 'm'],
  ['metre', 'm'],
  ['metres', 'm'],
  ['m2', 'm2'],
  ['met vuong', 'm2'],
  ['sq m', 'm2'],
  ['sqm', 'm2'],
  ['square metres', 'm2'],
  ['square meters', 'm2'],
  ['ha', 'ha'],
  ['hecta', 'ha'],
  ['hec ta', 'ha'],
  ['hectare', 'ha'],
  ['hectares', 'ha'],
  ['ho', 'household'],
  ['ho gia dinh', 'household'],
  ['household', 'household'],
  ['households', 'household'],
  ['nguoi', 'person'],
  ['person', 'person'],
  ['persons', 'person'],
  ['people', 'person'],
  ['ngay cong', 'working-day'],
  ['cong', 'working-day'],
  ['working day', 'working-day'],
  ['working days', 'working-day'],
  ['dong', 'vnd'],
  ['d', 'vnd'],
  ['vnd', 'vnd'],
  ['mo hinh', 'model'],
  ['model', 'model'],
  ['models', 'model'],
]);

/**
 * Words that scale a figure: "50 triệu" is 50,000,000; "1,2 tỷ đồng" is 1,200,000,000 đồng.
 *
 * @example
 * SCALE_WORDS.get(foldUnit('tỷ')); // 1000000000
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map<string, number>([
  ['nghin', 1e3],
  ['ngan', 1e3],
  ['thousand', 1e3],
  ['trieu', 1e6],
  ['tr', 1e6],
  ['million', 1e6],
  ['millions', 1e6],
  ['ty', 1e9],
  ['ti', 1e9],
  ['billion', 1e9],
  ['billions', 1e9],
]);

/** What a unit phrase says: a unit, a scale, or both ("triệu đồng"). */
export interface UnitPhrase {
  readonly unit?: Unit;
  readonly scale?: number;
}

// Run-together abbreviations that folding cannot split: "trđ", "tỷđ".
const RUN_TOGETHER: ReadonlyMap<string, UnitPhrase> = new Map([
  ['trd', { unit: 'vnd', scale: 1e6 }],
  ['tyd', { unit: 'vnd', scale: 1e9 }],
]);

/**
 * Reads a folded unit phrase: a unit word, a scale word, or a scale word then a unit word. Returns undefined
 * when the phrase is neither.
 *
 * @example
 * readUnitPhrase('trieu dong'); // { unit: 'vnd', scale: 1000000 }
 * readUnitPhrase('m2'); // { unit: 'm2' }
 */
export function readUnitPhrase(folded: string): UnitPhrase | undefined {
  const unit = UNIT_WORDS.get(folded);
  if (unit) return { unit };
  const scale = SCALE_WORDS.get(folded);
  if (scale) return { scale };
  const run = RUN_TOGETHER.get(folded);
  if (run) return run;
  const space = folded.indexOf(' ');
  if (space < 0) return undefined;
  const first = SCALE_WORDS.get(folded.slice(0, space));
  const rest = UNIT_WORDS.get(folded.slice(space + 1));
  return first && rest ? { unit: rest, scale: first } : undefined;
}

/**
 * Folds a unit or qualifier phrase for lookup: `foldName`, with ² read as 2 ("m²" is "m2").
 *
 * @example
 * foldUnit(' M² '); // 'm2'
 */
export function foldUnit(text: string): string {
  return foldName(text.replace(/²/g, '2'));
}
