// The benchmark's timed loads (npm run bench) go through a bare DevTools pipe rather than Playwright. The benchmark
// is not part of npm test, so its driver is checked here, against real Chromium and a real server: a load reports the
// visible mark and what is read after it, each load has a browser context of its own, a page that throws ends the
// wait early with its error, the Network domain (what the pipe exists to leave off) is never turned on, and a browser
// that cannot start is an error at once rather than a wait.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPipe, type Pipe } from '../../scripts/cdp-pipe.mjs';
import { pipeLoad } from '../../scripts/bench-browser.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { serve, type Served } from './servers.js';

const html = (body: string) => (_req: unknown, res: { writeHead(s: number, h: object): void; end(b: string): void }) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><body>${body}</body></html>`);
};

// A page that fetches a JSON file, draws three elements from it, then marks the frame after as visible, as the
// benchmark's pages do.
const DRAWS = `<main></main><script type="module">
const rows = await (await fetch('/rows.json')).json();
for (const r of rows) document.querySelector('main').append(Object.assign(document.createElement('p'), { textContent: r }));
requestAnimationFrame(() => performance.mark('visible'));
</script>`;

let server: Served;
let pipe: Pipe;
const requests: string[] = [];

beforeAll(async () => {
  server = await serve({
    routes: {
      '/draws.html': html(DRAWS),
      '/throws.html': html('<script type="module">throw new Error("no chart today")</script>'),
      '/rows.json': (req: { url: string }, res: { writeHead(s: number, h: object): void; end(b: string): void }) => {
        requests.push(req.url);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(['a', 'b', 'c']));
      },
    },
  });
  pipe = await launchPipe(chromiumPath(), chromiumArgs);
});

afterAll(async () => {
  await pipe?.close();
  await server?.close();
});

describe('the benchmark driver (scripts/cdp-pipe.mjs, pipeLoad)', () => {
  it('times a fresh load to its visible mark and reads the page after it', async () => {
    const r = await pipeLoad(pipe, `${server.url}/draws.html`, 10_000);
    expect(r.errors).toEqual([]);
    expect(r.time).toBeGreaterThan(0);
    expect(r.time).toBeLessThan(10_000);
    // html, head, body, main, two scripts (the page's and none other) and three paragraphs.
    expect(r.nodes).toBe(8);
    expect(r.heap).toBeGreaterThan(100_000);
    expect(r.task).toBeGreaterThan(0);
    expect(requests).toHaveLength(1);
  });

  it('gives each load a new browser context: nothing is left from the one before', async () => {
    type Targets = { targetInfos: { type: string }[] };
    const before = await pipe.send<Targets>('Target.getTargets');
    await pipeLoad(pipe, `${server.url}/draws.html`, 10_000);
    const after = await pipe.send<Targets>('Target.getTargets');
    expect(after.targetInfos.filter((t) => t.type === 'page')).toHaveLength(before.targetInfos.filter((t) => t.type === 'page').length);
    expect(requests).toHaveLength(2);
  });

  it('stops waiting soon after a page throws, and says what it threw', async () => {
    const started = performance.now();
    const r = await pipeLoad(pipe, `${server.url}/throws.html`, 20_000);
    expect(r.time).toBeUndefined();
    expect(r.errors).toEqual([expect.stringContaining('no chart today')]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('never turns on the Network domain, which is what it is for', async () => {
    const sent: string[] = [];
    const recording: Pick<Pipe, 'send'> = { send: (method, params, sessionId) => (sent.push(method), pipe.send(method, params, sessionId)) };
    const r = await pipeLoad(recording, `${server.url}/draws.html`, 10_000);
    expect(r.time).toBeGreaterThan(0);
    expect(sent).toContain('Page.navigate');
    expect(sent.filter((m) => m.startsWith('Network.'))).toEqual([]);
  });

  it('fails at once, saying so, when the browser cannot start or quits', async () => {
    await expect(launchPipe('/nonexistent/chromium', [])).rejects.toThrow(/did not start/);
    await expect(launchPipe('/bin/false', [])).rejects.toThrow(/exited/);
  });
});
