/**
 * A bare Chrome DevTools Protocol client over `--remote-debugging-pipe`, for the benchmark's timed loads.
 *
 * Why not Playwright there: Playwright turns on the Network domain in every page it drives, and with it the renderer
 * keeps a copy of every response body for DevTools (what Network.getResponseBody returns), decoded on the main
 * thread while the page loads: work a reader's browser never does, and more of it for a page that fetches more.
 * With this client a page runs with only the domains the benchmark needs (Performance, Page for the script that
 * watches for the visible mark, and Runtime and HeapProfiler calls after the chart is visible). Playwright still
 * drives the CSP and axe loads, which are not timed.
 *
 * Messages are JSON, each ended by a NUL byte: the browser reads them on file descriptor 3 and writes on 4.
 */
import { spawn } from 'node:child_process';

/**
 * Launches Chromium headless with a DevTools pipe.
 *
 * @example
 * const browser = await launchPipe(chromiumPath(), chromiumArgs);
 * const { product } = await browser.send('Browser.getVersion');
 * await browser.close();
 */
export async function launchPipe(executablePath, args) {
  const child = spawn(executablePath, [...args, '--headless', '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3];
  const fromBrowser = child.stdio[4];
  const pending = new Map();
  let next = 0;
  let buffered = '';
  let exited;
  const gone = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve((exited ??= `Chromium exited (${code ?? signal})`)));
    // A browser that could not start at all (no such file, no permission) emits `error` and never `exit`.
    child.once('error', (e) => resolve((exited ??= `Chromium did not start: ${e.message}`)));
  });
  gone.then((why) => {
    for (const { reject } of pending.values()) reject(new Error(why));
    pending.clear();
  });
  // Writing to a browser that is gone (or never started) fails on the stream; `gone` says why to every caller.
  toBrowser.on('error', () => undefined);
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      // Events (no id) are not listened to: the benchmark asks for what it needs.
      const call = message.id === undefined ? undefined : pending.get(message.id);
      if (!call) continue;
      pending.delete(message.id);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result);
    }
  });

  /** Sends a command, to the browser or (with `sessionId`) to a page attached with `flatten: true`. */
  function send(method, params = {}, sessionId) {
    if (exited) return Promise.reject(new Error(exited));
    return new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params })}\0`);
    });
  }

  async function close() {
    if (exited) return;
    await send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  }

  // The first answer says the pipe is up (and the browser started).
  await send('Browser.getVersion');
  return { send, close };
}
