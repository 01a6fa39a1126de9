// Vega-Lite through vega-embed, SVG renderer (as danvan), no action menu. Vega-Lite cannot be tree-shaken: the
// compiler and the whole Vega runtime come along whatever the spec uses. vega-embed's promise settles once the
// view has run and rendered.
import embed from 'vega-embed';
import { chart, visible } from '../shared.js';

export const draw = (spec) =>
  embed(chart(), { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', ...spec }, { renderer: 'svg', actions: false }).then(visible);
