/**
 * Registers an element unless its tag is taken: the CDN script may load twice on a page, or beside an npm build,
 * and a second `customElements.define` would throw and break the page.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
