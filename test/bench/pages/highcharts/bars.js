// Highcharts' core ES module (highcharts/esm/highcharts.js), animations off; its load callback says when drawn.
import Highcharts from 'highcharts/esm/highcharts.js';
import { chart, load, visible } from '../shared.js';

const { labels, values } = await load('bars4.json');
Highcharts.chart(
  chart(),
  {
    chart: { type: 'bar', animation: false },
    title: { text: 'Số mô hình theo lĩnh vực' },
    credits: { enabled: false },
    legend: { enabled: false },
    xAxis: { categories: labels },
    yAxis: { title: { text: null } },
    plotOptions: { series: { animation: false, dataLabels: { enabled: true } } },
    series: [{ name: 'Mô hình', data: values, color: '#0072B2' }],
  },
  visible,
);
