// The page side of the hostile data suite (bundled by esbuild, loaded after the CDN bundle): mounts every element
// with one hostile value in every field it reads, waits until they settle, and inspects what they drew. Nothing
// here decides pass or fail: it reports problems, and test/e2e/hostile-data.test.ts asserts there are none.
import { HOSTILE_NUMBERS, HOSTILE_STRINGS, PROTO_JSON } from './hostile-strings.js';
import {
  cleanDataset,
  csvFileName,
  DATASET_NUMBER_FIELDS,
  DATASET_STRING_FIELDS,
  datasetWith,
  deep,
  deepDataset,
  GEO_FIELDS,
  GEO_KEY,
  hostileGeo,
  PROTO_POSITIONS,
  protoDatasetText,
  protoGeoText,
} from './hostile-fixtures.js';

type Dv = HTMLElement & {
  data?: unknown;
  geoData?: unknown;
  updateComplete: Promise<boolean>;
  loader?: { state: string };
  geoLoader?: { state: string; pending?: Promise<void> };
};

/** What became of one element. */
export interface Outcome {
  readonly channel: string;
  readonly tag: string;
  readonly state: 'ready' | 'empty' | 'error' | 'idle' | 'blank';
  /** The batch (hostile value) it belongs to. */
  readonly label: string;
}

/** What a batch found. */
export interface BatchReport {
  readonly outcomes: Outcome[];
  readonly problems: string[];
  /** Payload × field × element combinations the batch exercised. */
  readonly cases: number;
  /** Files the elements offered for download, checked. */
  readonly downloads: number;
}

interface Spec {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** A boundary map (hostile `geoData`, or `geo` URL). */
  readonly geo?: boolean;
}

/** One of each element, reading the fields where hostile text shows: place names, sources, notes, boundaries. */
const SPECS: readonly Spec[] = [
  { tag: 'dv-bar-chart', attrs: { by: 'place' } },
  { tag: 'dv-line-chart', attrs: {} },
  { tag: 'dv-stat', attrs: { sparkline: '' } },
  { tag: 'dv-waffle', attrs: { by: 'field' } },
  { tag: 'dv-table', attrs: { by: 'place' } },
  { tag: 'dv-map', attrs: {} },
  { tag: 'dv-map', attrs: { by: 'district', 'geo-key': GEO_KEY }, geo: true },
];

const w = window as unknown as { __pwned?: unknown; __hostile: unknown };
const stage = document.getElementById('stage')!;
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));

// What the page looked like before any hostile value: prototypes and the scripts and elements of the document.
const PROTOS = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype };
const protoKeys = Object.fromEntries(Object.entries(PROTOS).map(([k, p]) => [k, Reflect.ownKeys(p).map(String).sort().join()]));
const scripts = document.scripts.length;
// Elements of the document itself (light DOM), counted with the stage empty.
const lightCount = document.querySelectorAll('*').length;

// The download menu saves through a link click: captured here instead, so the files can be read and checked.
const saved: Promise<{ name: string; text: string }>[] = [];
const click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  if (!this.download) return click.call(this);
  const name = this.download;
  saved.push(fetch(this.href).then(async (r) => ({ name, text: await r.text() })));
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

interface Made {
  readonly el: Dv;
  /** The element's tag, `[geo]` for a boundary map. */
  readonly name: string;
  readonly channel: string;
  /** How many fields of this element hold the hostile value. */
  readonly fields: number;
}

function make(spec: Spec, channel: string, setup: (el: Dv) => number, lang?: string): Made {
  const el = document.createElement(spec.tag) as Dv;
  for (const [k, v] of Object.entries(spec.attrs)) el.setAttribute(k, v);
  if (lang) el.setAttribute('lang', lang);
  const fields = setup(el);
  const box = document.createElement('div');
  box.className = 'box';
  box.append(el);
  stage.append(box);
  return { el, name: spec.tag + (spec.geo ? '[geo]' : ''), channel, fields };
}

async function settle(els: readonly Dv[], problems: string[]): Promise<void> {
  const start = performance.now();
  const done = async () => {
    const results = await Promise.allSettled(els.map((e) => e.updateComplete));
    results.forEach((r, i) => r.status === 'rejected' && problems.push(`${els[i]!.tagName} update threw: ${String(r.reason)}`));
  };
  for (;;) {
    await done();
    const busy = els.filter((e) => e.loader?.state === 'loading' || e.geoLoader?.state === 'loading');
    if (!busy.length) break;
    if (performance.now() - start > 8000) {
      problems.push(`did not settle: ${busy.map((e) => e.tagName).join(', ')}`);
      break;
    }
    await sleep(10);
  }
  // The size observer re-renders a frame after it measures.
  await frame();
  await frame();
  await done();
}

/** Every element in a root and in the shadow roots under it. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'video', 'audio', 'source', 'base', 'meta', 'link', 'form', 'input', 'textarea', 'select', 'foreignobject', 'math', 'marquee', 'style', 'animate', 'set', 'body', 'noscript', 'x']);
const URL_ATTRS = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'poster', 'background'];
const SAFE_LINK = /^(https?:|mailto:)/i;

/** Markup that data must never have produced: foreign elements, event handler attributes, unsafe links. */
function markupProblems(root: ParentNode, where: string): string[] {
  const out: string[] = [];
  for (const node of deepElements(root)) {
    const name = node.localName.toLowerCase();
    if (FORBIDDEN.has(name) || name.startsWith('dv-')) out.push(`${where}: <${name}> in the drawing`);
    for (const attr of node.attributes) {
      const a = attr.name.toLowerCase();
      if (a.startsWith('on')) out.push(`${where}: <${name} ${a}> event handler attribute`);
      if (!URL_ATTRS.includes(a)) continue;
      if (name === 'a' && a === 'href') {
        if (!SAFE_LINK.test(attr.value)) out.push(`${where}: <a href="${attr.value.slice(0, 80)}">`);
      } else if (!attr.value.startsWith('#')) out.push(`${where}: <${name} ${a}="${attr.value.slice(0, 80)}">`);
    }
  }
  return out;
}

function stateOf(el: Dv): Outcome['state'] {
  const root = el.shadowRoot;
  if (!root) return 'blank';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="empty"]')) return 'empty';
  if (root.querySelector('[part~="idle"]')) return 'idle';
  const chart = root.querySelector('.chart');
  return chart && chart.children.length > 0 && (chart.textContent ?? '').trim().length + chart.querySelectorAll('svg *').length > 0 ? 'ready' : 'blank';
}

function inspect({ el, name, channel }: Made, label: string, problems: string[]): Outcome {
  const where = `${channel} <${name}>`;
  const state = stateOf(el);
  if (state === 'blank') problems.push(`${where}: blank (neither drawn nor a state shown)`);
  // Idle means "no data given": right for `src=""` alone, wrong for anything else.
  if (state === 'idle' && (el.data !== undefined || el.getAttribute('src'))) problems.push(`${where}: idle although it was given data`);
  const box = el.getBoundingClientRect();
  if (box.height < 40 || box.width < 100) problems.push(`${where}: ${Math.round(box.width)}×${Math.round(box.height)} px`);
  if (!el.shadowRoot?.querySelector('[part="heading"]')) problems.push(`${where}: no heading`);
  if (el.childNodes.length || el.parentElement?.childNodes.length !== 1) problems.push(`${where}: nodes were added to the page beside it`);
  if (el.shadowRoot) problems.push(...markupProblems(el.shadowRoot, where));
  return { channel, tag: name, state, label };
}

function globalProblems(): string[] {
  const out: string[] = [];
  if (w.__pwned !== undefined) out.push(`window.__pwned = ${String(w.__pwned)}: a payload ran`);
  if (({} as { polluted?: unknown }).polluted !== undefined) out.push('({}).polluted is set: Object.prototype was polluted');
  for (const [k, p] of Object.entries(PROTOS)) {
    const now = Reflect.ownKeys(p).map(String).sort().join();
    if (now !== protoKeys[k]) out.push(`${k}.prototype changed: ${now}`);
  }
  if (document.scripts.length !== scripts) out.push(`${document.scripts.length - scripts} <script> added to the document`);
  const light = document.querySelectorAll('*').length;
  if (light !== lightCount) out.push(`the document has ${light - lightCount} more elements than before`);
  out.push(...errors.splice(0));
  return out;
}

/** Checks a saved file: a safe name; CSV cells that cannot run as formulas; an SVG that is only a drawing. */
function downloadProblems(file: { name: string; text: string }, where: string): string[] {
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex
  if (!/^[\p{L}\p{N}-]{1,60}\.(csv|svg|png)$/u.test(file.name)) out.push(`${where}: unsafe file name ${JSON.stringify(file.name)}`);
  if (file.name.endsWith('.csv')) {
    for (const cell of csvCells(file.text.replace(/^\uFEFF/, ''))) {
      if (/^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)*(?:e[+-]?\d+)?$/i.test(cell)) out.push(`${where}: CSV cell could run as a formula: ${JSON.stringify(cell.slice(0, 60))}`);
    }
  } else if (file.name.endsWith('.svg')) {
    const doc = new DOMParser().parseFromString(file.text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) out.push(`${where}: the SVG does not parse`);
    else out.push(...markupProblems(doc, `${where} SVG file`));
  }
  return out;
}

/** The cells of a CSV text (RFC 4180, comma-separated, quotes doubled). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return [...cells, cell + text.slice(i)];
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const m = /[,\r\n]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i++;
  }
  return cells;
}

/** Elements made for one hostile value, and what to check once they have settled. */
interface Batch {
  readonly label: string;
  readonly made: Made[];
  readonly after?: (problems: string[]) => Promise<number>;
}

/**
 * Mounts several batches at once, waits until all have settled, inspects every element, runs each batch's own
 * checks, then empties the page and checks the page itself. Problems are labelled with their batch.
 */
async function runGroup(batches: readonly Batch[]): Promise<BatchReport> {
  const problems: string[] = [];
  const made = batches.flatMap((b) => b.made);
  const labels = batches.map((b) => b.label).join(' … ');
  const unsettled: string[] = [];
  await settle(made.map((m) => m.el), unsettled);
  problems.push(...unsettled.map((p) => `${labels}: ${p}`));
  const outcomes: Outcome[] = [];
  let downloads = 0;
  for (const b of batches) {
    const own: string[] = [];
    outcomes.push(...b.made.map((m) => inspect(m, b.label, own)));
    if (b.after) downloads += await b.after(own);
    problems.push(...own.map((p) => `${b.label}: ${p}`));
  }
  // Late payloads (an image's onerror fires once its load fails) get a moment to show themselves here; the
  // sentinel stays set, so the last check of the run (see `finish`) catches any later still.
  await sleep(20);
  stage.replaceChildren();
  problems.push(...globalProblems().map((p) => `${labels}: ${p}`));
  return { outcomes, problems, cases: made.reduce((n, m) => n + m.fields, 0), downloads };
}

/** Attributes that narrow the data (or name where it comes from): set to a hostile value, nothing is left to draw. */
const FILTERS = new Set(['src', 'geo', 'field', 'place', 'level', 'status', 'host', 'metric', 'from', 'to', 'at']);

/** The attributes an element observes, except those the channels set on purpose. */
function fuzzable(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
  return ctor.observedAttributes.filter((a) => a !== 'heading' && a !== 'note');
}

const STRING_FIELDS = Object.keys(DATASET_STRING_FIELDS).length;
/** One clean dataset for every element that is fuzzed through its attributes: validated once. */
const CLEAN = cleanDataset();

/**
 * One hostile string in every field: `.data` (every dataset field, `heading`, `note`, boundaries), a served CSV
 * (every cell, the file name; boundaries from a served file), every other attribute of every element, and `src`.
 */
function stringBatch(i: number): Batch {
  const p = HOSTILE_STRINGS[i]!.text;
  const lang = i % 2 ? 'en' : 'vi';
  const data = datasetWith(p);
  const geo = hostileGeo(p);
  const files = `/__hostile/files/${i}`;
  const made = [
    // `.data`: every dataset field, and the heading and note attributes.
    ...SPECS.map((s) =>
      make(s, 'data', (el) => {
        el.setAttribute('heading', p);
        el.setAttribute('note', p);
        el.data = data;
        if (s.geo) el.geoData = geo;
        return STRING_FIELDS + 2 + (s.geo ? GEO_FIELDS.length : 0);
      }, lang),
    ),
    // A served spreadsheet (and boundary file), named after the value.
    ...SPECS.map((s) =>
      make(s, 'csv', (el) => {
        el.setAttribute('heading', p);
        el.setAttribute('note', p);
        el.setAttribute('src', `${files}/${csvFileName(p)}`);
        if (s.geo) el.setAttribute('geo', `${files}/boundaries.json`);
        return 13 + 2 + (s.geo ? GEO_FIELDS.length : 0);
      }, lang),
    ),
    // Every other attribute of every element (a CMS template filling them from user input): all at once (the
    // filters then leave nothing to draw); those that do not filter, over data that draws; and the metric and
    // dates, which the hostile data answers (its outcomes carry the value as their metric).
    ...SPECS.filter((s) => !s.geo).flatMap((s) => {
      const names = fuzzable(s.tag);
      const attributes = (channel: string, set: readonly string[], dataset: unknown) =>
        make({ tag: s.tag, attrs: {} }, channel, (el) => {
          for (const a of set) el.setAttribute(a, p);
          el.data = dataset;
          return set.length;
        });
      return [
        attributes('attributes', names, CLEAN),
        attributes('attributes-not-filtering', names.filter((a) => !FILTERS.has(a)), data),
        attributes('attributes-metric-dates', names.filter((a) => ['metric', 'from', 'to', 'at'].includes(a)), data),
      ];
    }),
    // `src` alone: fetched (relative to the page, or refused by scheme), never followed as a link.
    make({ tag: 'dv-bar-chart', attrs: {} }, 'src', (el) => (el.setAttribute('src', p), 1), lang),
  ];
  const after = async (problems: string[]) => {
    const bar = made[0]!.el.shadowRoot!;
    const table = made[4]!.el.shadowRoot!;
    // Heading and note are text, exactly as given.
    for (const m of made.slice(0, 7)) {
      const heading = m.el.shadowRoot?.querySelector('[part="heading"]')?.textContent;
      if (p && heading !== p) problems.push(`data <${m.el.localName}>: heading shows ${JSON.stringify(heading?.slice(0, 60))}`);
      const note = m.el.shadowRoot?.querySelector('[part="note"]')?.textContent;
      if (p && note !== p) problems.push(`data <${m.el.localName}>: note shows ${JSON.stringify(note?.slice(0, 60))}`);
    }
    const before = saved.length;
    let clicked = 0;
    for (const [shadow, kinds] of [
      [bar, ['CSV', 'SVG']],
      [table, ['CSV']],
    ] as const) {
      for (const button of shadow.querySelectorAll<HTMLButtonElement>('[part="downloads"] button')) {
        if (kinds.some((k) => button.textContent?.includes(k))) {
          button.click();
          clicked++;
        }
      }
    }
    const start = performance.now();
    while (saved.length < before + clicked && performance.now() - start < 2000) await sleep(5);
    if (saved.length < before + clicked) problems.push(`${before + clicked - saved.length} downloads were not saved`);
    const files = await Promise.all(saved.slice(before));
    for (const f of files) problems.push(...downloadProblems(f, `download of <dv-bar-chart>/<dv-table>`));
    return files.length;
  };
  return { label: `#${i} ${JSON.stringify(p.slice(0, 40))}`, made, after };
}

/** A hostile number in every numeric position of the data, and in the numeric attributes. */
function numberBatch(i: number): Batch {
  const v = HOSTILE_NUMBERS[i];
  const data = datasetWith(v, DATASET_NUMBER_FIELDS);
  const text = typeof v === 'object' && v !== null ? JSON.stringify(v) ?? '' : String(v);
  const made = SPECS.filter((s) => !s.geo).map((s) =>
    make(s, 'numbers', (el) => {
      for (const a of ['limit', 'timeout', 'max-bytes', ...(s.tag === 'dv-map' ? ['thresholds'] : [])]) el.setAttribute(a, a === 'thresholds' ? `${text},${text}` : text);
      el.data = data;
      return Object.keys(DATASET_NUMBER_FIELDS).length + (s.tag === 'dv-map' ? 4 : 3);
    }),
  );
  return { label: `#${i} ${text.slice(0, 40)}`, made };
}

/** `__proto__`, `constructor`, `prototype` keys at every depth: through `.data`, a served file and boundaries. */
function protoBatch(i: number): Batch {
  const text = protoDatasetText(PROTO_JSON[i]!);
  const geoText = protoGeoText(PROTO_JSON[i]!);
  const made = [
    ...SPECS.map((s) =>
      make(s, 'proto', (el) => {
        el.data = JSON.parse(text);
        if (s.geo) el.geoData = JSON.parse(geoText);
        return PROTO_POSITIONS.length + (s.geo ? 3 : 0);
      }),
    ),
    ...SPECS.map((s) =>
      make(s, 'proto-served', (el) => {
        el.setAttribute('src', `/__hostile/proto/${i}.json`);
        if (s.geo) el.setAttribute('geo', `/__hostile/proto/${i}.geo.json`);
        return PROTO_POSITIONS.length + (s.geo ? 3 : 0);
      }),
    ),
  ];
  return { label: `#${i} ${PROTO_JSON[i]!}`, made };
}

/** Nesting deeper than any dataset needs, up to 100,000 levels: through `.data`, a served file and boundaries. */
const DEPTHS = [31, 32, 33, 1000, 100_000];
function deepBatch(i: number): Batch {
  const depth = DEPTHS[i]!;
  const geo = hostileGeo('x') as unknown as { objects: { units: { geometries: { properties: Record<string, unknown> }[] } } };
  for (const g of geo.objects.units.geometries) g.properties['deep'] = deep(depth);
  const collection = { type: 'GeometryCollection', geometries: [] as unknown[] };
  let inner = collection;
  for (let d = 0; d < Math.min(depth, 5000); d++) {
    const next = { type: 'GeometryCollection', geometries: [] as unknown[] };
    inner.geometries.push(next);
    inner = next;
  }
  const made = [
    ...SPECS.map((s) =>
      make(s, 'deep', (el) => {
        el.data = deepDataset(depth);
        if (s.geo) el.geoData = geo;
        return 6 + (s.geo ? 1 : 0);
      }),
    ),
    make({ tag: 'dv-bar-chart', attrs: {} }, 'deep-served', (el) => (el.setAttribute('src', `/__hostile/deep/${depth}.json`), 1)),
    make(SPECS[6]!, 'deep-geometry', (el) => ((el.geoData = collection), (el.data = cleanDataset()), 1)),
  ];
  return { label: `depth ${depth}`, made };
}

const BUILDERS = { strings: stringBatch, numbers: numberBatch, proto: protoBatch, deep: deepBatch };

/**
 * Proves the detectors work on this page: markup parsed on purpose (test code only) runs its handler, and the
 * markup check flags it in a shadow root. Nothing is left set afterwards.
 */
async function selfTest(): Promise<{ ran: boolean; flagged: string[] }> {
  const canary = window as unknown as { __canary?: number };
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  // A data: image that is no image fails at once, without a request (and without a 404 in the console).
  root.innerHTML = '<img src="data:,x" onerror="window.__canary=1"><a href="javascript:void 0">x</a>';
  stage.append(host);
  for (let i = 0; i < 100 && !canary.__canary; i++) await sleep(10);
  const result = { ran: canary.__canary === 1, flagged: markupProblems(root, 'self-test') };
  host.remove();
  delete canary.__canary;
  return result;
}

w.__hostile = {
  selfTest,
  counts: { strings: HOSTILE_STRINGS.length, numbers: HOSTILE_NUMBERS.length, proto: PROTO_JSON.length, deep: DEPTHS.length },
  /** The page's last word, after every batch: anything that ran late, or was left on the page. */
  finish: async (): Promise<string[]> => {
    await sleep(300);
    return globalProblems();
  },
  /** Runs the batches `from..to-1` of one kind together. */
  run: (kind: keyof typeof BUILDERS, from: number, to: number): Promise<BatchReport> => {
    const batches: Batch[] = [];
    for (let i = from; i < to; i++) batches.push(BUILDERS[kind](i));
    return runGroup(batches);
  },
};
