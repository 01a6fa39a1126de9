// Not part of danvan: the benchmark's watcher for danvan pages (its bytes are not counted). danvan has no "drawn"
// event, so a MutationObserver on the element's shadow root counts its `.mark` elements after every change; when
// all the case's marks are in the DOM it marks the page visible in the next animation frame, as the peers' pages
// do after their libraries' render callbacks.
import { chart, visible } from '../shared.js';

const el = chart();
const expected = Number(el.dataset.marks);
const drawn = () => (el.shadowRoot?.querySelectorAll('.mark').length ?? 0) >= expected;
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
