import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import haTinh from '@danvan/core/data/ha-tinh.json';
import '@danvan/widgets/bar-chart/bar-chart.define.js';

interface Args {
  lang: 'vi' | 'en';
  by: string;
  heading: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Bar chart',
  component: 'dv-bar-chart',
  args: { lang: 'vi', by: 'field', heading: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    by: { control: 'select', options: ['field', 'year', 'district', 'status', 'host', 'level'] },
  },
  render: ({ lang, by, heading }) =>
    html`<dv-bar-chart lang=${lang} by=${by} heading=${heading || undefined} .data=${haTinh}></dv-bar-chart>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The province's models by field, as the article reports them, in Vietnamese. */
export const Vietnamese: Story = {};

/** The same chart in English. */
export const English: Story = { args: { lang: 'en' } };
