import { chart, load, visible } from '../shared.js';
import { fmt, svgEl, svgRoot } from './svg.js';

const { labels, values } = await load('bars4.json');
const W = 800, ROW = 56, H = labels.length * ROW;
const max = Math.max(...values);
const svg = svgRoot(W, H, 'Số mô hình theo lĩnh vực');
labels.forEach((label, i) => {
  const y = i * ROW;
  const w = ((W - 90) * values[i]) / max;
  svg.append(svgEl('text', { x: 0, y: y + 16, class: 'label' }, label));
  svg.append(svgEl('rect', { x: 0, y: y + 22, width: w, height: 24, class: 'bar' }));
  svg.append(svgEl('text', { x: w + 6, y: y + 40, class: 'value' }, fmt(values[i])));
});
chart().append(svg);
visible();
