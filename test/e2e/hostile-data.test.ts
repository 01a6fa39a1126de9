// The hostile data corpus (test/reliability/hostile-strings.ts) put into every string and URL field of every
// element's data and attributes, against the built CDN bundle in real Chromium. The page has no CSP on purpose:
// a payload that got parsed as markup or followed as a link would run, and set `window.__pwned` or open a dialog.
// The page side (test/reliability/hostile-page.ts) mounts and inspects; this file serves, drives and asserts.
import { readFileSync } from 'node:fs';
import type { Browser, ConsoleMessage, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, CDN_PATH, cdnOverride } from '../reliability/bundle.js';
import { CSV_FIELDS, DATASET_NUMBER_FIELDS, DATASET_STRING_FIELDS, deepJsonText, GEO_FIELDS, hostileCsv, hostileGeo, protoDatasetText, protoGeoText } from '../reliability/hostile-fixtures.js';
import type { BatchReport } from '../reliability/hostile-page.js';
import { HOSTILE_NUMBERS, HOSTILE_STRINGS, PROTO_JSON, type HostileKind } from '../reliability/hostile-strings.js';
import { launch } from './browser.js';
import { serve, type Served } from './servers.js';

const PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>hostile data</title>
    <style>#stage { display: grid; grid-template-columns: repeat(4, 300px); gap: 8px; }</style>
    <script type="module" src="${CDN_PATH}"></script>
    <script type="module" src="/__hostile/driver.js"></script>
  </head>
  <body><div id="stage"></div></body>
</html>`;

type Kind = 'strings' | 'numbers' | 'proto' | 'deep';

interface Hostile {
  selfTest(): Promise<{ ran: boolean; flagged: string[] }>;
  run(kind: Kind, from: number, to: number): Promise<BatchReport>;
  finish(): Promise<string[]>;
  counts: Record<Kind, number>;
}

let browser: Browser;
let server: Served;
let page: Page;
const dialogs: string[] = [];
const consoleErrors: string[] = [];
const pageErrors: string[] = [];
/** Requests for hosts other than 127.0.0.1: only `src`/`geo` attributes set to an absolute URL may cause them. */
const outside: string[] = [];
let phase = '';

const json = (body: string) => ({ status: 200, contentType: 'application/json; charset=utf-8', body });

/** Serves the page, its driver and the hostile files; answers any other host with an HTML page (no network). */
async function route(r: Route, driver: string): Promise<void> {
  const url = new URL(r.request().url());
  if (url.hostname !== '127.0.0.1') {
    outside.push(`${phase}: ${r.request().resourceType()} ${url.href.slice(0, 100)}`);
    return r.fulfill({ status: 200, contentType: 'text/html', headers: { 'access-control-allow-origin': '*' }, body: '<p>offline</p>' });
  }
  const [, , kind, a] = url.pathname.split('/');
  if (url.pathname === '/__hostile/index.html') return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
  if (url.pathname === '/__hostile/driver.js') return r.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: driver });
  const cdn = cdnOverride();
  if (cdn && url.pathname === CDN_PATH) return r.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(cdn, 'utf8') });
  if (kind === 'files') {
    const value = HOSTILE_STRINGS[Number(a)]!.text;
    if (url.pathname.endsWith('/boundaries.json')) return r.fulfill(json(JSON.stringify(hostileGeo(value))));
    return r.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: hostileCsv(value) });
  }
  if (kind === 'proto') {
    const proto = PROTO_JSON[Number.parseInt(a!, 10)]!;
    return r.fulfill(json(a!.endsWith('.geo.json') ? protoGeoText(proto) : protoDatasetText(proto)));
  }
  if (kind === 'deep') return r.fulfill(json(deepJsonText(Number.parseInt(a!, 10))));
  // Anything else (a `src` attribute set to a relative path) goes to the real server.
  return r.continue();
}

beforeAll(async () => {
  const [driver, b, s] = await Promise.all([bundle(new URL('../reliability/hostile-page.ts', import.meta.url)), launch(), serve()]);
  [browser, server] = [b, s];
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (d) => {
    dialogs.push(`${phase}: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(`${phase}: ${String(e)}`));
  // What the elements fetched: a `src` or `geo` attribute set to a path that is not there (or to a port the browser
  // refuses) makes the browser log the failure, as for any page. Nothing else may fail to load.
  const fetched = new Set<string>();
  const bare = (url: string) => url.split('#')[0]!;
  page.on('request', (r) => r.resourceType() === 'fetch' && fetched.add(bare(r.url())));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    const failed = /^Failed to load resource: (the server responded with a status of 4\d\d|net::ERR_UNSAFE_PORT)/.test(m.text());
    if (phase.startsWith('strings') && failed && (fetched.has(bare(m.location().url)) || m.text().includes('ERR_UNSAFE_PORT'))) return;
    consoleErrors.push(`${phase}: ${m.text().slice(0, 300)} ${m.location().url.slice(0, 100)}`);
  });
  await page.route(() => true, (r) => route(r, driver));
  await page.goto(`${server.url}/__hostile/index.html`);
  await page.waitForFunction(() => 'run' in ((window as unknown as { __hostile?: object }).__hostile ?? {}));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const totals = { cases: 0, elements: 0, downloads: 0, states: new Map<string, number>(), errors: new Map<string, Set<string>>() };
// One run at a time, even if a timed-out test's run is still going in the page.
let queue: Promise<unknown> = Promise.resolve();

/** Runs batches `from..to-1` of one kind, `group` of them mounted together; returns their problems. */
function runRange(kind: Kind, from: number, to: number, group: number): Promise<string[]> {
  const next = queue.then(async () => {
    const problems: string[] = [];
    for (let a = from; a < to; a += group) {
      const b = Math.min(to, a + group);
      phase = `${kind} ${a}-${b - 1}`;
      const r = await page.evaluate(([k, x, y]) => (window as unknown as { __hostile: Hostile }).__hostile.run(k, x, y), [kind, a, b] as const);
      problems.push(...r.problems);
      totals.cases += r.cases;
      totals.elements += r.outcomes.length;
      totals.downloads += r.downloads;
      for (const o of r.outcomes) {
        const key = `${o.channel} ${o.tag} ${o.state}`;
        totals.states.set(key, (totals.states.get(key) ?? 0) + 1);
        // Which values turned a channel that otherwise draws into an error state (a 10 kB title is refused).
        if (o.state === 'error' && !['src', 'deep-geometry'].includes(o.channel)) {
          totals.errors.set(o.channel, (totals.errors.get(o.channel) ?? new Set()).add(o.label.slice(0, 50)));
        }
      }
    }
    return problems;
  });
  queue = next.catch(() => undefined);
  return next;
}

// The corpus lists each kind of payload together: one test per kind.
const KINDS = [...new Set(HOSTILE_STRINGS.map((h) => h.kind))];
const rangeOf = (kind: HostileKind) => {
  const first = HOSTILE_STRINGS.findIndex((h) => h.kind === kind);
  return [first, first + HOSTILE_STRINGS.filter((h) => h.kind === kind).length] as const;
};
const started = performance.now();

describe('hostile data in every field of every element (built CDN bundle, real Chromium)', () => {
  it('detects, on this page, markup that runs and links that are unsafe (self-test)', async () => {
    const r = await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.selfTest());
    expect(r.ran).toBe(true);
    expect(r.flagged.sort()).toEqual(
      ['self-test: <img> in the drawing', 'self-test: <img onerror> event handler attribute', 'self-test: <img src="data:,x">', 'self-test: <a href="javascript:void 0">'].sort(),
    );
  });

  for (const kind of KINDS) {
    const [from, to] = rangeOf(kind);
    it(`${kind} payloads (${to - from}) show as text or as an error state: nothing runs, links stay safe`, async () => {
      expect(await runRange('strings', from, to, 3)).toEqual([]);
    }, 240_000);
  }

  it('NaN, ±Infinity, 1e308, -0 and numbers written as text, in every numeric position', async () => {
    expect(await runRange('numbers', 0, HOSTILE_NUMBERS.length, 10)).toEqual([]);
  }, 120_000);

  it('__proto__, constructor and prototype keys at every depth, in data and boundaries, given or fetched', async () => {
    expect(await runRange('proto', 0, PROTO_JSON.length, 3)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(Object.getPrototypeOf({}) as object))).toEqual([]);
  }, 120_000);

  it('nesting up to 100,000 levels deep', async () => {
    const depths = await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.counts.deep);
    expect(await runRange('deep', 0, depths, 5)).toEqual([]);
  }, 120_000);

  it('ran no payload, opened no dialog, logged no error, left no page error, and fetched nothing that data named', async () => {
    await queue;
    const late = await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.finish());
    const attributes = await page.evaluate(() =>
      ['dv-bar-chart', 'dv-line-chart', 'dv-stat', 'dv-waffle', 'dv-table', 'dv-map'].map(
        (t) => (customElements.get(t) as unknown as { observedAttributes: string[] }).observedAttributes.length,
      ),
    );
    const fields = Object.keys(DATASET_STRING_FIELDS).length + 2 + GEO_FIELDS.length + CSV_FIELDS.length + Math.max(...attributes) + 1;
    console.log(
      [
        `hostile data: ${HOSTILE_STRINGS.length} strings (${KINDS.map((k) => `${k} ${rangeOf(k)[1] - rangeOf(k)[0]}`).join(', ')}), ` +
          `${HOSTILE_NUMBERS.length} numbers, ${PROTO_JSON.length} prototype-key documents, 5 nesting depths`,
        `fields: ${Object.keys(DATASET_STRING_FIELDS).length} dataset string fields + heading + note, ${GEO_FIELDS.length} boundary-file fields, ` +
          `${CSV_FIELDS.length} CSV fields, up to ${Math.max(...attributes)} other attributes per element, src ` +
          `(${fields} in all); ${Object.keys(DATASET_NUMBER_FIELDS).length} numeric dataset fields + 3-4 numeric attributes`,
        `elements: 6 (${attributes.length} tags, the map both as tiles and with boundaries); ${totals.elements} element renders; ` +
          `${totals.cases} payload × field × element cases; ${totals.downloads} downloads (CSV, SVG) checked`,
        `outcomes: ${[...totals.states].map(([k, n]) => `${k} ${n}`).join('; ')}`,
        `error states: ${[...totals.errors].map(([k, v]) => `${k}: ${[...v].join(' | ')}`).join('; ')}`,
        `time: ${((performance.now() - started) / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
    // A good record beside a hostile one still draws: only a sheet with control characters (read as a binary
    // file, not a CSV) may turn the whole chart into an error state.
    const errorsIn = (channel: string) => [...(totals.errors.get(channel) ?? [])].map((l) => Number(/^#(\d+)/.exec(l)?.[1]));
    // eslint-disable-next-line no-control-regex
    expect(errorsIn('csv').filter((i) => !/[\u0000-\u0008\u000E-\u001F]/.test(HOSTILE_STRINGS[i]?.text ?? ''))).toEqual([]);
    for (const channel of ['data', 'attributes-not-filtering', 'attributes-metric-dates', 'numbers', 'proto', 'proto-served', 'deep']) {
      expect(errorsIn(channel), `${channel}: error states`).toEqual([]);
    }
    expect(late).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.slice(0, 20)).toEqual([]);
    // Only an element's own fetch of an absolute `src`/`geo` attribute (the page author's URL) may go to another
    // host: never an image, frame or script that data brought, and nothing outside the string batches.
    expect(outside.filter((o) => !/^strings [\d-]+: fetch /.test(o))).toEqual([]);
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(200);
  });
});
