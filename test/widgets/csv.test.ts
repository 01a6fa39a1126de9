import { describe, expect, it } from 'vitest';
import '@danvan/widgets/csv.js';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import type { DvBarChart } from '@danvan/widgets';
import { mount, texts } from './helpers.js';

describe("<dv-bar-chart src=\"….csv\"> with '@danvan/widgets/csv.js'", () => {
  it('draws models counted from an office spreadsheet (Excel, Vietnamese, semicolons, BOM, totals row)', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="/test/fixtures/csv/excel-vi.csv" by="field"></dv-bar-chart>`);
    expect(el.shadowRoot!.querySelectorAll('.mark').length).toBeGreaterThan(0);
    const labels = texts(el, '.bar-label');
    expect(labels).toContain('Kinh tế');
    // Counted from records, so the figures are exact counts, and the file is the source.
    expect(texts(el, '.value-label').every((v) => /^\d+$/.test(v))).toBe(true);
    expect(texts(el, '[part~="source"]')[0]).toMatch(/^Nguồn: “excel-vi\.csv”/);
  });
});
