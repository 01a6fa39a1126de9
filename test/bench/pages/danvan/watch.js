// Not part of danvan: the benchmark's watcher for danvan pages (its bytes are not counted). danvan has no "drawn"
// event, so a MutationObserver on the element's shadow root counts the marks it has drawn after every change; when
// all the case's marks are in the DOM it marks the page visible in the next animation frame, as the peers' pages
// do after their libraries' render callbacks. A mark is a `.mark` element, or one column of the path in which a
// bar chart paints a big result's columns at first (`path.bar`, one `M…z` outline a column: see Rects).
import { chart, visible } from '../shared.js';

const el = chart();
const expected = Number(el.dataset.marks);
const drawn = () => {
  const root = el.shadowRoot;
  if (!root) return false;
  let count = root.querySelectorAll('.mark').length;
  for (const path of root.querySelectorAll('path.bar')) count += path.getAttribute('d').split('M').length - 1;
  return count >= expected;
};
const watch = () => {
  if (drawn()) return visible();
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    visible();
  });
  observer.observe(el.shadowRoot, { childList: true, subtree: true });
};
customElements.whenDefined(el.localName).then(() => {
  if (el.shadowRoot) watch();
  else queueMicrotask(watch);
});
