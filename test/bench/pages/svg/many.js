import { chart, load, visible } from '../shared.js';
import { svgEl, svgRoot } from './svg.js';

const { values } = await load('many.json');
const W = 800, H = 450;
const max = Math.max(...values);
const step = W / values.length;
const svg = svgRoot(W, H, `${values.length} cột`);
values.forEach((v, i) => {
  const h = (H * v) / max;
  svg.append(svgEl('rect', { x: i * step, y: H - h, width: step * 0.8, height: h, class: 'bar' }));
});
chart().append(svg);
visible();
