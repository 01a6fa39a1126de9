// `@danvan/widgets/ssr`: server rendering for Node. Renders danvan elements to declarative shadow DOM with their
// data, so pages show charts, source lines and data tables without JavaScript, in feeds and in print, and the
// client upgrades them in place. Not part of the CDN bundle; it keeps `lit` and `@lit-labs/ssr` as imports.
export { DV_TAGS, renderElement, renderElementSync, type AttributeValue, type DvTag, type RenderElementOptions } from './ssr/render-element.js';
export { renderPage, type RenderPageOptions } from './ssr/render-page.js';
