import { chart, load, visible } from '../shared.js';
import { fmt, svgEl, svgRoot } from './svg.js';

const { years, values } = await load('years.json');
const W = 800, H = 360, L = 60, R = 20, T = 20, B = 30;
const max = Math.max(...values);
const x = (i) => L + ((W - L - R) * i) / (years.length - 1);
const y = (v) => H - B - ((H - T - B) * v) / max;
const svg = svgRoot(W, H, 'Số mô hình cộng dồn theo năm');
for (let k = 0; k <= 4; k++) {
  const v = (max * k) / 4;
  svg.append(svgEl('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }));
  svg.append(svgEl('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, fmt(Math.round(v))));
}
svg.append(svgEl('polyline', { points: values.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: 'line' }));
values.forEach((v, i) => {
  svg.append(svgEl('circle', { cx: x(i), cy: y(v), r: 3, class: 'dot' }));
  svg.append(svgEl('text', { x: x(i), y: H - 8, 'text-anchor': 'middle', class: 'tick' }, years[i]));
});
chart().append(svg);
visible();
