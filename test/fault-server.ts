import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

const haTinh = readFileSync(fileURLToPath(new URL('../packages/core/data/ha-tinh.json', import.meta.url)));
// A real 1×1 PNG: what a misconfigured CMS serves at a data URL, or what an author links by mistake.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const cors = { 'access-control-allow-origin': '*' };

/**
 * Endpoints that fail the way real data servers fail, for the widgets' error states: each answers on
 * 127.0.0.1 with CORS allowed (the tests' page is on another port), except `/no-cors`.
 */
export const FAULTS: Record<string, Handler> = {
  '/ok.json': (_, res) => {
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    res.end(haTinh);
  },
  '/missing.json': (_, res) => {
    res.writeHead(404, { ...cors, 'content-type': 'text/plain' });
    res.end('not found');
  },
  '/broken.json': (_, res) => {
    res.writeHead(500, { ...cors, 'content-type': 'text/plain' });
    res.end('internal error');
  },
  '/login.json': (_, res) => {
    // A CMS that answers every URL with its login page, status 200.
    res.writeHead(200, { ...cors, 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><body><form>Đăng nhập</form></body></html>');
  },
  '/truncated.json': (_, res) => {
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    res.end(haTinh.subarray(0, 300));
  },
  '/invalid.json': (_, res) => {
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    res.end(JSON.stringify({ version: 1, title: 'x', sources: [], statistics: [{ subject: 'models', value: 'nhiều', place: '42', period: {}, source: 's' }] }));
  },
  '/hang.json': (_, res) => {
    // Headers, then nothing: the body never arrives.
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    res.write('{"version":1,');
  },
  '/huge.json': (_, res) => {
    // No Content-Length, and more bytes than any dataset should be: the limit must be counted while streaming.
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    const chunk = Buffer.alloc(1 << 20, 32);
    let sent = 0;
    const pump = () => {
      while (sent < 64 && res.write(chunk)) sent++;
      if (sent < 64) res.once('drain', pump);
      else res.end();
    };
    res.write('[');
    pump();
  },
  '/huge-declared.json': (_, res) => {
    res.writeHead(200, { ...cors, 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) });
    res.write('{');
  },
  '/no-cors.json': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(haTinh);
  },
  '/trickle.json': (_, res) => {
    // Headers at once, then the body a few bytes at a time: each read makes progress, the whole never arrives in time.
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    let sent = 0;
    const drip = setInterval(() => {
      if (sent >= haTinh.length) return void (clearInterval(drip), res.end());
      res.write(haTinh.subarray(sent, (sent += 16)));
    }, 50);
    res.on('close', () => clearInterval(drip));
  },
  '/text-plain.json': (_, res) => {
    // JSON served as text/plain (a static host that does not know .json): the content decides.
    res.writeHead(200, { ...cors, 'content-type': 'text/plain; charset=utf-8' });
    res.end(haTinh);
  },
  '/image.png': (_, res) => {
    res.writeHead(200, { ...cors, 'content-type': 'image/png' });
    res.end(PNG);
  },
  '/png-as-json.json': (_, res) => {
    // Image bytes under a data URL and a generic type: only the content shows what they are.
    res.writeHead(200, { ...cors, 'content-type': 'application/octet-stream' });
    res.end(PNG);
  },
};

/**
 * Redirects to the other fault server (another origin: another port), as a CDN or a moved file does. The target
 * keeps the query string, so each test sees its own requests there.
 */
const REDIRECTS: Record<string, string> = {
  // The target allows CORS: the chart loads.
  '/redirect-away.json': '/ok.json',
  // The target does not: the browser refuses the response, a network error.
  '/redirect-away-no-cors.json': '/no-cors.json',
};

/** Options for `startFaultServer`. */
export interface FaultServerOptions {
  /** Base URL of another fault server, the target of the cross-origin redirects. */
  readonly elsewhere?: string;
}

/** What the server saw, per path and query: requests received, and requests the client abandoned. */
const seen = new Map<string, { requests: number; aborted: number; cookies: number }>();

/**
 * Starts the fault server on 127.0.0.1 and a free port. `/stats` answers what it has seen so far (every fault
 * server of the process shares its counts, so a redirect's target shows in either's `/stats`).
 */
export function startFaultServer(options: FaultServerOptions = {}): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/stats') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' });
      return res.end(JSON.stringify(Object.fromEntries(seen)));
    }
    const key = `${url.pathname}${url.search}`;
    const entry = seen.get(key) ?? { requests: 0, aborted: 0, cookies: 0 };
    seen.set(key, entry);
    entry.requests++;
    if (req.headers.cookie) entry.cookies++;
    res.on('close', () => {
      if (!res.writableFinished) entry.aborted++;
    });
    // `/flaky.json` fails on the first request for each query string, then works: for the retry button.
    if (url.pathname === '/flaky.json') return (entry.requests === 1 ? FAULTS['/broken.json']! : FAULTS['/ok.json']!)(req, res);
    const target = REDIRECTS[url.pathname];
    if (target && options.elsewhere) {
      res.writeHead(301, { ...cors, location: `${options.elsewhere}${target}${url.search}` });
      return res.end();
    }
    const handler = FAULTS[url.pathname];
    if (handler) return handler(req, res);
    res.writeHead(404, cors);
    res.end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, server });
    }),
  );
}
