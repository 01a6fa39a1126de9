#!/usr/bin/env node
/**
 * `npm run bench:map` (not gating): how long `<dv-map>` takes to draw a country-sized boundary file. Generates a
 * synthetic TopoJSON of 3,321 polygons (Vietnam's number of communes from 2025-07-01: a jittered hexagon grid,
 * no real data) and a dataset with one unit and a few models per polygon, bundles the map element with esbuild
 * from its define module (minified, every dependency inlined, the BUILT @danvan/core, as the CDN bundle is made),
 * serves the page from 127.0.0.1, opens it in Debian's Chromium and measures, per run in a fresh context:
 * the time from navigation start until every polygon is drawn (after the next frame), and the number of DOM
 * nodes (the page's plus the map's shadow root). Prints each run and the median.
 *
 * Options: --runs=N (default 7), --polygons=N (default 3321).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { cspSafeDsv } from './esbuild-csp-safe-dsv.js';
import { sizes } from './sizes.mjs';
import { startStaticServer } from './static-server.mjs';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = Math.max(5, arg('runs', 7));
const POLYGONS = arg('polygons', 3321);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A small deterministic generator (mulberry32), so every run draws the same map. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A quantized TopoJSON of `count` hexagons on a grid over a Vietnam-sized box, each vertex nudged by an amount
 * that depends only on where it is (so neighbouring hexagons still share their corners), each ring its own arc,
 * delta-encoded as the TopoJSON specification asks of quantized topologies.
 */
function hexTopology(count) {
  const cols = Math.ceil(Math.sqrt(count * 2));
  const rows = Math.ceil(count / cols);
  const [west, east, south, north] = [102.1, 109.5, 8.4, 23.4];
  const w = (east - west) / (cols + 0.5);
  const h = (north - south) / (rows * 0.75 + 0.25);
  const r = h / 2;
  const scale = 1e5;
  const q = (v, lo) => Math.round((v - lo) * scale);
  const jitter = (x, y) => {
    const rand = random(Math.round(x * 1e4) * 73856093 ^ Math.round(y * 1e4) * 19349663);
    return [x + (rand() - 0.5) * w * 0.2, y + (rand() - 0.5) * h * 0.2];
  };
  const arcs = [];
  const geometries = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / cols);
    const col = i % cols;
    const cx = west + w / 2 + col * w + (row % 2) * (w / 2);
    const cy = north - r - row * h * 0.75;
    const ring = [];
    for (let k = 0; k < 6; k++) {
      const angle = (Math.PI / 3) * k + Math.PI / 6;
      const [x, y] = jitter(+(cx + (w / 2 / Math.cos(Math.PI / 6)) * Math.cos(angle)).toFixed(4), +(cy + r * Math.sin(angle)).toFixed(4));
      ring.push([q(x, west), q(y, south)]);
    }
    ring.push(ring[0]);
    arcs.push(ring.map((p, j) => (j === 0 ? p : [p[0] - ring[j - 1][0], p[1] - ring[j - 1][1]])));
    geometries.push({ type: 'Polygon', arcs: [[i]], properties: { code: `B${String(i + 1).padStart(4, '0')}` } });
  }
  return {
    type: 'Topology',
    transform: { scale: [1 / scale, 1 / scale], translate: [west, south] },
    objects: { communes: { type: 'GeometryCollection', geometries } },
    arcs,
  };
}

/** A dataset with one commune per polygon (added to the gazetteer through `places`) and 1 to 12 models in each. */
function dataset(count) {
  const rand = random(42);
  const fields = ['economic', 'culture-society', 'defense-security', 'party-building'];
  const places = [];
  const models = [];
  for (let i = 0; i < count; i++) {
    const code = `B${String(i + 1).padStart(4, '0')}`;
    places.push({ code, name: `Xã Thử ${i + 1}`, type: 'commune', parent: '42' });
    const n = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      models.push({ id: `${code}-${k}`, name: { vi: `Mô hình ${k + 1}`, en: `Model ${k + 1}` }, field: fields[(i + k) % 4], place: code, started: `${2013 + ((i + k) % 11)}` });
    }
  }
  return {
    version: 1,
    title: { vi: 'Bản đồ thử hiệu năng (dữ liệu giả)', en: 'Map benchmark (fake data)' },
    language: 'vi',
    license: 'CC0-1.0',
    updated: '2026-11',
    synthetic: true,
    sources: [{ id: 'bench', title: { vi: 'Sinh bởi scripts/bench-map.mjs', en: 'Generated by scripts/bench-map.mjs' } }],
    places,
    models,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const dir = mkdtempSync(join(tmpdir(), 'danvan-bench-map-'));
let server;
let browser;
try {
  const topo = JSON.stringify(hexTopology(POLYGONS));
  const data = JSON.stringify(dataset(POLYGONS));
  writeFileSync(join(dir, 'communes.topojson'), topo);
  writeFileSync(join(dir, 'data.json'), data);
  const bundle = await build({
    entryPoints: [join(ROOT, 'packages/widgets/src/map/map.define.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    write: false,
    plugins: [cspSafeDsv()],
  });
  const code = bundle.outputFiles[0].contents;
  writeFileSync(join(dir, 'map.min.js'), code);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>dv-map benchmark</title></head>
<body>
<dv-map src="./data.json" by="commune" geo="./communes.topojson" geo-key="code" no-download></dv-map>
<script type="module" src="./map.min.js"></script>
</body>
</html>
`,
  );
  const s = sizes(Buffer.from(code));
  console.log(`bench:map: ${POLYGONS} polygons; TopoJSON ${kb(topo.length)}, dataset ${kb(data.length)} (${JSON.parse(data).models.length} models); map bundle ${kb(s.raw)} raw, ${kb(s.brotli)} brotli`);

  server = await startStaticServer({ root: dir });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const times = [];
  const nodes = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/index.html`);
    const result = await page.evaluate(
      (expected) =>
        new Promise((resolve, reject) => {
          const started = performance.now();
          const check = () => {
            const map = document.querySelector('dv-map');
            const drawn = map?.shadowRoot?.querySelectorAll('.mark path').length ?? 0;
            if (drawn >= expected) {
              // Visible: the frame after the paths are in the DOM has been painted.
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const t = performance.now();
                  resolve({ ms: t, nodes: document.querySelectorAll('*').length + map.shadowRoot.querySelectorAll('*').length });
                }),
              );
            } else if (performance.now() - started > 60_000) reject(new Error(`only ${drawn} paths after 60 s`));
            else requestAnimationFrame(check);
          };
          check();
        }),
      POLYGONS,
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    times.push(result.ms);
    nodes.push(result.nodes);
    console.log(`  run ${run + 1}: ${result.ms.toFixed(0)} ms to all ${POLYGONS} paths drawn; ${result.nodes} DOM nodes`);
    await context.close();
  }
  console.log(`median of ${RUNS}: ${median(times).toFixed(0)} ms from navigation start to the map visible; ${median(nodes)} DOM nodes (page + shadow root)`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}
