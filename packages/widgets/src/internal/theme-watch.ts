import type { ReactiveElement } from 'lit';

// The connected elements, and the one observer and one media query that watch the page for them all: watching
// from the first element's connection to the last one's disconnection.
const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
let scheme: MediaQueryList | undefined;
// Named, so that an element holding back a redraw (a map waiting for its boundaries) sees that this one matters.
const redraw = () => hosts.forEach((host) => host.requestUpdate('theme'));

/**
 * Has a connected element (`on`) redraw when the page's theme changes after it drew (see `resolveTheme`): the
 * `class`, `theme` or `data-theme` attribute of `<html>` or `<body>`, or the reader's `prefers-color-scheme`;
 * or no longer (`!on`), when it leaves the page. An element put back on the page redraws at once: the theme (or
 * the language) may have changed while it was away, or be another where it now stands.
 *
 * @example
 * hostConnected() { watchTheme(this.host, true); }
 */
export function watchTheme(host: ReactiveElement, on: boolean): void {
  hosts[on ? 'add' : 'delete'](host);
  if (on) host.requestUpdate();
  observer ??= new MutationObserver(redraw);
  scheme ??= matchMedia('(prefers-color-scheme: dark)');
  observer.disconnect();
  scheme.onchange = hosts.size ? redraw : null;
  if (hosts.size) for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, { attributeFilter: ['class', 'theme', 'data-theme'] });
}
