/**
 * The browser half of `npm run bench` (used by scripts/bench.mjs): loads each library's page for each case in
 * Debian's headless Chromium, a new browser context per load (empty cache), and measures:
 *   - time to visible: `performance.mark('visible')`'s startTime, i.e. from navigation start to the frame after
 *     the library reported its final marks drawn (see test/bench/pages/shared.js and danvan/watch.js);
 *   - JS heap after GC: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage (usedSize);
 *   - DOM elements, the document's and every shadow root's;
 *   - the renderer main thread's busy time until then (CDP Performance.getMetrics TaskDuration): less sensitive
 *     than wall-clock time to other work on the machine;
 * then, once per page: the outcome under a strict Content-Security-Policy (securitypolicyviolation events, and
 * whether the chart still became visible) and axe-core's WCAG 2.x A/AA violations.
 *
 * The timed loads go through a bare DevTools pipe (scripts/cdp-pipe.mjs says why), or through Playwright with
 * `driver: 'playwright'` (as every run did before 2026-11-29, for comparison); the CSP and axe loads through Playwright.
 *
 * Loads are interleaved (run 1 of every page, then run 2, ...) so that a slow spell of a shared machine spreads
 * over every library instead of landing on one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { launchPipe } from './cdp-pipe.mjs';
import { startStaticServer } from './static-server.mjs';

// The tests' flags, plus the GC hook the heap figure needs.
const ARGS = [...chromiumArgs, '--js-flags=--expose-gc'];
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const VIEWPORT = { width: 1280, height: 900 };
const TIMEOUT = 30_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs before any page script (CDP, so the page's CSP does not apply): records violations, uncaught errors and the
 * visible mark. `__failed` settles a second after the first uncaught error: a page that threw will not draw.
 */
function initScript() {
  const w = window;
  w.__violations = [];
  w.__errors = [];
  let failed;
  w.__failed = new Promise((resolve) => (failed = () => setTimeout(() => resolve(null), 1000)));
  const fail = (text) => {
    w.__errors.push(`pageerror: ${String(text).slice(0, 200)}`);
    failed();
  };
  // Not capturing: a resource that fails to load fires `error` on its element, which does not reach the window.
  w.addEventListener('error', (e) => fail(e.message));
  w.addEventListener('unhandledrejection', (e) => fail(e.reason));
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
  );
  w.__visible = new Promise((resolve) => {
    const seen = () => performance.getEntriesByName('visible', 'mark')[0];
    new PerformanceObserver((list, observer) => {
      const mark = list.getEntriesByName('visible')[0];
      if (mark) {
        observer.disconnect();
        resolve(mark.startTime);
      }
    }).observe({ type: 'mark' });
    const early = seen();
    if (early) resolve(early.startTime);
  });
}

/** Elements in the document and in every (open) shadow root, recursively. */
function countElements() {
  let n = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return n;
}

/**
 * The visible mark's time (null after `timeout` ms, or a second after an uncaught error) through a CDP `send` bound
 * to a page. Page.navigate may answer while about:blank is still the document, and an evaluation there ends with
 * it: ask again until the new document answers.
 */
async function waitVisible(send, timeout) {
  const expression = `location.href === 'about:blank' ? 'blank' : Promise.race([window.__visible, window.__failed, new Promise((r) => setTimeout(() => r(null), ${timeout}))])`;
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }).catch(() => undefined);
    if (r && !r.exceptionDetails && r.result.value !== 'blank') return r.result.value ?? null;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}

/** What a timed load reads once the chart is visible, through a CDP `send` bound to the page. */
async function afterVisible(send) {
  const { metrics } = await send('Performance.getMetrics');
  const task = metrics.find((m) => m.name === 'TaskDuration')?.value;
  const { result } = await send('Runtime.evaluate', { expression: `(${countElements})()`, returnByValue: true });
  await send('HeapProfiler.collectGarbage');
  const { usedSize } = await send('Runtime.getHeapUsage');
  return { nodes: result.value, heap: usedSize, task: task === undefined ? undefined : task * 1000 };
}

/**
 * One fresh, timed load through a pipe (scripts/cdp-pipe.mjs): a new browser context, the Performance and Page
 * domains on, not Network. Returns the visible mark's time (undefined when it did not come), the page's uncaught
 * errors, and, when visible, what `afterVisible` reads.
 *
 * @example
 * const pipe = await launchPipe(chromiumPath(), chromiumArgs);
 * const { time, errors, nodes } = await pipeLoad(pipe, 'http://127.0.0.1:8080/danvan/bars.html');
 */
export async function pipeLoad(pipe, url, timeout = TIMEOUT) {
  const { browserContextId } = await pipe.send('Target.createBrowserContext', { disposeOnDetach: true });
  try {
    const { targetId } = await pipe.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await pipe.send('Target.attachToTarget', { targetId, flatten: true });
    const send = (method, params) => pipe.send(method, params, sessionId);
    await send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor: 1, mobile: false });
    await send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => send('Performance.enable'));
    // The Page domain applies scripts to new documents only while it is on.
    await send('Page.enable');
    await send('Page.addScriptToEvaluateOnNewDocument', { source: `(${initScript})()` });
    await send('Page.navigate', { url });
    const time = await waitVisible(send, timeout);
    const errors = await send('Runtime.evaluate', { expression: 'window.__errors', returnByValue: true }).then((r) => r.result.value ?? [], () => []);
    return { time: time ?? undefined, errors, ...(time != null ? await afterVisible(send) : {}) };
  } finally {
    await pipe.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
  }
}

/**
 * Measures every page. `driver`: what the timed loads go through, `pipe` (a bare DevTools pipe, the default) or
 * `playwright`.
 */
export async function measureBrowser({ dist, pages, runs, libs, cases, driver = 'pipe', log = console.log }) {
  const server = await startStaticServer({ root: dist });
  const cspServer = await startStaticServer({ root: dist, headers: () => ({ 'content-security-policy': CSP }) });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const results = {};
  for (const lib of libs) {
    results[lib] = {};
    for (const c of cases) results[lib][c] = { times: [], heaps: [], nodes: [], tasks: [], errors: [], csp: undefined, axe: undefined };
  }

  /** One fresh load: returns what the page did; `after(page, cdp)` may measure more before the context closes. */
  async function load(url, after, timeout = TIMEOUT) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
      const errors = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${String(e).slice(0, 200)}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text().slice(0, 200)}`));
      page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      await page.addInitScript(initScript);
      await page.goto(url, { waitUntil: 'commit' });
      // As through the pipe: a page that threw (under the strict CSP, say) ends the wait a second later.
      const time = await waitVisible((method, params) => cdp.send(method, params), timeout);
      const extra = time != null && after ? await after(page, cdp) : {};
      const violations = await page.evaluate(() => window.__violations).catch(() => []);
      return { time: time ?? undefined, errors, violations, ...extra };
    } finally {
      await context.close();
    }
  }

  const pipe = driver === 'pipe' ? await launchPipe(chromiumPath(), ARGS) : undefined;

  const total = runs * libs.length * cases.length;
  let done = 0;
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    for (const c of cases) {
      for (const lib of libs) {
        const url = server.url + pages[lib][c].path;
        const r = pipe ? await pipeLoad(pipe, url) : await load(url, (page, cdp) => afterVisible((method, params) => cdp.send(method, params)));
        const slot = results[lib][c];
        if (r.time === undefined) slot.errors.push(`run ${run + 1}: not visible (within ${TIMEOUT / 1000} s, or a second after an uncaught error)`);
        else {
          slot.times.push(r.time);
          slot.heaps.push(r.heap);
          slot.nodes.push(r.nodes);
          if (r.task !== undefined) slot.tasks.push(r.task);
        }
        for (const e of r.errors) if (!slot.errors.includes(e)) slot.errors.push(e);
        done++;
      }
    }
    const elapsed = (performance.now() - started) / 1000;
    log(`  run ${run + 1}/${runs} of every page: ${elapsed.toFixed(0)} s so far, about ${((elapsed / done) * (total - done)).toFixed(0)} s to go`);
  }

  log('  strict CSP and axe, once per page…');
  for (const c of cases) {
    for (const lib of libs) {
      const slot = results[lib][c];
      // Late violations (after the chart is drawn) count too: look for half a second more.
      const csp = await load(cspServer.url + pages[lib][c].path, (page) => page.waitForTimeout(500).then(() => ({})), 10_000);
      slot.csp = { rendered: csp.time !== undefined, time: csp.time, errors: csp.errors, violations: csp.violations };
      const axe = await load(server.url + pages[lib][c].path, async (page) => {
        await page.addScriptTag({ content: axeSource });
        return page.evaluate(async (tags) => {
          const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return { axe: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })) };
        }, AXE_TAGS);
      });
      slot.axe = axe.axe;
      // Console errors and failed requests are seen here (Playwright listens for them; the pipe's loads do not).
      for (const e of axe.errors) if (!slot.errors.includes(e)) slot.errors.push(e);
    }
  }
  await browser.close();
  await pipe?.close();
  await server.close();
  await cspServer.close();
  return { results, chromium: await chromiumVersion() };
}

async function chromiumVersion() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
  const v = browser.version();
  await browser.close();
  return v;
}
