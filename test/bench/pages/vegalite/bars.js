import { load } from '../shared.js';
import { draw } from './embed.js';

const { labels, values } = await load('bars4.json');
await draw({
  width: 700,
  data: { values: labels.map((label, i) => ({ label, value: values[i] })) },
  mark: 'bar',
  encoding: {
    y: { field: 'label', type: 'nominal', sort: null, title: null },
    x: { field: 'value', type: 'quantitative', title: 'Mô hình' },
    color: { value: '#0072B2' },
  },
});
