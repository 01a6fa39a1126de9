// The page side of the lifecycle suite (bundled by esbuild, loaded after the CDN bundle): connects and
// disconnects every element many times, the same instance again and again, and fresh instances that load, draw
// and leave. test/e2e/lifecycle.test.ts measures the heap around it and reads test/reliability/instrument.ts's
// counts of what stays live.

type Dv = HTMLElement & { updateComplete: Promise<boolean>; loader?: { state: string } };

const DATA = '/packages/core/data/ha-tinh.json';
const SYNTHETIC = '/packages/core/data/ha-tinh-synthetic.json';
/** One of each element, as a newsroom embeds them. */
const SPECS: readonly (readonly [tag: string, attrs: Readonly<Record<string, string>>])[] = [
  ['dv-bar-chart', { src: DATA, by: 'field' }],
  ['dv-line-chart', { src: SYNTHETIC, by: 'year', series: 'field' }],
  ['dv-stat', { src: SYNTHETIC, sparkline: '' }],
  ['dv-waffle', { src: DATA, by: 'field' }],
  ['dv-table', { src: DATA, by: 'field' }],
  ['dv-map', { src: SYNTHETIC }],
];

const stage = document.getElementById('stage')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function create(): Dv[] {
  return SPECS.map(([tag, attrs]) => {
    const el = document.createElement(tag) as Dv;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  });
}

/** Waits until elements have their data and have drawn it. */
async function settle(els: readonly Dv[]): Promise<void> {
  for (let i = 0; i < 500; i++) {
    await Promise.all(els.map((e) => e.updateComplete));
    if (!els.some((e) => e.loader?.state === 'loading')) return;
    await sleep(5);
  }
  throw new Error('elements did not settle');
}

/** Every element drew its data: no loading, empty or error state. */
function drawn(els: readonly Dv[]): string[] {
  return els.filter((e) => !e.shadowRoot?.querySelector('.chart') || e.shadowRoot.querySelector('[part~="state"]')).map((e) => e.localName);
}

/**
 * `cycles` connect/disconnect cycles of each element. `fresh`: a new instance each cycle, which loads (from the
 * page's shared fetch), draws and leaves; otherwise the same instances, connected again and again. Every
 * `frameEvery` cycles the elements stay through a frame, so their size observers and frames run while connected.
 */
async function cycle(cycles: number, fresh: boolean, frameEvery: number): Promise<string[]> {
  let els = create();
  const problems: string[] = [];
  for (let i = 0; i < cycles; i++) {
    if (fresh && i > 0) els = create();
    stage.append(...els);
    await settle(els);
    if (i % frameEvery === 0) {
      await frame();
      await frame();
      const blank = drawn(els);
      if (blank.length) problems.push(`cycle ${i}: ${blank.join(', ')} did not draw`);
    }
    for (const el of els) el.remove();
  }
  els = [];
  return problems;
}

(window as unknown as { __lifecycle: unknown }).__lifecycle = { cycle, elements: SPECS.length };
