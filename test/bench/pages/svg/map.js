import { chart, load, visible } from '../shared.js';
import { svgEl, svgRoot } from './svg.js';

const geo = await load('hex.geojson');
const W = 800;
let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
for (const f of geo.features) for (const [x, y] of f.geometry.coordinates[0]) {
  x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
}
// Equirectangular at the map's latitude: good enough for a province.
const kx = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
const s = W / ((x1 - x0) * kx);
const H = Math.ceil((y1 - y0) * s);
const values = geo.features.map((f) => f.properties.value);
const lo = Math.min(...values), hi = Math.max(...values);
const svg = svgRoot(W, H, 'Bản đồ');
for (const f of geo.features) {
  const d = 'M' + f.geometry.coordinates[0].map(([x, y]) => `${((x - x0) * kx * s).toFixed(1)},${((y1 - y) * s).toFixed(1)}`).join('L') + 'Z';
  const k = Math.min(4, Math.floor(((f.properties.value - lo) / (hi - lo || 1)) * 5));
  const p = svgEl('path', { d, class: `c${k}` });
  p.append(svgEl('title', {}, `${f.properties.name}: ${f.properties.value}`));
  svg.append(p);
}
chart().append(svg);
visible();
