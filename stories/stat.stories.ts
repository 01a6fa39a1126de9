import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import haTinh from '@danvan/core/data/ha-tinh.json';
import '@danvan/widgets/stat/stat.define.js';
// Forty hand-made models from 2013 to 2023, for the yearly sparkline and period comparisons.
import byYear from '../test/fixtures/models-by-year.json';

interface Args {
  lang: 'vi' | 'en';
  field: string;
  compare: string;
  sparkline: boolean;
  heading: string;
  src: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Stat',
  component: 'dv-stat',
  args: { lang: 'vi', field: '', compare: '', sparkline: false, heading: '', src: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    field: { control: 'select', options: ['', 'economic', 'culture-society', 'defense-security', 'party-building'] },
    compare: { control: 'select', options: ['', 'share', 'period'] },
  },
  render: ({ lang, field, compare, sparkline, heading, src }) =>
    src
      ? html`<dv-stat lang=${lang} src=${src}></dv-stat>`
      : html`<dv-stat
          lang=${lang}
          field=${field || nothing}
          compare=${compare || nothing}
          ?sparkline=${sparkline}
          heading=${heading || nothing}
          .data=${haTinh}
        ></dv-stat>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The province's published total, "hơn 19.300 mô hình". */
export const Vietnamese: Story = {};

/** The same figure in English: "more than 19,300 models". */
export const English: Story = { args: { lang: 'en' } };

/** One field and its share of all models: "gần 8.000 mô hình", "khoảng 41,5% trong tổng số hơn 19.300 mô hình". */
export const Share: Story = { args: { field: 'economic', compare: 'share' } };

/** One year against the year before, with the direction said only when the hedges allow it. */
export const Period: Story = {
  render: ({ lang }) =>
    html`<dv-stat lang=${lang} from="2023" to="2023" compare="period" heading=${lang === 'en' ? 'Models started in 2023' : 'Mô hình bắt đầu năm 2023'} .data=${byYear}></dv-stat>`,
};

/** A decorative sparkline of the yearly figures beside the number; the summary sentence says the trend. */
export const Sparkline: Story = {
  render: ({ lang }) => html`<dv-stat lang=${lang} field="economic" compare="share" sparkline .data=${byYear}></dv-stat>`,
};

/** Inside a page section that asks for the dark theme. */
export const Dark: Story = {
  render: ({ lang }) =>
    html`<div data-theme="dark"><dv-stat lang=${lang} field="economic" compare="share" sparkline .data=${byYear}></dv-stat></div>`,
};

/**
 * The loading message shows while `src` is fetched. A static Storybook serves no data file, so here it ends in
 * the error state.
 */
export const Loading: Story = { args: { src: './ha-tinh.json' } };

/** A filter that matches nothing (no model from 2030): the empty state. */
export const Empty: Story = {
  render: ({ lang }) => html`<dv-stat lang=${lang} from="2030" .data=${byYear}></dv-stat>`,
};

/** A data address that does not exist: the error state with a retry. */
export const ErrorState: Story = { name: 'Error', args: { src: './does-not-exist.json' } };

/** The generated, illustrative dataset (19,382 models), with its yearly trend; loaded only for this story. */
export const Synthetic: Story = {
  loaders: [async () => ({ synthetic: (await import('@danvan/core/data/ha-tinh-synthetic.json')).default })],
  render: ({ lang }, { loaded }) =>
    html`<dv-stat lang=${lang} field="culture-society" compare="share" sparkline .data=${loaded.synthetic}></dv-stat>`,
};
