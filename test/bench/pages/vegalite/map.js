import { load } from '../shared.js';
import { draw } from './embed.js';

const geo = await load('hex.geojson');
await draw({
  width: 760,
  height: 520,
  data: { values: geo.features },
  projection: { type: 'mercator' },
  mark: { type: 'geoshape', stroke: 'white' },
  encoding: {
    color: { field: 'properties.value', type: 'quantitative', scale: { type: 'quantize', nice: true }, title: 'Mô hình' },
    tooltip: [{ field: 'properties.name', title: 'Xã' }, { field: 'properties.value', title: 'Mô hình' }],
  },
});
