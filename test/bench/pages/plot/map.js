import * as Plot from '@observablehq/plot';
import { chart, load, visible } from '../shared.js';

const geo = await load('hex.geojson');
chart().append(
  Plot.plot({
    width: 800,
    projection: { type: 'mercator', domain: geo },
    color: { type: 'quantize', n: 5, scheme: 'blues', legend: true, label: 'Mô hình' },
    marks: [Plot.geo(geo, { fill: (f) => f.properties.value, stroke: 'white', title: (f) => `${f.properties.name}: ${f.properties.value}` })],
  }),
);
visible();
