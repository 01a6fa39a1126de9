/** What `dv-select` says about the mark a reader chose: domain ids, never DOM nodes. */
export interface DvSelectDetail {
  /** The row's key: a field id, a year, a place code… */
  readonly key: string;
  /** The dimension the key belongs to. */
  readonly dimension: string | undefined;
  readonly place?: string | undefined;
  readonly field?: string | undefined;
  readonly year?: number | undefined;
  /** The series key, for a part of a stacked or grouped mark. */
  readonly series?: string | undefined;
}

/** The events danvan elements send, by name. */
export interface DvEventMap {
  'dv-select': CustomEvent<DvSelectDetail>;
}

declare global {
  interface HTMLElementEventMap extends DvEventMap {}
  // The events bubble out of shadow roots, so a page can listen on the document.
  interface DocumentEventMap extends DvEventMap {}
}

/**
 * Sends a typed event from an element: bubbling and composed, so a page can listen on `document` and hear
 * elements inside other components' shadow roots.
 */
export function emit<K extends keyof DvEventMap>(
  el: HTMLElement,
  type: K,
  detail: DvEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}
