// A small static file server for the demo and the end-to-end tests: correct content types, no directory
// escapes, optional extra headers per request (the tests add a Content-Security-Policy) and optional routes
// (the tests add failing and hanging endpoints). Listens on 127.0.0.1 only.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Starts a static server.
 * @param {{ root: string, port?: number, headers?: (path: string) => Record<string, string>,
 *   routes?: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, server: import('node:http').Server }>}
 */
export function startStaticServer({ root, port = 0, headers = () => ({}), routes = {} }) {
  const base = resolve(root);
  const sockets = new Set();
  // Node refuses request heads over 16 KB by closing the connection, which a browser may see as a reset rather
  // than a 431: a `src` set to a 10 kB label (the hostile-data tests) must get a plain 404 like any missing file.
  const server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes[url.pathname];
    if (route) return route(req, res);
    let decoded;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape ("/100%.csv") must not throw out of the handler and take the server down.
      return send(res, 400, 'Bad request');
    }
    let path = normalize(join(base, decoded));
    if (path !== base && !path.startsWith(base + sep)) return send(res, 403, 'Forbidden');
    let stat;
    try {
      stat = statSync(path);
      if (stat.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        path = join(path, 'index.html');
        stat = statSync(path);
      }
    } catch {
      return send(res, 404, 'Not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...headers(url.pathname),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(path).pipe(res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      done({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        server,
        close: () =>
          new Promise((closed) => {
            for (const s of sockets) s.destroy();
            server.close(() => closed());
          }),
      });
    });
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
