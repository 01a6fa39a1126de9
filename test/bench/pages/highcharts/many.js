import Highcharts from 'highcharts/esm/highcharts.js';
import { chart, load, visible } from '../shared.js';

const { labels, values } = await load('many.json');
Highcharts.chart(
  chart(),
  {
    chart: { type: 'column', animation: false },
    title: { text: `${values.length} cột` },
    credits: { enabled: false },
    legend: { enabled: false },
    xAxis: { categories: labels },
    yAxis: { title: { text: null } },
    plotOptions: { series: { animation: false } },
    series: [{ name: 'Giá trị', data: values, color: '#0072B2' }],
  },
  visible,
);
