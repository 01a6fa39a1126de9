// The live examples of the guides (stories/docs/*.mdx). Each is plain markup, as a page would write it, so the
// "Show code" under it is the code to copy. Data comes from the site itself: `data/` is packages/core/data and
// `files/` is stories/docs/files (see staticDirs in .storybook/main.ts). Hidden from the sidebar: the guides show them.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import haTinh from '@danvan/core/data/ha-tinh.json';
import { formatReported, gazetteer, query, summarize, validate } from '@danvan/core';
import '@danvan/widgets/csv.js';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import '@danvan/widgets/line-chart/line-chart.define.js';
import '@danvan/widgets/stat/stat.define.js';
import '@danvan/widgets/waffle/waffle.define.js';
import '@danvan/widgets/table/table.define.js';
import '@danvan/widgets/map/map.define.js';

const meta: Meta = {
  title: 'Guides/Examples',
  tags: ['!dev', '!autodocs'],
  parameters: { docs: { source: { type: 'dynamic' } } },
};
export default meta;

type Story = StoryObj;

// ——— Introduction ———

export const IntroStat: Story = {
  render: () => html`<dv-stat src="data/ha-tinh.json" lang="vi"></dv-stat>`,
};

// ——— Embed in an article ———

export const ArticleEmbed: Story = {
  render: () => html`<article lang="vi">
  <p>Từ năm 2013, toàn tỉnh xây dựng và nhân rộng hơn 19.300 mô hình “Dân vận khéo”.</p>
  <dv-bar-chart src="data/ha-tinh.json" by="field"></dv-bar-chart>
</article>`,
};

export const ArticleEnglish: Story = {
  render: () => html`<dv-waffle
  src="data/ha-tinh.json"
  by="field"
  lang="en"
  heading="Of every 100 models, how many in each field"
  note="Figures to the first nine months of 2023."
></dv-waffle>`,
};

export const ArticleBranded: Story = {
  render: () => html`<style>
  .bao-mau dv-bar-chart {
    --dv-font: Georgia, 'Times New Roman', serif;
    --dv-color-economic: #7a1f1f;
    --dv-color-culture-society: #1f5f7a;
    --dv-color-defense-security: #5a5a1f;
    --dv-color-party-building: #6b3d7a;
  }
  .bao-mau dv-bar-chart::part(heading) {
    border-top: 3px solid #7a1f1f;
    padding-top: 0.5em;
  }
</style>
<div class="bao-mau">
  <dv-bar-chart src="data/ha-tinh.json" by="field" lang="vi">
    <span slot="heading">Kinh tế dẫn đầu: gần 8.000 mô hình</span>
  </dv-bar-chart>
</div>`,
};

// ——— Use on a government portal ———

export const PortalJson: Story = {
  render: () => html`<dv-stat src="data/ha-tinh.json" field="economic" compare="share" lang="vi"></dv-stat>
<dv-table src="data/ha-tinh.json" by="field" lang="vi"></dv-table>`,
};

export const PortalCsv: Story = {
  render: () => html`<dv-table src="files/mo-hinh-mau.csv" by="district" lang="vi" note="Tệp mẫu, số liệu minh họa."></dv-table>
<dv-bar-chart src="files/mo-hinh-mau.csv" metric="households-donating-land" by="district" lang="vi" note="Tệp mẫu, số liệu minh họa."></dv-bar-chart>`,
};

export const PortalFallback: Story = {
  render: () => html`<dv-bar-chart by="field" lang="vi">
  <script type="application/json">
    {
      "version": 1,
      "title": "Mô hình “Dân vận khéo” xã Thiên Lộc",
      "language": "vi",
      "license": "CC-BY-4.0",
      "updated": "2023-12",
      "synthetic": true,
      "sources": [{ "id": "vi-du", "title": "Số liệu minh họa cho tài liệu danvan" }],
      "statistics": [
        { "id": "tong", "subject": "models", "value": { "value": 40, "qualifier": "more-than" }, "unit": "model", "place": "18415", "period": { "from": "2013", "to": "2023" }, "source": "vi-du" },
        { "id": "kt", "subject": "models", "value": { "value": 20, "qualifier": "nearly" }, "unit": "model", "place": "18415", "period": { "from": "2013", "to": "2023" }, "field": "economic", "source": "vi-du" },
        { "id": "vh", "subject": "models", "value": { "value": 12, "qualifier": "more-than" }, "unit": "model", "place": "18415", "period": { "from": "2013", "to": "2023" }, "field": "culture-society", "source": "vi-du" },
        { "id": "qp", "subject": "models", "value": 6, "unit": "model", "place": "18415", "period": { "from": "2013", "to": "2023" }, "field": "defense-security", "source": "vi-du" },
        { "id": "xd", "subject": "models", "value": 4, "unit": "model", "place": "18415", "period": { "from": "2013", "to": "2023" }, "field": "party-building", "source": "vi-du" }
      ]
    }
  </script>
  <table>
    <caption>Số mô hình theo lĩnh vực, xã Thiên Lộc, 2013–2023 (số liệu minh họa)</caption>
    <thead><tr><th scope="col">Lĩnh vực</th><th scope="col">Số mô hình</th></tr></thead>
    <tbody>
      <tr><th scope="row">Kinh tế</th><td>gần 20</td></tr>
      <tr><th scope="row">Văn hóa - xã hội</th><td>hơn 12</td></tr>
      <tr><th scope="row">Quốc phòng - an ninh</th><td>6</td></tr>
      <tr><th scope="row">Xây dựng Đảng, hệ thống chính trị</th><td>4</td></tr>
      <tr><th scope="row">Tổng số</th><td>hơn 40</td></tr>
    </tbody>
  </table>
</dv-bar-chart>`,
};

// ——— Use from npm ———

/** The npm guide's core snippet, run in the browser: what it prints is what the guide says it returns. */
function coreInTheBrowser(): string[] {
  const { data, issues } = validate(haTinh); // never throws: bad records are reported and skipped
  const byField = query(data!, { by: 'field' });
  return [
    `issues.length → ${issues.length}`,
    `byField.basis → '${byField.basis}'`,
    `byField.rows.map((r) => formatReported(r.value, 'vi')) → ${JSON.stringify(byField.rows.map((r) => formatReported(r.value, 'vi')))}`,
    `formatReported(byField.total!, 'en') → '${formatReported(byField.total!, 'en')}'`,
    `summarize(byField, 'vi') → '${summarize(byField, 'vi')}'`,
    `gazetteer.label('443', 'vi') → '${gazetteer.label('443', 'vi')}'`,
    `gazetteer.find('xa thien loc', { at: '2023' }).map((p) => p.code) → ${JSON.stringify(gazetteer.find('xa thien loc', { at: '2023' }).map((p) => p.code))}`,
  ];
}

export const NpmCore: Story = {
  render: () => html`<style>
      .core-output {
        margin: 0;
        white-space: pre-wrap;
      }
    </style>
    <pre class="core-output"><code>${coreInTheBrowser().join('\n')}</code></pre>`,
};

export const NpmProperty: Story = {
  parameters: {
    docs: {
      source: {
        language: 'ts',
        code: `import '@danvan/widgets/bar-chart.js';
import haTinh from '@danvan/core/data/ha-tinh.json' with { type: 'json' };

const chart = document.createElement('dv-bar-chart'); // typed: DvBarChart
chart.by = 'field';
chart.lang = 'en';
chart.data = haTinh; // validated like a fetched file
chart.addEventListener('dv-select', (e) => console.log(e.detail.key)); // e.g. 'economic'
document.querySelector('#chart')!.append(chart);`,
      },
    },
  },
  render: () => html`<dv-bar-chart by="field" lang="en" .data=${haTinh}></dv-bar-chart>`,
};

// ——— Theme it ———

export const ThemeProperties: Story = {
  render: () => html`<style>
  .theme-demo dv-line-chart {
    --dv-font: Georgia, serif;
    --dv-font-size: 0.9375rem;
    --dv-heading-size: 1.375em;
    --dv-text: #2b2118;
    --dv-text-muted: #6b5a48;
    --dv-background: #fbf7f0;
    --dv-surface: #fffdf8;
    --dv-grid: #e3d8c6;
    --dv-focus: #b3261e;
    --dv-padding: 1rem;
    --dv-line-width: 3px;
    --dv-color-economic: #8c2d19;
    --dv-color-culture-society: #1d6b57;
    --dv-color-defense-security: #6b5a1d;
    --dv-color-party-building: #5b2d8c;
  }
</style>
<div class="theme-demo">
  <dv-line-chart src="data/ha-tinh-synthetic.json" series="field" lang="vi"></dv-line-chart>
</div>`,
};

export const ThemeParts: Story = {
  render: () => html`<style>
  .parts-demo dv-stat::part(heading) {
    font-size: 0.875rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: #57606a;
  }
  .parts-demo dv-stat::part(value) {
    color: #0a58ca;
  }
  .parts-demo dv-bar-chart::part(mark):hover {
    opacity: 0.8;
  }
  .parts-demo dv-bar-chart::part(source) {
    font-style: italic;
  }
</style>
<div class="parts-demo">
  <dv-stat src="data/ha-tinh.json" field="economic" compare="share" lang="vi"></dv-stat>
  <dv-bar-chart src="data/ha-tinh.json" by="field" lang="vi"></dv-bar-chart>
</div>`,
};

export const ThemeDark: Story = {
  render: () => html`<style>
  .dark-demo {
    padding: 1rem;
    background: #0d1117;
    color: #e6edf3;
  }
</style>
<section class="dark-demo" data-theme="dark">
  <dv-bar-chart src="data/ha-tinh.json" by="field" lang="vi"></dv-bar-chart>
  <dv-waffle src="data/ha-tinh.json" by="field" lang="vi"></dv-waffle>
</section>`,
};

export const ThemeMap: Story = {
  render: () => html`<style>
  .map-demo dv-map {
    --dv-map-0: #fee8c8;
    --dv-map-1: #fdbb84;
    --dv-map-2: #fc8d59;
    --dv-map-3: #d7301f;
    --dv-map-4: #7f0000;
    --dv-map-edge: #ffffff;
  }
</style>
<div class="map-demo">
  <dv-map src="data/ha-tinh-synthetic.json" by="district" lang="vi"></dv-map>
</div>`,
};
