import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chart, load, visible } from '../shared.js';

use([LineChart, GridComponent, SVGRenderer]);
const { years, values } = await load('years.json');
const c = init(chart(), null, { renderer: 'svg' });
c.on('finished', visible);
c.setOption({
  animation: false,
  xAxis: { type: 'category', data: years.map(String) },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: values, itemStyle: { color: '#0072B2' } }],
});
