import { load } from '../shared.js';
import { draw } from './embed.js';

const { labels, values } = await load('many.json');
await draw({
  width: 760,
  height: 400,
  data: { values: labels.map((label, i) => ({ label, value: values[i] })) },
  mark: 'bar',
  encoding: {
    x: { field: 'label', type: 'nominal', sort: null, title: null },
    y: { field: 'value', type: 'quantitative', title: null },
    color: { value: '#0072B2' },
  },
});
