import * as Plot from '@observablehq/plot';
import { chart, load, visible } from '../shared.js';

const { years, values } = await load('years.json');
const data = years.map((year, i) => ({ year, value: values[i] }));
chart().append(
  Plot.plot({
    width: 800,
    height: 360,
    x: { tickFormat: 'd', label: null },
    y: { grid: true, label: 'Mô hình' },
    marks: [Plot.lineY(data, { x: 'year', y: 'value', stroke: '#0072B2' }), Plot.dot(data, { x: 'year', y: 'value', fill: '#0072B2' })],
  }),
);
visible();
