// Highcharts Maps as a module of the core (highcharts/esm/modules/map.js), joined on the feature's code.
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/map.js';
import { chart, load, visible } from '../shared.js';

const geo = await load('hex.geojson');
Highcharts.mapChart(
  chart(),
  {
    chart: { map: geo, animation: false },
    title: { text: 'Bản đồ' },
    credits: { enabled: false },
    mapNavigation: { enabled: false },
    colorAxis: { tickPixelInterval: 100 },
    plotOptions: { series: { animation: false } },
    series: [{ name: 'Mô hình', joinBy: 'code', keys: ['code', 'value'], data: geo.features.map((f) => [f.properties.code, f.properties.value]) }],
  },
  visible,
);
