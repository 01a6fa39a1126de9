import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { chart, load } from '../shared.js';
import { base, drawn } from './common.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);
const { years, values } = await load('years.json');
const canvas = document.createElement('canvas');
canvas.setAttribute('role', 'img');
canvas.setAttribute('aria-label', 'Số mô hình cộng dồn theo năm');
chart().append(canvas);
new Chart(canvas, {
  type: 'line',
  data: { labels: years.map(String), datasets: [{ label: 'Mô hình', data: values, borderColor: '#0072B2', backgroundColor: '#0072B2' }] },
  options: base,
  plugins: [drawn],
});
