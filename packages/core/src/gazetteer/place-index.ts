import type { PlaceRecord } from '../types.js';
import type { Lang } from '../vocab/langs.js';
import { PLACE_TIER, type Tier } from '../vocab/place-types.js';
import { ancestorChain } from './ancestor-chain.js';
import { atDay, LATEST_DAY } from './at-day.js';
import { descendantsOn } from './descendants-on.js';
import { followSuccessions, type CrosswalkTarget } from './follow-successions.js';
import { buildGazetteerIndex, versionOn, type GazetteerIndex } from './gazetteer-index.js';
import { haTinhData } from './ha-tinh-data.js';
import type { Place, Succession } from './place.js';
import { placeFromRecord } from './place-from-record.js';
import { placeLabel } from './place-label.js';
import { lastDayOf, validOn } from './place-validity.js';

/** The lists a gazetteer is built from. */
export interface GazetteerSource {
  readonly places: readonly Place[];
  readonly successions: readonly Succession[];
}

// One index per data source, however many gazetteers (plain, with a dataset's places) are made from it.
const shared = new WeakMap<() => GazetteerSource, GazetteerIndex>();

/**
 * Administrative units through time, looked up by code, with the successions that lead from old units to new
 * ones. A code can name different units at different times, so every lookup takes an `at` date: `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`, where a partial date means its *last* day ('2024' is 2024-12-31: the units a yearly
 * figure ends up in). Without `at`, a lookup uses the latest version. Indexes are built on first use.
 *
 * Successions connect versions, not only codes: a unit that kept its code but changed on 2025-01-01 (renamed,
 * re-typed, moved to another district, or the survivor of a merger) succeeds itself, so the crosswalk can walk
 * the successions alone.
 *
 * `PlaceIndex` is everything but name search; `Gazetteer` adds `find`. Queries and charts need only the index,
 * so a chart that reads no spreadsheet does not carry the name matcher.
 *
 * @example
 * const g = new PlaceIndex(places, successions);
 * g.byCode('18077', '2023')?.name; // 'Nguyễn Du'
 */
export class PlaceIndex {
  #load: () => GazetteerSource;
  #built: GazetteerIndex | undefined;

  constructor(places: readonly Place[], successions: readonly Succession[] = []) {
    this.#load = () => ({ places, successions });
  }

  /**
   * A gazetteer that calls `load` and builds its indexes on its first lookup, not before: importing one costs
   * nothing until it is used.
   *
   * @example
   * const g = PlaceIndex.lazy(() => ({ places: unpackMyRows(), successions: [] }));
   */
  static lazy<T extends PlaceIndex>(this: new (places: readonly Place[]) => T, load: () => GazetteerSource): T {
    const g = new this([]);
    g.#load = load;
    return g;
  }

  /** The indexes, built on first use and shared by every gazetteer made from the same `load`. */
  protected get index(): GazetteerIndex {
    if (!this.#built) {
      const load = this.#load;
      let built = shared.get(load);
      if (!built) {
        const { places, successions } = load();
        shared.set(load, (built = buildGazetteerIndex(places, successions)));
      }
      this.#built = built;
    }
    return this.#built;
  }

  /**
   * Every version of every unit, by code, then oldest first (a copy).
   *
   * @example
   * gazetteer.places.length; // 337
   */
  get places(): Place[] {
    return [...this.index.places];
  }

  /**
   * The version of a code in force at `at`, or the latest version without `at`; undefined when there is none.
   *
   * @example
   * gazetteer.byCode('18077', '2023')?.name; // 'Nguyễn Du'
   * gazetteer.byCode('18077', '2025-03-01')?.name; // 'Bắc Hà'
   */
  byCode(code: string, at?: string): Place | undefined {
    if (at !== undefined) return versionOn(this.index, code, atDay(at));
    return this.index.versions.get(code)?.at(-1);
  }

  /**
   * Every version of a code, oldest first.
   *
   * @example
   * gazetteer.versions('18077').map((p) => p.name); // ['Nguyễn Du', 'Bắc Hà']
   */
  versions(code: string): Place[] {
    return [...(this.index.versions.get(code) ?? [])];
  }

  /**
   * The units directly under a code at `at` (without `at`: at the end of its latest version).
   *
   * @example
   * gazetteer.children('443', '2023').length; // 18 communes and townships of Can Lộc
   */
  children(code: string, at?: string): Place[] {
    const day = this.#day(code, at);
    return day === undefined ? [] : (this.index.children.get(code) ?? []).filter((p) => validOn(p, day));
  }

  /**
   * Every unit under a code at `at`, each followed by its own descendants.
   *
   * @example
   * gazetteer.descendants('436', '2023').some((p) => p.code === '18077'); // true
   */
  descendants(code: string, at?: string): Place[] {
    const day = this.#day(code, at);
    return day === undefined ? [] : descendantsOn(this.index, code, day);
  }

  /**
   * The units above a code at `at`, nearest first (without `at`: above its latest version, as they were then).
   *
   * @example
   * gazetteer.ancestors('18415', '2023').map((p) => p.code); // ['443', '42']
   */
  ancestors(code: string, at?: string): Place[] {
    const place = this.byCode(code, at);
    if (!place) return [];
    return ancestorChain(this.index, place, at === undefined ? lastDayOf(place) : atDay(at), at !== undefined);
  }

  /**
   * The units in force at a date, optionally of one tier only, by code.
   *
   * @example
   * gazetteer.unitsAt('2023', 'district').length; // 13
   * gazetteer.unitsAt('2025-08-01', 'commune').length; // 69
   */
  unitsAt(at: string, tier?: Tier): Place[] {
    const day = atDay(at);
    return this.index.places.filter((p) => validOn(p, day) && (tier === undefined || PLACE_TIER[p.type] === tier));
  }

  /**
   * The successions out of a code (the units it went into), including its own next version when it kept its code.
   *
   * @example
   * gazetteer.successors('18415'); // [{ from: '18415', to: 'R1665-27', date: '2025-07-01', share: 'whole' }]
   */
  successors(code: string): Succession[] {
    return [...(this.index.from.get(code) ?? [])];
  }

  /**
   * The successions into a code (the units it was formed from).
   *
   * @example
   * gazetteer.predecessors('R1665-27').map((s) => s.from); // ['18406', '18415', '18427']
   */
  predecessors(code: string): Succession[] {
    return [...(this.index.to.get(code) ?? [])];
  }

  /**
   * The units in force at `to` (default: the latest) that a code became, or came from when `to` is earlier, with
   * how much of the older unit lies in the newer. `from` picks which version of the code is meant; by default the
   * code itself when in force at `to`, else its version nearest to `to`. Empty when the trail is unknown (xã
   * Trung Lộc, xã Phú Phong in 2025) or leads nowhere (districts, abolished on 2025-07-01).
   *
   * @example
   * gazetteer.crosswalk('18415'); // [{ code: 'R1665-27', share: 'whole' }] (the new xã Can Lộc)
   * gazetteer.crosswalk('18082'); // [{ code: 'R1665-59', share: 'part' }, { code: 'R1665-61', share: 'part' }]
   */
  crosswalk(code: string, to?: string, from?: string): CrosswalkTarget[] {
    return followSuccessions(this.index, code, to === undefined ? LATEST_DAY : atDay(to), from === undefined ? undefined : atDay(from));
  }

  /**
   * A new gazetteer that also knows a dataset's own places (villages, residential groups). Records whose code the
   * gazetteer already knows are ignored: a dataset adds units, it does not redefine official ones.
   *
   * @example
   * const g = gazetteer.withPlaces([{ code: '18077-tdp-3', name: 'Tổ dân phố 3', type: 'residential-group', parent: '18077' }]);
   */
  withPlaces(extra: readonly PlaceRecord[]): this {
    const Kind = this.constructor as new (places: readonly Place[]) => this;
    return (PlaceIndex.lazy as (this: typeof Kind, load: () => GazetteerSource) => this).call(Kind, () => {
      const { places, versions, successions } = this.index;
      const added = extra.filter((r) => !versions.has(r.code)).map(placeFromRecord);
      return { places: [...places, ...added], successions };
    });
  }

  /**
   * The tier of a code at `at` (latest version without it).
   *
   * @example
   * gazetteer.tierOf('449'); // 'district'
   */
  tierOf(code: string, at?: string): Tier | undefined {
    const place = this.byCode(code, at);
    return place && PLACE_TIER[place.type];
  }

  /**
   * A code's full name in a language (see `placeLabel`): the version in force at `at`, else the latest one, so that
   * a unit gone by `at` keeps its name; the code itself when the gazetteer does not know it.
   *
   * @example
   * gazetteer.label('18415', 'vi'); // 'xã Thiên Lộc'
   * gazetteer.label('437', 'en'); // 'Hồng Lĩnh town'
   */
  label(code: string, lang: Lang, at?: string): string {
    const place = (at === undefined ? undefined : this.byCode(code, at)) ?? this.byCode(code);
    return place ? placeLabel(place, lang) : code;
  }

  /** The day a tree lookup reads: `at`, or the last day of the code's latest version. */
  #day(code: string, at: string | undefined): string | undefined {
    if (at !== undefined) return atDay(at);
    const latest = this.byCode(code);
    return latest && lastDayOf(latest);
  }
}

/**
 * The built-in index of Hà Tĩnh's units (see `gazetteer` for the same with name search). Nothing is unpacked or
 * indexed until its first lookup, and the index is shared with `gazetteer`.
 *
 * @example
 * placeIndex.label('443', 'vi'); // 'huyện Can Lộc'
 */
export const placeIndex: PlaceIndex = /* @__PURE__ */ PlaceIndex.lazy(haTinhData);
