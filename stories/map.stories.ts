import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import haTinh from '@danvan/core/data/ha-tinh.json';
import '@danvan/widgets/map/map.define.js';
import { COMMUNE_TILES_2025 } from '../packages/core/src/tiles/commune-tiles.js';
import { DISTRICT_TILES_2013 } from '../packages/core/src/tiles/district-tiles.js';
// Fake boundaries made for danvan (squares where the tiles are), licensed with the project: no real shapes ship.
import { syntheticGeoJson, syntheticTopoJson } from '../test/fixtures/synthetic-geo.js';

interface Args {
  lang: 'vi' | 'en';
  mode: 'fill' | 'symbols';
  thresholds: string;
  metric: string;
}

/** The generated, illustrative dataset (19,382 models), loaded only when a story needs it. */
const synthetic = async () => ({ synthetic: (await import('@danvan/core/data/ha-tinh-synthetic.json')).default });

const meta: Meta<Args> = {
  title: 'Elements/Map',
  component: 'dv-map',
  args: { lang: 'vi', mode: 'fill', thresholds: '', metric: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    mode: { control: 'inline-radio', options: ['fill', 'symbols'] },
    metric: { control: 'select', options: ['', 'households-donating-land', 'road-length', 'funds-mobilized'] },
  },
  loaders: [synthetic],
  render: ({ lang, mode, thresholds, metric }, { loaded }) =>
    html`<dv-map
      lang=${lang}
      by="district"
      mode=${mode}
      thresholds=${thresholds || nothing}
      metric=${metric || nothing}
      .data=${loaded['synthetic']}
    ></dv-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The 13 districts of 2013–2024 as a tile grid, coloured in five classes; each tile says its name and figure. */
export const TileDistricts: Story = { name: 'Tile grid: districts' };

/** Hedged figures ("hơn 6.095 hộ") keep their words in tooltips and the table; tiles shorten them when narrow. */
export const Hedged: Story = { name: 'Tile grid: hedged figures', args: { metric: 'households-donating-land' } };

/**
 * The 69 communes from 2025-07-01, grouped by the former district most of their constituents came from. Older
 * records are mapped through the gazetteer's crosswalk; those filed under a district cannot be, and the note under
 * the map counts them.
 */
export const TileCommunes: Story = {
  name: 'Tile grid: communes (from 2025-07-01)',
  render: ({ lang, mode, thresholds }, { loaded }) =>
    html`<dv-map lang=${lang} at="2025-08-01" mode=${mode} thresholds=${thresholds || nothing} .data=${loaded['synthetic']}></dv-map>`,
};

/** Proportional circles (area ∝ value) on the tiles, with a size legend below. */
export const Symbols: Story = { args: { mode: 'symbols' } };

/** Boundaries the page brings: here a fake TopoJSON made in the story, joined by its `code` property. */
export const UserTopoJSON: Story = {
  name: 'User TopoJSON',
  render: ({ lang, mode }, { loaded }) =>
    html`<dv-map lang=${lang} by="district" mode=${mode} geo-key="code" .geoData=${syntheticTopoJson(DISTRICT_TILES_2013)} .data=${loaded['synthetic']}></dv-map>`,
};

/** Commune boundaries (fake GeoJSON) with circles at each shape's centroid. */
export const UserGeoJSONSymbols: Story = {
  name: 'User GeoJSON: communes, symbols',
  render: ({ lang }, { loaded }) =>
    html`<dv-map lang=${lang} at="2025-08-01" mode="symbols" .geoData=${syntheticGeoJson(COMMUNE_TILES_2025)} .data=${loaded['synthetic']}></dv-map>`,
};

/**
 * A boundary file that lacks Lộc Hà and has a shape the data does not know: both are listed under the map and in
 * the element's `geoIssues`.
 */
export const MissingShape: Story = {
  name: 'Missing shape',
  render: ({ lang }, { loaded }) => {
    const geo = syntheticTopoJson(DISTRICT_TILES_2013, { omit: ['448'], extra: [{ properties: { code: 'Đảo Giả' }, row: 0, col: 5 }] });
    return html`<dv-map lang=${lang} by="district" .geoData=${geo} .data=${loaded['synthetic']}></dv-map>`;
  },
};

/** Published figures for 2023 cover Can Lộc alone: the other districts are hatched and say "Không có số liệu". */
export const NoData: Story = {
  name: 'Units without data',
  loaders: [],
  render: ({ lang }) => html`<dv-map lang=${lang} from="2023" to="2023" .data=${haTinh}></dv-map>`,
};

/** Inside a page section that asks for the dark theme: the ramp runs dark to light. */
export const Dark: Story = {
  render: ({ lang, mode }, { loaded }) =>
    html`<div data-theme="dark"><dv-map lang=${lang} by="district" mode=${mode} .data=${loaded['synthetic']}></dv-map></div>`,
};

/** A boundary file that cannot be fetched: the map says so and offers a retry; the rest of the figure stays. */
export const ErrorState: Story = {
  name: 'Error',
  render: ({ lang }, { loaded }) =>
    html`<dv-map lang=${lang} by="district" geo="./does-not-exist.topojson" .data=${loaded['synthetic']}></dv-map>`,
};
