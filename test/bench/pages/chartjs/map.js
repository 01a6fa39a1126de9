// Chart.js has no maps of its own: chartjs-chart-geo (a maintained plugin, built on d3-geo) adds them.
import { Chart } from 'chart.js';
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale } from 'chartjs-chart-geo';
import { chart, load } from '../shared.js';
import { base, drawn } from './common.js';

Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);
const geo = await load('hex.geojson');
const canvas = document.createElement('canvas');
canvas.setAttribute('role', 'img');
canvas.setAttribute('aria-label', 'Bản đồ');
chart().append(canvas);
new Chart(canvas, {
  type: 'choropleth',
  data: {
    labels: geo.features.map((f) => f.properties.name),
    datasets: [{ label: 'Mô hình', outline: geo.features, data: geo.features.map((f) => ({ feature: f, value: f.properties.value })) }],
  },
  options: {
    ...base,
    scales: { projection: { axis: 'x', projection: 'mercator' }, color: { axis: 'x', quantize: 5 } },
  },
  plugins: [drawn],
});
