import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the element's content width with a ResizeObserver on the element itself (never a window listener), so
 * a chart lays itself out for the column it is in. The observer is released when the element leaves the page.
 */
export class ResizeController implements ReactiveController {
  /** The content-box width in CSS pixels, 0 until first measured. */
  width = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      // Re-rendering changes the element's height. Doing it inside the observer's callback would make the
      // browser report "ResizeObserver loop completed with undelivered notifications"; the next frame is soon
      // enough and quiet.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
