import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the element's content width with a ResizeObserver (never a window listener), so a chart lays itself out
 * for the column it is in. It watches the host until the first render, then the shadow root's wrapper (`.theme`,
 * part `base`): a page's reset (`* { all: revert }`) can make the host inline, and an observer measures an inline
 * box as 0 wide, while the wrapper stays a block as wide as the column. The observer is released when the
 * element leaves the page.
 */
export class ResizeController implements ReactiveController {
  /** The content-box width in CSS pixels, 0 until first measured. */
  width = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
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
    this.watch(this.host.shadowRoot?.querySelector('.theme') ?? this.host);
  }

  hostUpdated(): void {
    const base = this.host.shadowRoot?.querySelector('.theme');
    if (base && base !== this.target) this.watch(base);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = undefined;
    cancelAnimationFrame(this.frame);
  }

  private watch(target: Element): void {
    if (!this.observer) return;
    if (this.target) this.observer.unobserve(this.target);
    this.target = target;
    this.observer.observe(target);
  }
}
