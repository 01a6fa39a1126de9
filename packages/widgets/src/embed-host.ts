import { embedHeight, PING_MESSAGE } from './embed/embed-message.js';

const FRAMES = 'iframe[data-danvan-embed]';
let listening = false;

function onMessage({ data, source }: MessageEvent): void {
  const height = embedHeight(data);
  // Only a message sent by the window inside one of our iframes resizes that iframe; any other sender is ignored.
  if (height !== undefined && source) {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) if (frame.contentWindow === source) frame.style.height = `${height}px`;
  }
}

/**
 * Sizes every `<iframe data-danvan-embed>` on the page to the height its embed page reports (see
 * `embed/embed-message.ts`). The CDN bundle runs it once the page is parsed; a page that adds such iframes later
 * calls it again (`import { resizeEmbeds } from '…/danvan.min.js'`). The window `message` listener is added once,
 * and only when the page has such an iframe. Each iframe is asked for its height, in case it spoke first.
 *
 * @example
 * // <iframe data-danvan-embed title="…" src="…/embed.html?el=dv-bar-chart&src=…&by=field"></iframe>
 * resizeEmbeds();
 */
export function resizeEmbeds(): void {
  const frames = document.querySelectorAll<HTMLIFrameElement>(FRAMES);
  if (frames.length && !listening) {
    listening = true;
    addEventListener('message', onMessage);
  }
  for (const frame of frames) frame.contentWindow?.postMessage({ type: PING_MESSAGE }, '*');
}
