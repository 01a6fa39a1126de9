import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chart, load, visible } from '../shared.js';

use([BarChart, GridComponent, SVGRenderer]);
const { labels, values } = await load('many.json');
const c = init(chart(), null, { renderer: 'svg' });
c.on('finished', visible);
c.setOption({
  animation: false,
  xAxis: { type: 'category', data: labels },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: values, itemStyle: { color: '#0072B2' } }],
});
