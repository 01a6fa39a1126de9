import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import haTinh from '@danvan/core/data/ha-tinh.json';
import '@danvan/widgets/table/table.define.js';

interface Args {
  lang: 'vi' | 'en';
  by: string;
  heading: string;
  status: string;
  sort: string;
  selectable: boolean;
  src: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Table',
  component: 'dv-table',
  args: { lang: 'vi', by: 'field', heading: '', status: '', sort: '', selectable: false, src: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    by: { control: 'select', options: ['field', 'year', 'district', 'status', 'host', 'level'] },
    status: { control: 'select', options: ['', 'registered', 'active', 'commended', 'replicated', 'discontinued'] },
    sort: { control: 'select', options: ['', 'natural', 'value', 'label'] },
  },
  render: ({ lang, by, heading, status, sort, selectable, src }) =>
    src
      ? html`<dv-table lang=${lang} by=${by} heading=${heading || undefined} src=${src}></dv-table>`
      : html`<dv-table
          lang=${lang}
          by=${by}
          heading=${heading || undefined}
          status=${status || undefined}
          sort=${sort || undefined}
          ?selectable=${selectable}
          .data=${haTinh}
        ></dv-table>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The province's models by field with hedges, shares and the published total, in Vietnamese. */
export const Vietnamese: Story = {};

/** The same table in English. */
export const English: Story = { args: { lang: 'en' } };

/** Sorted by figure, largest first, with row labels that send `dv-select`. */
export const SortedAndSelectable: Story = { args: { sort: 'value', selectable: true } };

/** Inside a page section that asks for the dark theme. */
export const Dark: Story = {
  render: ({ lang }) => html`<div data-theme="dark"><dv-table lang=${lang} by="field" .data=${haTinh}></dv-table></div>`,
};

/** A filter that matches nothing: the empty state. */
export const Empty: Story = { args: { status: 'discontinued' } };

/** A data address that does not exist: the error state with a retry. */
export const ErrorState: Story = { name: 'Error', args: { src: './does-not-exist.json' } };
