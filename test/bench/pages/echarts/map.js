// ECharts maps: registerMap with the GeoJSON, a map series, and visualMap for the colour classes.
import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { init, registerMap, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chart, load, visible } from '../shared.js';

use([MapChart, VisualMapComponent, SVGRenderer]);
const geo = await load('hex.geojson');
registerMap('hex', geo);
const values = geo.features.map((f) => f.properties.value);
const c = init(chart(), null, { renderer: 'svg' });
c.on('finished', visible);
c.setOption({
  animation: false,
  visualMap: { type: 'piecewise', splitNumber: 5, min: Math.min(...values), max: Math.max(...values), left: 0, bottom: 0 },
  series: [{ type: 'map', map: 'hex', nameProperty: 'code', data: geo.features.map((f) => ({ name: f.properties.code, value: f.properties.value })) }],
});
