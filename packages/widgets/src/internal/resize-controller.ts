import type { ReactiveController, ReactiveElement } from 'lit';
import { watchTheme } from './theme-watch.js';

/**
 * Tracks the element's content width with a ResizeObserver (never a window listener), so a chart lays itself out
 * for the column it is in. It watches the shadow root's wrapper (`.theme`, part `base`), not the host: a page's
 * reset (`* { all: revert }`) can make the host inline, and an observer measures an inline box as 0 wide, while
 * the wrapper stays a block as wide as the column. The wrapper is watched from the first render (or, on a
 * server-rendered element, the server's), and again whenever a render replaces it. The observer is released when
 * the element leaves the page.
 *
 * The other thing about its surroundings an element draws for, the page's theme, is watched over the same
 * connection (`watchTheme`).
 */
export class ResizeController implements ReactiveController {
  /** The content-box width in CSS pixels, 0 until first measured. */
  width = 0;

  private readonly host: ReactiveElement;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;
  private frame = 0;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      // Re-rendering changes the element's height. Doing it inside the observer's callback would make the
      // browser report "ResizeObserver loop completed with undelivered notifications"; the next frame is soon
      // enough and quiet.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.target = undefined;
    this.hostUpdated();
    watchTheme(this.host, true);
  }

  hostUpdated(): void {
    const base = this.host.shadowRoot?.querySelector('.theme');
    if (!base || base === this.target || !this.observer) return;
    if (this.target) this.observer.unobserve(this.target);
    this.observer.observe((this.target = base));
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = undefined;
    cancelAnimationFrame(this.frame);
    watchTheme(this.host, false);
  }
}
