import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { chart, load } from '../shared.js';
import { base, drawn } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
const { labels, values } = await load('bars4.json');
const canvas = document.createElement('canvas');
canvas.setAttribute('role', 'img');
canvas.setAttribute('aria-label', 'Số mô hình theo lĩnh vực');
chart().append(canvas);
new Chart(canvas, {
  type: 'bar',
  data: { labels, datasets: [{ label: 'Mô hình', data: values, backgroundColor: '#0072B2' }] },
  options: { ...base, indexAxis: 'y' },
  plugins: [drawn],
});
