/**
 * The element and its ancestors, nearest first, crossing shadow roots: an element inside another component's
 * shadow DOM follows the page that component is in.
 */
export function* upThePage(el: Element): Generator<Element> {
  for (let node: Element | null = el; node; ) {
    yield node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
}
