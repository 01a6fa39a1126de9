import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import haTinh from '@danvan/core/data/ha-tinh.json';
import '@danvan/widgets/line-chart/line-chart.define.js';
// Forty hand-made models from 2013 to 2023 (the published dataset has no yearly figures to draw).
import byYear from '../test/fixtures/models-by-year.json';

interface Args {
  lang: 'vi' | 'en';
  series: string;
  cumulative: boolean;
  field: string;
  heading: string;
  src: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Line chart',
  component: 'dv-line-chart',
  args: { lang: 'vi', series: '', cumulative: false, field: '', heading: '', src: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    series: { control: 'select', options: ['', 'field', 'status', 'level'] },
    field: { control: 'select', options: ['', 'economic', 'culture-society', 'defense-security', 'party-building'] },
  },
  render: ({ lang, series, cumulative, field, heading, src }) =>
    src
      ? html`<dv-line-chart lang=${lang} series=${series || nothing} src=${src}></dv-line-chart>`
      : html`<dv-line-chart
          lang=${lang}
          series=${series || nothing}
          field=${field || nothing}
          ?cumulative=${cumulative}
          heading=${heading || nothing}
          .data=${byYear}
        ></dv-line-chart>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Models started each year, in Vietnamese. */
export const Vietnamese: Story = {};

/** The same chart in English. */
export const English: Story = { args: { lang: 'en' } };

/** One line per field, told apart by colour, dash and point shape, each named at its end. */
export const ByField: Story = { args: { series: 'field' } };

/** Running totals per field. */
export const Cumulative: Story = { args: { series: 'field', cumulative: true } };

/** Inside a page section that asks for the dark theme. */
export const Dark: Story = {
  render: ({ lang }) =>
    html`<div data-theme="dark"><dv-line-chart lang=${lang} series="field" .data=${byYear}></dv-line-chart></div>`,
};

/**
 * The loading message, in the space the chart will take, shows while `src` is fetched. A static Storybook
 * serves no data file, so here it ends in the error state.
 */
export const Loading: Story = { args: { src: './models-by-year.json' } };

/** A filter that matches nothing (no yearly figures in the published dataset for one field): the empty state. */
export const Empty: Story = {
  render: ({ lang }) => html`<dv-line-chart lang=${lang} field="economic" .data=${haTinh}></dv-line-chart>`,
};

/** A data address that does not exist: the error state with a retry. */
export const ErrorState: Story = { name: 'Error', args: { src: './does-not-exist.json' } };

/** The generated, illustrative dataset (19,382 models): one line per field, loaded only for this story. */
export const Synthetic: Story = {
  loaders: [async () => ({ synthetic: (await import('@danvan/core/data/ha-tinh-synthetic.json')).default })],
  render: ({ lang }, { loaded }) =>
    html`<dv-line-chart lang=${lang} series="field" .data=${loaded.synthetic}></dv-line-chart>`,
};
