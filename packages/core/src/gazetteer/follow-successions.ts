import { shiftDay } from './at-day.js';
import { versionOn, type GazetteerIndex } from './gazetteer-index.js';
import type { Place, Succession } from './place.js';
import { lastDayOf, validOn } from './place-validity.js';

/** A unit a crosswalk leads to. */
export interface CrosswalkTarget {
  readonly code: string;
  /**
   * How much of the older unit of the pair lies in the newer one, over the whole trail: `whole` when every step
   * was whole, `part` when a unit on the way was split (phường Đại Nài went partly to Thành Sen, partly to Hà Huy
   * Tập). Going forward the older unit is the one asked about; going back it is the target.
   */
  readonly share: Succession['share'];
}

/**
 * Follows successions from a code to the units in force on `toDay`: forward through later versions when the code
 * ended before that day, back through earlier ones when it began after. A succession dated D links the version
 * of `from` in force on the day before D to the version of `to` in force on D. The start is the version in force
 * on `fromDay` when given; otherwise the code itself when it is in force on `toDay`, else its version nearest to
 * `toDay`. Trails that end (a unit with no known successor, such as xã Trung Lộc in 2025) lead nowhere: the
 * result can be empty.
 *
 * @example
 * followSuccessions(index, '18415', '9999-12-31'); // [{ code: 'R1665-27', share: 'whole' }]
 */
export function followSuccessions(index: GazetteerIndex, code: string, toDay: string, fromDay?: string): CrosswalkTarget[] {
  const versions = index.versions.get(code) ?? [];
  const start =
    fromDay !== undefined
      ? versionOn(index, code, fromDay)
      : (versions.find((v) => validOn(v, toDay)) ?? versions.findLast((v) => lastDayOf(v) < toDay) ?? versions[0]);
  const found = new Map<string, { place: Place; share: Succession['share'] }>();
  const visit = (v: Place, share: Succession['share']): void => {
    if (validOn(v, toDay)) {
      const seen = found.get(v.code);
      // Two trails to one unit: it is whole if either trail carried all of it.
      if (!seen || seen.share === 'part') found.set(v.code, { place: v, share });
      return;
    }
    const forward = lastDayOf(v) < toDay;
    const date = forward ? shiftDay(lastDayOf(v), 1) : v.validFrom;
    if (date === undefined) return;
    for (const s of (forward ? index.from : index.to).get(v.code) ?? []) {
      if (s.date !== date) continue;
      const next = forward ? versionOn(index, s.to, date) : versionOn(index, s.from, shiftDay(date, -1));
      if (next) visit(next, s.share === 'part' ? 'part' : share);
    }
  };
  if (start) visit(start, 'whole');
  return [...found.values()]
    .sort((a, b) => (index.order.get(a.place) ?? 0) - (index.order.get(b.place) ?? 0))
    .map(({ place, share }) => ({ code: place.code, share }));
}
