import Highcharts from 'highcharts/esm/highcharts.js';
import { chart, load, visible } from '../shared.js';

const { years, values } = await load('years.json');
Highcharts.chart(
  chart(),
  {
    chart: { type: 'line', animation: false },
    title: { text: 'Số mô hình cộng dồn theo năm' },
    credits: { enabled: false },
    legend: { enabled: false },
    xAxis: { categories: years.map(String) },
    yAxis: { title: { text: null } },
    plotOptions: { series: { animation: false } },
    series: [{ name: 'Mô hình', data: values, color: '#0072B2' }],
  },
  visible,
);
