import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import haTinh from '@danvan/core/data/ha-tinh.json';
import '@danvan/widgets/waffle/waffle.define.js';

interface Args {
  lang: 'vi' | 'en';
  by: string;
  heading: string;
  status: string;
  src: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Waffle',
  component: 'dv-waffle',
  args: { lang: 'vi', by: 'field', heading: '', status: '', src: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    by: { control: 'select', options: ['field', 'status', 'host', 'level', 'district'] },
    status: { control: 'select', options: ['', 'registered', 'active', 'commended', 'replicated', 'discontinued'] },
  },
  render: ({ lang, by, heading, status, src }) =>
    src
      ? html`<dv-waffle lang=${lang} by=${by} heading=${heading || undefined} status=${status || undefined} src=${src}></dv-waffle>`
      : html`<dv-waffle lang=${lang} by=${by} heading=${heading || undefined} status=${status || undefined} .data=${haTinh}></dv-waffle>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The province's models by field as shares of the published "more than 19,300", in Vietnamese. */
export const Vietnamese: Story = {};

/** The same waffle in English. */
export const English: Story = { args: { lang: 'en' } };

/** Inside a page section that asks for the dark theme. */
export const Dark: Story = {
  render: ({ lang }) => html`<div data-theme="dark"><dv-waffle lang=${lang} .data=${haTinh}></dv-waffle></div>`,
};

/** A filter that matches nothing: the empty state, in the reserved space. */
export const Empty: Story = { args: { status: 'discontinued' } };

/** A data address that does not exist: the error state with a retry. */
export const ErrorState: Story = { name: 'Error', args: { src: './does-not-exist.json' } };
