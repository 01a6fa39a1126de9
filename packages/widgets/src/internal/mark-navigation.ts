import type { ReactiveController, ReactiveElement } from 'lit';
import type { Mark } from './mark.js';

/** What `MarkNavigation` needs from its element. */
export interface NavigableHost extends ReactiveElement {
  /** The marks in keyboard order. */
  marks(): readonly Mark[];
  /** Called when the reader chooses a mark (Enter, Space, click, tap). */
  choose(index: number): void;
  /**
   * Where an arrow key leads from mark `index`, for charts laid out in two dimensions (a map): the index of the
   * mark in that direction, or `index` itself to stay. Without it, arrows step through the marks in order.
   */
  markToward?(index: number, direction: ArrowDirection): number;
}

/** The direction of an arrow key. */
export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

/**
 * Keyboard and pointer access to a chart's marks, the WAI-ARIA roving-tabindex way: the chart is one tab stop;
 * arrow keys (in order, or through space when the host says where each leads), Home and End move between marks;
 * Enter or Space chooses; Escape closes the tooltip. Focus, hover and tap open the tooltip of the mark under them.
 * Listeners live on the chart's own elements (bound in the template), never on the window or document.
 */
export class MarkNavigation implements ReactiveController {
  /** Index of the mark holding the tab stop; -1 before the reader has reached one. */
  active = -1;
  /** Whether the active mark's tooltip is showing. */
  open = false;

  private readonly host: NavigableHost;

  constructor(host: NavigableHost) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    this.place();
  }

  /** `tabindex` for mark `index`: 0 for the one tab stop, -1 for the rest. */
  tabIndex(index: number): number {
    return index === Math.max(this.active, 0) ? 0 : -1;
  }

  /** Forget a mark index that no longer exists (the data changed). */
  clamp(count: number): void {
    if (this.active >= count) {
      this.active = -1;
      this.open = false;
    }
  }

  /** Hover or tap on mark `index`. */
  point(index: number): void {
    this.active = index;
    this.open = true;
    this.host.requestUpdate();
  }

  readonly keydown = (e: KeyboardEvent): void => {
    const count = this.host.marks().length;
    if (count === 0) return;
    const i = Math.max(this.active, 0);
    const key = e.key;
    // "ArrowUp" → "up": where the host says it leads, else a step back (up, left) or on (down, right).
    const arrow = key.startsWith('Arrow') ? (key.slice(5).toLowerCase() as ArrowDirection) : undefined;
    const to = arrow
      ? (this.host.markToward?.(i, arrow) ?? (arrow === 'down' || arrow === 'right' ? i + 1 : i - 1))
      : key === 'Home'
        ? 0
        : key === 'End'
          ? count - 1
          : undefined;
    if (to !== undefined) {
      e.preventDefault();
      this.focus(Math.min(Math.max(to, 0), count - 1));
    } else if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      this.host.choose(i);
    } else if (key === 'Escape' && this.open) {
      e.stopPropagation();
      this.close();
    }
  };

  readonly focusin = (e: FocusEvent): void => {
    // Only marks carry a `data-index`, a whole number from 0.
    const index = (e.target as Element).getAttribute?.('data-index');
    if (index) this.point(Number(index));
  };

  readonly focusout = (): void => this.close();

  readonly pointerleave = (): void => {
    if (!this.host.shadowRoot?.activeElement) this.close();
  };

  private close(): void {
    this.open = false;
    this.host.requestUpdate();
  }

  private focus(index: number): void {
    this.point(index);
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<SVGElement | HTMLElement>(`[data-index="${index}"]`)?.focus();
    });
  }

  /** Puts the tooltip beside the active mark, through the CSSOM (a strict CSP forbids style attributes). */
  private place(): void {
    const tip = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tip || tip.hidden) return;
    const mark = this.host.marks()[this.active];
    if (!mark) return;
    const svg = tip.parentElement?.querySelector('svg');
    const scale = svg ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || 1) : 1;
    const box = tip.getBoundingClientRect();
    const room = tip.parentElement?.getBoundingClientRect().width ?? box.width;
    const x = Math.max(0, Math.min(mark.x * scale - box.width / 2, room - box.width));
    const above = mark.y * scale - box.height - 8;
    const y = above >= 0 ? above : mark.y * scale + 28;
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
