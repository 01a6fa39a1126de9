import { load } from '../shared.js';
import { draw } from './embed.js';

const { years, values } = await load('years.json');
await draw({
  width: 700,
  height: 320,
  data: { values: years.map((year, i) => ({ year: String(year), value: values[i] })) },
  mark: { type: 'line', point: true, color: '#0072B2' },
  encoding: {
    x: { field: 'year', type: 'ordinal', title: null },
    y: { field: 'value', type: 'quantitative', title: 'Mô hình' },
  },
});
