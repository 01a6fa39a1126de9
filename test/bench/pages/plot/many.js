import * as Plot from '@observablehq/plot';
import { chart, load, visible } from '../shared.js';

const { labels, values } = await load('many.json');
const data = labels.map((label, i) => ({ label, value: values[i] }));
chart().append(
  Plot.plot({
    width: 800,
    height: 450,
    x: { domain: labels, label: null },
    y: { grid: true, label: null },
    marks: [Plot.barY(data, { x: 'label', y: 'value', fill: '#0072B2' })],
  }),
);
visible();
