// Observable Plot's ES module; Plot.plot draws synchronously and returns the SVG (or figure).
import * as Plot from '@observablehq/plot';
import { chart, load, visible } from '../shared.js';

const { labels, values } = await load('bars4.json');
const data = labels.map((label, i) => ({ label, value: values[i] }));
chart().append(
  Plot.plot({
    width: 800,
    marginLeft: 150,
    x: { grid: true, label: 'Mô hình' },
    y: { domain: labels, label: null },
    marks: [Plot.barX(data, { x: 'value', y: 'label', fill: '#0072B2' }), Plot.text(data, { x: 'value', y: 'label', text: 'value', dx: 4, textAnchor: 'start' }), Plot.ruleX([0])],
  }),
);
visible();
