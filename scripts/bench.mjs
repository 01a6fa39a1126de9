#!/usr/bin/env node
/**
 * `npm run bench` (not part of `npm test`): danvan against Chart.js, ECharts, Highcharts, Vega-Lite and Observable
 * Plot drawing the same four charts, side by side in one run, plus core's Node benchmarks; writes BENCHMARKS.md.
 *
 *   1. builds both packages (`npm run build`; skip with --no-build), and the pages, data and peer bundles into
 *      test/bench/dist (scripts/bench-pages.mjs; the peers come from test/bench/node_modules: `npm run bench:install`);
 *   2. loads every page --runs times (default 60; BENCHMARKS.md needs at least 15) in headless Chromium, then once
 *      under a strict CSP and once with axe-core (scripts/bench-browser.mjs);
 *   3. runs scripts/bench-core.mjs (validate + query over 1,000,000 records vs JSON.parse; --core-runs, default 3)
 *      and scripts/bench-csv.mjs (importModelsCsv vs d3-dsv parseRows);
 *   4. writes BENCHMARKS.md with the machine, the date and every table from this one run.
 *
 * Options for trying things out (any of them leaves BENCHMARKS.md alone): --runs=N below 15, --libs=a,b,
 * --cases=a,b, --no-node (skip the Node benchmarks), --no-write, --driver=playwright (time the loads through
 * Playwright, as runs before 2026-11-29 did, instead of the bare DevTools pipe: see scripts/cdp-pipe.mjs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { quantile } from 'd3-array';
import { CSP, measureBrowser } from './bench-browser.mjs';
import { BENCH, CASES, CDN, DIST, LIBS, PEERS, ROOT, buildPages } from './bench-pages.mjs';
import { sizes } from './sizes.mjs';
import { ALPHA, timeVerdict } from './time-verdict.mjs';
import { ratioInterval } from './ratio-interval.mjs';

const MIN_RUNS = 15;
// One page's loads spread by some 12 % (sd) here, and the gaps worth telling apart are a few percent. In a
// simulation of such loads, the rank-sum test (p < 0.05) finds a 7 % gap with 30 loads a side 61 times in 100, with
// 60 loads 88 times; a 10 % gap 90 and 100 times. Fewer loads would call too many real gaps a tie.
const DEFAULT_RUNS = 60;
const opt = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name) => process.argv.includes(`--${name}`);
const RUNS = Math.max(1, Number(opt('runs') ?? DEFAULT_RUNS));
const CORE_RUNS = Math.max(1, Number(opt('core-runs') ?? 3));
const libs = opt('libs')?.split(',') ?? LIBS.map((l) => l.id);
const cases = opt('cases')?.split(',') ?? CASES.map((c) => c.id);
const DRIVER = opt('driver') ?? 'pipe';
if (DRIVER !== 'pipe' && DRIVER !== 'playwright') {
  console.error(`--driver=${DRIVER}: pipe or playwright`);
  process.exit(1);
}
const write = !flag('no-write') && RUNS >= MIN_RUNS && !opt('libs') && !opt('cases') && !flag('no-node') && DRIVER === 'pipe';
const log = (...a) => console.log(...a);
const started = performance.now();
const loadStart = os.loadavg();

if (!existsSync(join(BENCH, 'node_modules/chart.js'))) {
  console.error('The peer libraries are not installed: run `npm run bench:install` first (it installs into test/bench only).');
  process.exit(1);
}
if (!flag('no-build')) {
  log('▶ npm run build');
  const { status } = spawnSync('npm run build', { shell: true, stdio: 'inherit', cwd: ROOT });
  if (status !== 0) process.exit(status ?? 1);
}
if (!existsSync(CDN)) {
  console.error(`${CDN} is missing: run npm run build.`);
  process.exit(1);
}

const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
log('▶ pages, data and bundles → test/bench/dist');
const { pages, facts } = await buildPages(core);
if (!facts.line.agrees || !facts.map.agrees) log('  warning: the peers\' figures differ from danvan\'s query (see BENCHMARKS.md)');
const bytes = {};
for (const lib of libs) {
  bytes[lib] = {};
  for (const c of cases) bytes[lib][c] = sizes(pages[lib][c].js);
}

log(`▶ Chromium: ${RUNS} fresh loads of each of ${libs.length * cases.length} pages, then CSP and axe`);
const { results, chromium } = await measureBrowser({ dist: DIST, pages, runs: RUNS, libs, cases, driver: DRIVER, log });

let coreOut;
let csv;
if (!flag('no-node')) {
  log(`▶ scripts/bench-core.mjs --runs=${CORE_RUNS}`);
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', '--expose-gc', join(ROOT, 'scripts/bench-core.mjs'), `--runs=${CORE_RUNS}`], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  coreOut = { status: r.status, text: `${r.stdout}${r.stderr}`.trim() };
  log(coreOut.text);
  log('▶ scripts/bench-csv.mjs');
  const c = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-csv.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (c.status !== 0) throw new Error(`bench-csv failed: ${c.stderr}`);
  csv = JSON.parse(c.stdout.trim().split('\n').at(-1));
}
const loadEnd = os.loadavg();
const minutes = (performance.now() - started) / 60000;

// ---------------------------------------------------------------------------------------------------------------
// d3's quantile interpolates between order statistics (R's default); an empty list has none.
const q = (xs, p) => quantile(xs, p) ?? NaN;
const med = (xs) => q(xs, 0.5);
const kb = (n) => `${(n / 1024).toFixed(1)}`;
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(0)}` : '–');
const x = (r) => `${r.toFixed(2)}×`;
const libName = (id) => LIBS.find((l) => l.id === id).name;
const stat = (lib, c) => {
  const r = results[lib][c];
  return {
    n: r.times.length,
    time: med(r.times),
    p25: q(r.times, 0.25),
    p75: q(r.times, 0.75),
    min: Math.min(...r.times),
    max: Math.max(...r.times),
    task: med(r.tasks),
    heap: med(r.heaps),
    nodes: med(r.nodes),
  };
};
const version = (pkg) => JSON.parse(readFileSync(join(BENCH, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const lines = [];
const p = (s = '') => lines.push(s);
const peersIn = libs.filter((l) => PEERS.some((peer) => peer.id === l));

p('# Benchmarks: danvan and the chart libraries it is measured against');
p();
p(`Written by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${minutes.toFixed(1)} minutes. Every figure below comes from that one run.`);
p('Not part of `npm test`. DESIGN.md section 8 sets the targets: danvan smaller than every peer, and its first chart');
p('visible sooner than every peer\'s in every case. The tables say where that holds and where it does not.');
p();
p('## Rerun');
p();
p('```sh');
p('npm run bench:install   # the peers, into test/bench/node_modules only (exact pins, test/bench/package-lock.json)');
p('npm run bench           # builds, measures, rewrites this file (about 15 minutes on 2 cores)');
p('```');
p();
p('## Machine');
p();
const cpus = os.cpus();
const osName = (() => {
  try {
    return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  } catch {
    return os.type();
  }
})();
const git = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return `${head}${dirty ? ' with uncommitted changes under packages/' : ''}`;
  } catch {
    return 'unknown';
  }
})();
p(`| | |`);
p(`|---|---|`);
p(`| CPU | ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores (os.cpus()) |`);
p(`| RAM | ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB |`);
p(`| OS | ${osName}, Linux ${os.release()} |`);
p(`| Node | ${process.version} |`);
p(`| Chromium | ${chromium} (Debian's /usr/bin/chromium, headless, scripts/chromium.mjs's flags + \`--js-flags=--expose-gc\`) |`);
p(`| Load average (1, 5, 15 min) | at the start ${loadStart.map((l) => l.toFixed(1)).join(', ')}; at the end ${loadEnd.map((l) => l.toFixed(1)).join(', ')} |`);
p(`| danvan | commit ${git}; CDN bundle sha256 ${createHash('sha256').update(readFileSync(CDN)).digest('hex').slice(0, 16)}… |`);
p();
if (Math.max(...loadStart, ...loadEnd) > cpus.length) {
  p(`**The machine was shared**: the load average (up to ${Math.max(...loadStart, ...loadEnd).toFixed(1)} on ${cpus.length} cores) says other work ran during this benchmark, so`);
  p('wall-clock times are longer and noisier than on a quiet machine. Loads were interleaved (run 1 of every page, then');
  p('run 2, …) so that busy spells fall on every library alike; the main-thread busy time (CDP TaskDuration) is less');
  p('sensitive to them than the wall clock. Compare libraries within this run, not with another machine.');
  p();
}
p('## Libraries');
p();
p('| Library | Version | How it is bundled |');
p('|---|---|---|');
p(`| danvan | @danvan/widgets ${JSON.parse(readFileSync(join(ROOT, 'packages/widgets/package.json'), 'utf8')).version} | the case's element from its npm entry (\`import '@danvan/widgets/bar-chart.js'\`, …); page script bundled by esbuild like the peers' |`);
const peerVersions = {
  chartjs: `chart.js ${version('chart.js')}; chartjs-chart-geo ${version('chartjs-chart-geo')}`,
  echarts: `echarts ${version('echarts')}`,
  highcharts: `highcharts ${version('highcharts')}`,
  vegalite: `vega-lite ${version('vega-lite')}, vega ${version('vega')}, vega-embed ${version('vega-embed')}`,
  plot: `@observablehq/plot ${version('@observablehq/plot')}, d3 ${version('d3')}`,
};
for (const peer of PEERS) p(`| ${peer.name} | ${peerVersions[peer.id]} | ${peer.note}; page script bundled by esbuild (minified ESM, one file, no licence comments) |`);
p('| hand-written SVG | – | the floor: a few lines of DOM calls building inline SVG, no library |');
p();
p('Peers draw with animations off (so the final marks are what is timed, which favours them) and are otherwise left');
p('at their defaults; Chart.js draws on a canvas, the others in SVG (ECharts with its SVG renderer, Vega with');
p("`renderer: 'svg'`). JS bytes are the page's JavaScript: the library plus the page's chart code (for danvan, the");
p('element\'s bundle: its markup is HTML). Sizes are gzip -9 and brotli q11, in KB of 1,024 bytes.');
p();

p('## Headline: danvan against the best peer in each case');
p();
p('Ratio = danvan ÷ best peer (below 1 means danvan is ahead). Times are medians of fresh loads, navigation start to');
p('the chart visible. In brackets after the time ratio, a 95 % bootstrap interval for the ratio this one run estimates');
p("(scripts/ratio-interval.mjs: both libraries' loads resampled 2,000 times, from a fixed seed). \"Faster\" needs more");
p('than a lower median: the Wilcoxon rank-sum test (two-sided, normal approximation; scripts/rank-sum.mjs) on the two');
p(`libraries' load times must find them apart, p < ${ALPHA}, against every peer. A gap the test cannot tell from the noise`);
p('of fresh loads is a **tie**, and a tie is not faster.');
p();
p('| Case | danvan time, ms (p25–p75) | fastest peer, ms (p25–p75) | time ratio | faster than every peer? | danvan JS brotli (KB) | smallest peer (KB) | size ratio | smaller than every peer? |');
p('|---|---|---|---|---|---|---|---|---|');
const headline = {};
for (const c of cases) {
  if (!libs.includes('danvan') || !peersIn.length) break;
  const d = stat('danvan', c);
  const rendered = peersIn.filter((l) => results[l][c].times.length);
  const fastest = rendered.reduce((a, b) => (stat(b, c).time < stat(a, c).time ? b : a));
  const smallest = peersIn.reduce((a, b) => (bytes[b][c].brotli < bytes[a][c].brotli ? b : a));
  const tr = d.time / stat(fastest, c).time;
  const [lo, hi] = ratioInterval(results.danvan[c].times, results[fastest][c].times);
  const sr = bytes.danvan[c].brotli / bytes[smallest][c].brotli;
  headline[c] = { tr, sr, fastest, smallest };
  const verdict = timeVerdict(results.danvan[c].times, rendered.map((l) => ({ name: libName(l), times: results[l][c].times })));
  const bigger = peersIn.filter((l) => bytes[l][c].brotli < bytes.danvan[c].brotli).map(libName);
  p(
    `| ${CASES.find((k) => k.id === c).title} | ${ms(d.time)} (${ms(d.p25)}–${ms(d.p75)}) | ${libName(fastest)} ${ms(stat(fastest, c).time)} (${ms(stat(fastest, c).p25)}–${ms(stat(fastest, c).p75)}) | **${x(tr)}** (${lo.toFixed(2)}–${hi.toFixed(2)}) | ${verdict} | ${kb(bytes.danvan[c].brotli)} | ${libName(smallest)} ${kb(bytes[smallest][c].brotli)} | **${x(sr)}** | ${bigger.length ? `**no**: larger than ${bigger.join(', ')}` : 'yes'} |`,
  );
}
p();

p('## Each case');
p();
p('Time to visible: median, then p25–p75 and min–max of the loads (n = loads that became visible). Main thread: the');
p("renderer's busy time until then (CDP Performance TaskDuration), median. Heap: JS heap used after a forced GC");
p('(HeapProfiler.collectGarbage, Runtime.getHeapUsage), median. DOM: elements in the document and all shadow roots.');
p(`CSP: \`securitypolicyviolation\` events under \`${CSP}\`, and whether the chart still became visible.`);
p('axe: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) violations on the drawn page, rule (affected nodes).');
p();
const dataNote = {
  bars: () => `danvan reads the seed dataset (\`seed.json\`, ${kb(statSync(join(DIST, 'data/seed.json')).size)} KB) and asks it \`by="field"\`; the peers get the four figures (${facts.bars.figures.join('; ')}) as arrays (\`bars4.json\`, ${statSync(join(DIST, 'data/bars4.json')).size} B) and cannot show the hedges ("nearly", "more than").`,
  line: () => `Every library gets the same eleven yearly figures (${facts.line.values.join(', ')} as running totals; ${facts.line.agrees ? 'identical to' : '**different from**'} core's query over the ${(facts.line.bytes / 1e6).toFixed(1)} MB synthetic records they were counted from): the peers as arrays (\`years.json\`, ${statSync(join(DIST, 'data/years.json')).size} B), danvan as eleven published statistics (\`years-data.json\`, ${statSync(join(DIST, 'data/years-data.json')).size} B) with \`by="year" cumulative\`.`,
  many: () => `danvan reads a dataset of 2,000 places, each with one published figure (\`many-data.json\`, ${kb(statSync(join(DIST, 'data/many-data.json')).size)} KB), \`metric="beneficiaries" by="place" orientation="vertical"\`; the peers get labels and values as arrays (\`many.json\`, ${kb(statSync(join(DIST, 'data/many.json')).size)} KB). Everyone draws 2,000 thin columns (danvan: against a y axis, every k-th column named, each column a focusable mark with its name and figure). danvan's first drawing paints the columns as one path (the same pixels: test/widgets/bar-chart.test.ts compares screenshots); the 2,000 columns as marks, named and focusable, and the hidden data table of 2,000 rows follow it by a frame: they are not in the time, but are in the DOM and heap figures and mostly in the main-thread one (they are read after the visible mark).`,
  map: () => `All draw the same \`hex.geojson\` (${kb(statSync(join(DIST, 'data/hex.geojson')).size)} KB, 69 synthetic hexagons, the value in each feature's properties); danvan joins it on \`geo-key="code"\` to a dataset of 69 places, each with its published figure (${facts.map.agrees ? 'matching' : '**not matching**'} the features' values) (\`hex-data.json\`, ${kb(statSync(join(DIST, 'data/hex-data.json')).size)} KB) with \`by="commune"\`. Chart.js needs the chartjs-chart-geo plugin (included in its bytes); ECharts: registerMap + map series + visualMap; Highcharts: the map module; Vega-Lite: geoshape; Plot: Plot.geo.`,
};
for (const c of cases) {
  const title = CASES.find((k) => k.id === c).title;
  p(`### ${title}`);
  p();
  p(dataNote[c]());
  p();
  p('| Library | JS raw / gzip / brotli (KB) | time to visible, ms: median (p25–p75; min–max) | n | main thread (ms) | heap after GC (MB) | DOM elements | strict CSP | axe |');
  p('|---|---|---|---|---|---|---|---|---|');
  for (const lib of libs) {
    const s = stat(lib, c);
    const r = results[lib][c];
    const b = bytes[lib][c];
    const csp = r.csp;
    const dirs = [...new Set(csp.violations.map((v) => v.directive))];
    const cspText = `${csp.violations.length}${dirs.length ? ` (${dirs.join(', ')})` : ''}, ${csp.rendered ? 'rendered' : '**not rendered**'}`;
    const axeText = r.axe ? (r.axe.length ? r.axe.map((v) => `${v.id} (${v.nodes})`).join(', ') : '0') : 'not run';
    const ratio = lib === 'danvan' && headline[c] ? ` (${x(headline[c].tr)} best peer)` : '';
    const time = s.n ? `**${ms(s.time)}**${ratio} (${ms(s.p25)}–${ms(s.p75)}; ${ms(s.min)}–${ms(s.max)})` : '**never visible**';
    p(
      `| ${libName(lib)} | ${kb(b.raw)} / ${kb(b.gzip)} / **${kb(b.brotli)}** | ${time} | ${s.n}/${RUNS} | ${ms(s.task)} | ${Number.isFinite(s.heap) ? (s.heap / 2 ** 20).toFixed(1) : '–'} | ${Number.isFinite(s.nodes) ? s.nodes : '–'} | ${cspText} | ${axeText} |`,
    );
  }
  p();
  const problems = libs.flatMap((lib) => results[lib][c].errors.map((e) => `${libName(lib)}: ${e}`));
  if (problems.length) {
    p('Problems seen during the timed loads:');
    p();
    for (const e of problems.slice(0, 12)) p(`- ${e.replaceAll('|', '\\|')}`);
    p();
  }
}

p('### What the strict CSP blocked');
p();
p('One load per page under the policy above (served as a header). A violation that the library survives costs styling');
p('or a feature; one it does not survive leaves no chart.');
p();
const seen = new Map();
for (const lib of libs) {
  for (const c of cases) {
    for (const v of results[lib][c].csp.violations) {
      const key = `${lib}|${v.directive}`;
      const entry = seen.get(key) ?? { lib, directive: v.directive, cases: new Set(), samples: new Set(), count: 0 };
      entry.cases.add(c);
      entry.count++;
      if (v.sample || v.blocked) entry.samples.add(`${v.blocked}${v.sample ? `: ${v.sample.replace(/\s+/g, ' ').slice(0, 60)}` : ''}`);
      seen.set(key, entry);
    }
  }
}
if (!seen.size) p('No violations.');
else {
  p('| Library | Directive | Events (cases) | What was blocked (blocked URI: sample) |');
  p('|---|---|---|---|');
  for (const e of seen.values()) {
    p(`| ${libName(e.lib)} | ${e.directive} | ${e.count} (${[...e.cases].join(', ')}) | ${[...e.samples].slice(0, 3).map((s) => `\`${s.replaceAll('|', '\\|').replaceAll('`', "'")}\``).join('; ') || '–'} |`);
  }
  p();
  const broken = libs.flatMap((lib) => cases.filter((c) => !results[lib][c].csp.rendered).map((c) => `${libName(lib)} (${c})`));
  if (broken.length) p(`Not rendered under the policy: ${broken.join(', ')}.`);
  p();
  p('The pages use each library as its getting-started docs do. Vega documents a CSP mode that these pages do not use');
  p("(vega-embed's `ast: true` with vega-interpreter's `expressionInterpreter`, and `defaultStyle: false`).");
  const survived = libs.filter((lib) => cases.every((c) => results[lib][c].csp.rendered) && cases.some((c) => results[lib][c].csp.violations.length));
  if (survived.length) p(`Drew in every case despite violations (losing what was blocked): ${survived.map(libName).join(', ')}.`);
  const clean = libs.filter((lib) => cases.every((c) => results[lib][c].csp.rendered && !results[lib][c].csp.violations.length));
  if (clean.length) p(`No violation in any case: ${clean.map(libName).join(', ')}.`);
}
p();

if (libs.includes('danvan')) {
  const cdn = sizes(readFileSync(CDN));
  p('### danvan\'s CDN bundle (size only, not timed)');
  p();
  p('The pages above load the one element each case uses, from its npm entry, as an app bundles it. A newsroom that');
  p('pastes the CDN bundle (every element, CSV reading, downloads) loads this instead, once for every chart on the page:');
  p();
  p('| File | raw (KB) | gzip (KB) | brotli (KB) |');
  p('|---|---|---|---|');
  p(`| packages/widgets/dist/cdn/danvan.min.js | ${kb(cdn.raw)} | ${kb(cdn.gzip)} | ${kb(cdn.brotli)} |`);
  p();
}

if (coreOut) {
  p('## Core in Node');
  p();
  p(`### validate + query over 1,000,000 records vs JSON.parse (scripts/bench-core.mjs --runs=${CORE_RUNS})`);
  p();
  const m = (re) => re.exec(coreOut.text);
  const parse = m(/JSON\.parse\(text\)\s+(\d+) ms\s+\(CPU\s+(\d+) ms\)/);
  const full = m(/\+ 3 queries\s+(\d+) ms\s+\(CPU\s+(\d+) ms\)/);
  const ratio = m(/ratio to JSON\.parse alone\s+([\d.]+)x \(budget ([\d.]+)x; CPU time ([\d.]+)x\)/);
  if (parse && full && ratio) {
    p('| | wall clock (ms) | CPU time (ms) |');
    p('|---|---|---|');
    p(`| \`JSON.parse(text)\` of 1,000,000 records | ${parse[1]} | ${parse[2]} |`);
    p(`| \`validate(JSON.parse(text))\` + 3 queries | ${full[1]} | ${full[2]} |`);
    p(`| ratio (budget ${ratio[2]}×) | **${ratio[1]}×** | ${ratio[3]}× |`);
    p();
  }
  p(coreOut.status === 0 ? 'Within budget. Its full output:' : `**bench-core exited ${coreOut.status}** (over budget or failed). Its full output:`);
  p();
  p('```');
  p(coreOut.text);
  p('```');
  p();
  p(`### CSV import throughput (scripts/bench-csv.mjs)`);
  p();
  p(`A generated office spreadsheet: ${csv.rows.toLocaleString('en')} models (the synthetic dataset twice), ${(csv.bytes / 1e6).toFixed(2)} MB, semicolons, Vietnamese`);
  p(`headers and values, dd/mm/yyyy dates, figures with thousands dots and hedges. Median of ${csv.runs} runs after a warm-up;`);
  p('MB = 10^6 bytes. `importModelsCsv` does everything an import needs (find the header, read and check every cell,');
  p('resolve places); d3-dsv only splits the text into cells, and core uses it to do so: it is the floor, not a rival.');
  p();
  p('| Reader | wall (ms) | MB/s (wall) | CPU (ms) | MB/s (CPU) | result |');
  p('|---|---|---|---|---|---|');
  const label = { importModelsCsv: '`importModelsCsv` (core)', readCsvRows: "core's splitter alone (`readCsvRows`)", 'd3-dsv parseRows': "d3-dsv `dsvFormat(';').parseRows`" };
  for (const [name, r] of Object.entries(csv.results)) {
    p(`| ${label[name]} | ${r.ms.toFixed(0)} | **${r.mbps.toFixed(1)}** | ${r.cpu.toFixed(0)} | ${r.cpuMbps.toFixed(1)} | ${Object.entries(r.check).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')} |`);
  }
  const imp = csv.results.importModelsCsv;
  const dsv = csv.results['d3-dsv parseRows'];
  p();
  p(`\`importModelsCsv\` runs at ${(imp.mbps / dsv.mbps * 100).toFixed(0)}% of d3-dsv's wall-clock throughput (${(imp.cpuMbps / dsv.cpuMbps * 100).toFixed(0)}% by CPU time).`);
  p();
}

p('## How it is measured');
p();
p(`- Pages are served from 127.0.0.1 by scripts/static-server.mjs (test/bench/dist, built by scripts/bench-pages.mjs from`);
p(`  test/bench/pages). Each load is a new browser context (empty cache), a ${'1280 × 900'} viewport and an 800 px wide`);
p(`  chart. ${RUNS} loads per page, interleaved across pages.`);
p('- The timed loads are driven over a bare DevTools pipe (scripts/cdp-pipe.mjs) with the Performance and Page domains');
p('  on, not through Playwright: Playwright turns on the Network domain for every page, and the renderer then keeps a');
p('  copy of every response body for DevTools, decoded on the main thread while the page loads: work a reader\'s browser');
p("  never does, and more of it for a page that fetches more. `--driver=playwright` times through Playwright, as runs");
p('  before 2026-11-29 did. The CSP and axe loads still go through Playwright.');
p("- Visible: each peer's page calls `performance.mark('visible')` in the animation frame after the library reports its");
p("  final marks drawn: Chart.js a plugin's first `afterRender`, ECharts the `finished` event, Highcharts the chart's load");
p("  callback, Vega-Lite vega-embed's resolved promise, Plot and the hand-written SVG right after appending the SVG");
p("  (they draw synchronously). danvan has no such event: a MutationObserver on the element's shadow root waits until");
p("  all the case's marks (4, 11, 2,000 or 69) are in the DOM, then the same animation frame. A mark is a `.mark`");
p('  element, or one column of the path (`path.bar`, one `M…z` outline a column) in which the bar chart paints a big');
p("  result's columns in its first drawing. The time is the mark's `startTime`, from navigation start; it includes");
p('  fetching the page, its script and the data.');
p('- The watcher and shared helper (test/bench/pages/shared.js, a few hundred bytes) are inside each peer\'s bundle and');
p("  counted there; danvan's watcher is a separate file, not counted.");
p('- Heap, DOM and main-thread figures are taken right after the visible mark, in the same loads as the times.');
p(`- Verdicts on time: the rank-sum test compares danvan's loads with each peer's (all of them, not their medians); a`);
p(`  p-value of ${ALPHA} or more means the run cannot tell the two apart. On this shared machine the medians of one page`);
p('  move by several percent from run to run, so a gap of a few milliseconds between medians is usually a tie.');
p('- CSP and axe: one more load of each page for each, after the timed ones. axe-core is injected after the chart is');
p('  visible, with only the WCAG 2.x A/AA rules (best-practice rules about the harness page itself are left out).');
p();
if (write) {
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), lines.join('\n'));
  log(`\nWrote BENCHMARKS.md (${minutes.toFixed(1)} min).`);
} else {
  log(lines.join('\n'));
  log(`\nBENCHMARKS.md left alone (a trial run: fewer than ${MIN_RUNS} runs, a subset, or --no-write). ${minutes.toFixed(1)} min.`);
}
