// Shared by every benchmark page (bundled into each page script; a few hundred bytes): loading the case's data as
// plain arrays and saying when the chart is visible. "Visible" = the library has said its final marks are drawn
// (its render promise, callback or event), then the next animation frame: `performance.mark('visible')`, whose
// startTime counts from navigation start.
let done = false;

/** The case's data file, fetched from the benchmark server like danvan's `src`. */
export const load = (name) => fetch(`../data/${name}`).then((r) => r.json());

/** The chart's container. */
export const chart = () => document.getElementById('chart');

/** Marks the chart visible in the frame after the library finished drawing (once). */
export function visible() {
  if (done) return;
  done = true;
  requestAnimationFrame(() => performance.mark('visible'));
}
