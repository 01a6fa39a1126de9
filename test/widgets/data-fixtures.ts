import haTinh from '@danvan/core/data/ha-tinh.json';
import { mount, settled } from './helpers.js';

/**
 * The published dataset plus the province's model totals for some years, hedged as a yearly report gives them:
 * `[['2023', 19300, 'more-than']]` adds "more than 19,300 models in 2023".
 */
export function withYearlyTotals(totals: readonly (readonly [year: string, value: number, qualifier: string])[]) {
  return {
    ...haTinh,
    statistics: [
      ...haTinh.statistics,
      ...totals.map(([year, value, qualifier]) => ({
        subject: 'models',
        value: { value, qualifier },
        unit: 'model',
        place: '42',
        period: { from: year, to: year },
        source: 'seed-article',
      })),
    ],
  };
}

/**
 * Mounts markup (see `mount`), gives its first element `.data`, and waits until it has drawn at its measured
 * width: the size observer asks for the re-render a frame after it measures, so one more frame is waited for.
 */
export async function mountWithData<T extends HTMLElement & { data?: unknown }>(markup: string, data: unknown, width = 640): Promise<T> {
  const el = await mount<T>(markup, width);
  el.data = data;
  await settled(el.parentElement!);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await settled(el.parentElement!);
  return el;
}
