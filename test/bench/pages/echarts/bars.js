// ECharts tree-shaken as its docs show: echarts/core plus the chart, components and renderer used (SVG, as danvan).
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chart, load, visible } from '../shared.js';

use([BarChart, GridComponent, SVGRenderer]);
const { labels, values } = await load('bars4.json');
const c = init(chart(), null, { renderer: 'svg' });
c.on('finished', visible);
c.setOption({
  animation: false,
  grid: { containLabel: true, left: 10, right: 30 },
  yAxis: { type: 'category', data: labels, inverse: true },
  xAxis: { type: 'value' },
  series: [{ type: 'bar', data: values, itemStyle: { color: '#0072B2' }, label: { show: true, position: 'right' } }],
});
