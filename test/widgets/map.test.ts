import { describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '@danvan/widgets/map/map.define.js';
import type { DvSelectDetail } from '@danvan/widgets';
import type { DvMap } from '@danvan/widgets/map/map.js';
import { COMMUNE_TILES_2025 } from '../../packages/core/src/tiles/commune-tiles.js';
import { DISTRICT_TILES_2013 } from '../../packages/core/src/tiles/district-tiles.js';
import { syntheticGeoJson, syntheticTopoJson } from '../fixtures/synthetic-geo.js';
import { axeViolations, mount, texts } from './helpers.js';
import { emulate, horizontalOverflow, resetMedia, shoot } from './screenshot.js';
import { expectSvgSnapshot } from './snapshot.js';

const SYNTHETIC = '/packages/core/data/ha-tinh-synthetic.json';
const PUBLISHED = '/packages/core/data/ha-tinh.json';

const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')];
const labels = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));
const tableRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

/** Mounts a map drawing the given boundaries (a parsed GeoJSON or TopoJSON object). */
async function mountGeo(geo: unknown, attrs = 'by="district"', width = 640): Promise<DvMap> {
  const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" ${attrs}></dv-map>`, width);
  el.geoData = geo;
  await el.updateComplete;
  return el;
}

/** Every drawn path's box lies inside the SVG's view box. */
function expectPathsInside(el: DvMap): void {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!;
  const view = svg.viewBox.baseVal;
  const paths = [...svg.querySelectorAll<SVGPathElement>('.mark path')];
  expect(paths.length).toBeGreaterThan(0);
  for (const p of paths) {
    const b = p.getBBox();
    expect(b.width).toBeGreaterThan(1);
    expect(b.x).toBeGreaterThanOrEqual(view.x - 0.01);
    expect(b.y).toBeGreaterThanOrEqual(view.y - 0.01);
    expect(b.x + b.width).toBeLessThanOrEqual(view.x + view.width + 0.01);
    expect(b.y + b.height).toBeLessThanOrEqual(view.y + view.height + 0.01);
    // Nothing filled the whole box: a shape turned inside out would.
    expect(b.width * b.height).toBeLessThan(view.width * view.height * 0.5);
  }
}

describe('<dv-map>', () => {
  it('has no axe violations', async () => {
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district"></dv-map>`);
    expect(await axeViolations(el)).toEqual([]);
    const published = await mount<DvMap>(`<dv-map src="${PUBLISHED}" from="2023" to="2023"></dv-map>`);
    expect(await axeViolations(published)).toEqual([]);
    const communes = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" at="2025-08-01" mode="symbols"></dv-map>`);
    expect(await axeViolations(communes)).toEqual([]);
    const geo = await mountGeo(syntheticTopoJson(DISTRICT_TILES_2013, { omit: ['448'] }));
    expect(await axeViolations(geo)).toEqual([]);
  });

  it('draws the 13 districts as tiles with a legend, fetching nothing but the dataset', async () => {
    const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district"></dv-map>`);
    expect(marks(el)).toHaveLength(13);
    expect(el.shadowRoot!.querySelectorAll('.mark rect.area')).toHaveLength(13);
    expect(el.shadowRoot!.querySelectorAll('[part="legend"] li').length).toBeGreaterThanOrEqual(3);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !before.has(n));
    expect(fetched.filter((n) => !n.endsWith(SYNTHETIC))).toEqual([]);
    // Tiles carry their short labels and figures, so colour is not the only code.
    expect(texts(el, '.short')).toContain('CLộc');
    expect(texts(el, '.value')).toContain('1.623');
    expect(labels(el)).toContain('huyện Can Lộc: 1.623 mô hình');
    expect(el.geoIssues).toEqual([]);
    expect(el.getAttribute('mode')).toBe('fill');
  });

  it('shows units without data hatched, says so, and lists them in the data table', async () => {
    const el = await mount<DvMap>(`<dv-map src="${PUBLISHED}" from="2023" to="2023"></dv-map>`);
    expect(marks(el)).toHaveLength(13);
    expect(labels(el)).toContain('huyện Can Lộc: 119 mô hình');
    expect(labels(el)).toContain('huyện Hương Sơn: Không có số liệu');
    const hatched = [...el.shadowRoot!.querySelectorAll('.mark .nodata')];
    expect(hatched).toHaveLength(12);
    for (const tile of hatched) expect(getComputedStyle(tile).fill).toContain('#dv-map-hatch');
    expect(texts(el, '[part="legend"] li')).toContain('Không có số liệu');
    const rows = tableRows(el);
    expect(rows).toHaveLength(13);
    expect(rows[0]!.slice(0, 2)).toEqual(['huyện Can Lộc', '119 mô hình']);
    expect(rows.filter((r) => r[1] === 'Không có số liệu')).toHaveLength(12);
    expect(el.geoIssues.filter((i) => i.kind === 'no_data')).toHaveLength(12);
  });

  it('moves between tiles with the arrow keys as the grid lies, selects with Enter, closes the tooltip with Escape', async () => {
    const before = await mount<HTMLButtonElement>(`<button>before</button><dv-map src="${SYNTHETIC}" by="district"></dv-map>`);
    const map = before.parentElement!.querySelector('dv-map')!;
    const active = () => map.shadowRoot!.activeElement?.getAttribute('aria-label')?.split(':')[0];
    expect(marks(map).filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    before.focus();
    await userEvent.tab();
    expect(active()).toBe('huyện Nghi Xuân'); // the first tile in reading order
    const tooltip = map.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    await map.updateComplete;
    expect(tooltip.hidden).toBe(false);
    const path: [string, string][] = [
      ['{ArrowDown}', 'thị xã Hồng Lĩnh'],
      ['{ArrowLeft}', 'huyện Đức Thọ'],
      ['{ArrowLeft}', 'huyện Hương Sơn'],
      ['{ArrowLeft}', 'huyện Hương Sơn'], // the border: nowhere further west
      ['{ArrowDown}', 'huyện Vũ Quang'], // the cell below is empty: the nearest tile that way
      ['{ArrowRight}', 'huyện Can Lộc'],
      ['{ArrowRight}', 'huyện Thạch Hà'],
      ['{ArrowUp}', 'huyện Lộc Hà'],
      ['{ArrowDown}', 'huyện Thạch Hà'],
      ['{ArrowDown}', 'thành phố Hà Tĩnh'],
      ['{ArrowDown}', 'huyện Cẩm Xuyên'],
      ['{ArrowRight}', 'huyện Kỳ Anh'],
      ['{ArrowRight}', 'thị xã Kỳ Anh'],
    ];
    for (const [key, name] of path) {
      await userEvent.keyboard(key);
      await map.updateComplete;
      expect(active(), key).toBe(name);
    }
    expect(tooltip.textContent).toContain('thị xã Kỳ Anh');
    const selected: DvSelectDetail[] = [];
    document.addEventListener('dv-select', (e) => selected.push(e.detail), { once: true });
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([expect.objectContaining({ key: '449', dimension: 'district', place: '449' })]);
    await userEvent.keyboard('{Escape}');
    await map.updateComplete;
    expect(tooltip.hidden).toBe(true);
    expect(marks(map).filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^thị xã Kỳ Anh: /),
    ]);
  });

  it('keeps hedges in the tooltip, the marks and the table', async () => {
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district" metric="households-donating-land"></dv-map>`);
    expect(labels(el)).toContain('huyện Can Lộc: hơn 6.095 hộ');
    expect(tableRows(el).find((r) => r[0] === 'huyện Can Lộc')![1]).toBe('hơn 6.095 hộ');
    const canLoc = marks(el).find((m) => m.getAttribute('aria-label')!.startsWith('huyện Can Lộc'))!;
    await userEvent.hover(canLoc);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).toContain('hơn 6.095 hộ');
    // The pointer leaves, so that the next test's map does not open a tooltip under it.
    await userEvent.unhover(canLoc);
    // The tile writes the hedge too, in words when they fit.
    expect(texts(el, '.value')).toContain('hơn 6.095');
  });

  it('draws the 69 communes from 2025-07-01 and reports what it cannot place', async () => {
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" at="2025-08-01"></dv-map>`, 900);
    expect(marks(el)).toHaveLength(69);
    expect(labels(el)).toEqual(expect.arrayContaining([expect.stringMatching(/^xã Can Lộc: [\d.]+ mô hình$/)]));
    // Records filed under a district cannot be placed in a commune after the reform: the map says so.
    expect(el.geoIssues).toEqual([{ code: 'unknown', kind: 'no_shape', name: 'Không rõ' }]);
    expect(texts(el, '[part~="map-note"]').join(' ')).toMatch(/Không rõ \(9\.965 mô hình\)/);
    expect(texts(el, '[part~="map-note"]').join(' ')).toMatch(/gần đúng/);
  });

  it('draws the 12 districts of the first half of 2025 at such a date', async () => {
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" at="2025-03-01"></dv-map>`);
    expect(marks(el)).toHaveLength(12);
    expect(labels(el).some((l) => l!.startsWith('huyện Lộc Hà'))).toBe(false);
    // Whatever core still files under Lộc Hà (a commune that kept its code is grouped by the record's own date)
    // is reported, not dropped.
    expect(el.geoIssues.every((i) => i.kind === 'no_shape' && i.code === '448')).toBe(true);
  });

  it('reads by="commune" without at as the communes of today', async () => {
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="commune"></dv-map>`);
    expect(marks(el)).toHaveLength(69);
  });

  it('keeps only the tiles within a place filter', async () => {
    const district = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district" place="443"></dv-map>`);
    expect(labels(district)).toEqual(['huyện Can Lộc: 1.623 mô hình']);
    const commune = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" at="2025-08-01" place="R1665-27"></dv-map>`);
    expect(labels(commune)).toEqual(['xã Can Lộc: 133 mô hình']);
  });

  it('cuts classes at round numbers, or at the given thresholds, and writes them the reader’s way', async () => {
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district"></dv-map>`);
    expect(texts(el, '[part="legend"] li')).toEqual(['< 1.000', '1.000–1.500', '1.500–2.000', '≥ 2.000']);
    const given = await mount<DvMap>(`<dv-map lang="en" src="${SYNTHETIC}" by="district" thresholds="600, 1200"></dv-map>`);
    expect(texts(given, '[part="legend"] li')).toEqual(['< 600', '600–1,200', '≥ 1,200']);
    // Below 600: Hồng Lĩnh (536) alone. Three classes take the ramp's ends and middle.
    expect(given.shadowRoot!.querySelectorAll('.mark .r0')).toHaveLength(1);
    expect(given.shadowRoot!.querySelectorAll('.mark .r1, .mark .r3')).toHaveLength(0);
  });

  it('sizes circles by area in symbols mode, with a size legend', async () => {
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district" mode="symbols"></dv-map>`);
    const circles = [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('circle.symbol')];
    expect(circles).toHaveLength(13);
    const radii = circles.map((c) => Number(c.getAttribute('r'))).sort((a, b) => b - a);
    // Hương Sơn (2,292) is the largest, Hồng Lĩnh (536) the smallest: areas in proportion.
    expect((radii[0]! / radii.at(-1)!) ** 2).toBeCloseTo(2292 / 536, 1);
    expect(el.shadowRoot!.querySelectorAll('.size-key circle').length).toBeGreaterThanOrEqual(2);
    expect(texts(el, '.size-key text')).toEqual(['Diện tích hình tròn tỷ lệ với số liệu', '500', '1.000', '2.000']);
    // Circles cover tiles: hovering one opens its unit's tooltip.
    circles.at(-1)!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.hidden).toBe(false);
  });
});

describe('<dv-map> with boundaries', () => {
  const variants = {
    'GeoJSON, RFC 7946 order': syntheticGeoJson(DISTRICT_TILES_2013, { winding: 'ccw' }),
    'GeoJSON, clockwise': syntheticGeoJson(DISTRICT_TILES_2013, { winding: 'cw' }),
    'TopoJSON': syntheticTopoJson(DISTRICT_TILES_2013, { winding: 'ccw' }),
    'TopoJSON, reversed arcs': syntheticTopoJson(DISTRICT_TILES_2013, { winding: 'ccw' }, true),
  };

  it('draws every ring order alike, inside the view box', async () => {
    const drawn: string[][] = [];
    for (const [name, geo] of Object.entries(variants)) {
      const el = await mountGeo(geo);
      expect(marks(el), name).toHaveLength(13);
      expectPathsInside(el);
      drawn.push([...el.shadowRoot!.querySelectorAll('.mark path')].map((p) => p.getAttribute('d')!));
      expect(el.geoIssues, name).toEqual([]);
    }
    for (const d of drawn.slice(1)) expect(d).toEqual(drawn[0]);
  });

  it('joins features by code, and loosely by name within Hà Tĩnh', async () => {
    const names: Record<string, string> = {
      '443': 'Huyện Can Lộc',
      '439': 'huong son',
      '440': 'Đức Thọ'.normalize('NFD'),
      '449': 'TX. Kỳ Anh',
      '447': 'huyện Kỳ Anh',
      '436': 'TP Hà Tĩnh',
    };
    const geo = syntheticGeoJson(DISTRICT_TILES_2013, { properties: (code) => ({ ten: names[code] ?? code }) });
    const el = await mountGeo(geo, 'by="district" geo-key="ten"');
    expect(el.geoIssues).toEqual([]);
    expect(labels(el)).toEqual(expect.arrayContaining(['huyện Can Lộc: 1.623 mô hình', 'huyện Hương Sơn: 2.292 mô hình', 'thị xã Kỳ Anh: 985 mô hình', 'huyện Kỳ Anh: 1.805 mô hình']));
    // Codes written as numbers, or with leading zeros, are codes all the same.
    const numeric = await mountGeo(syntheticGeoJson(DISTRICT_TILES_2013, { properties: (code) => ({ ma: code === '443' ? '00443' : Number(code) }) }), 'by="district" geo-key="ma"');
    expect(numeric.geoIssues).toEqual([]);
  });

  it('never guesses between two units of one name, and reports shapes without data and data without shapes', async () => {
    const geo = syntheticGeoJson(DISTRICT_TILES_2013, {
      properties: (code, tile) => ({ code: code === '447' ? 'Kỳ Anh' : code, short: tile.short }),
      omit: ['448'],
      extra: [{ properties: { code: 'Đảo Giả' }, row: 0, col: 5 }],
    });
    const el = await mountGeo(geo);
    expect(el.geoIssues).toEqual(
      expect.arrayContaining([
        { code: '447', kind: 'no_shape', name: 'huyện Kỳ Anh' },
        { code: '448', kind: 'no_shape', name: 'huyện Lộc Hà' },
        { code: 'Kỳ Anh', kind: 'no_data', name: 'Kỳ Anh' },
        { code: 'Đảo Giả', kind: 'no_data', name: 'Đảo Giả' },
      ]),
    );
    expect(el.geoIssues).toHaveLength(4);
    const notes = texts(el, '[part~="map-note"]').join(' ');
    expect(notes).toMatch(/2 nhóm có số liệu nhưng không có trên bản đồ: .*huyện Kỳ Anh \(1\.805 mô hình\)/);
    expect(notes).toMatch(/2 đơn vị trên bản đồ không có số liệu: .*Đảo Giả/);
    // An unmatched shape has no code to report.
    const selected: unknown[] = [];
    el.addEventListener('dv-select', (e) => selected.push(e.detail));
    marks(el).find((m) => m.getAttribute('aria-label')!.startsWith('Đảo Giả'))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual([]);
  });

  it('fetches a boundary file from its URL, and refuses other schemes', async () => {
    const path = 'test/fixtures/geo/synthetic-districts.topo.json';
    await commands.writeFile(path, `${JSON.stringify(syntheticTopoJson(DISTRICT_TILES_2013))}\n`);
    const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district" geo="/${path}"></dv-map>`);
    expect(marks(el)).toHaveLength(13);
    expectPathsInside(el);
    const unsafe = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district" geo="javascript:alert(1)"></dv-map>`);
    expect(texts(unsafe, '[part~="map-note"]')[0]).toBe('Không tải được tệp ranh giới (geo).');
    expect(texts(unsafe, '[role="alert"] .message')[0]).toBe('Đường dẫn dữ liệu không được phép.');
  });

  it('waits for its boundaries without drawing its loading state again, and still takes up a changed attribute', async () => {
    // The boundary URL never answers: the data arrives, the boundaries do not, and the map times out.
    const box = document.createElement('div');
    box.style.width = '640px';
    document.body.append(box);
    const el = document.createElement('dv-map') as DvMap;
    Object.assign(el, { src: SYNTHETIC, by: 'district', geo: `${inject('faultServer')}/hang.json?geo-wait`, timeout: 2500 });
    box.append(el);
    // Not `updateComplete`: a map's waits for its boundaries.
    const loader = (el as unknown as { loader: { state: string } }).loader;
    const start = performance.now();
    // The data arrives first; the loading state comes when a load's first moments are over (150 ms).
    while (loader.state !== 'ready' || !el.shadowRoot!.querySelector('[part~="loading"]')) {
      await new Promise((r) => setTimeout(r, 20));
      expect(performance.now() - start).toBeLessThan(2000);
    }
    const loading = el.shadowRoot!.querySelector('[part~="loading"]');
    let updates = 0;
    const update = (el as unknown as { update: (c: unknown) => void }).update.bind(el);
    Object.assign(el, { update: (c: unknown) => (updates++, update(c)) });
    // Data in hand, boundaries on their way: the same loading state, not drawn again.
    await new Promise((r) => setTimeout(r, 100));
    expect(updates).toBe(0);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).toBe(loading);
    el.lang = 'en';
    await new Promise((r) => setTimeout(r, 50));
    expect(updates).toBe(1);
    expect(texts(el, '.state-text')).toEqual(['Loading data…']);
    // Then the boundaries time out, and the map says so.
    while (!el.shadowRoot!.querySelector('[part~="map-note"]')) {
      await new Promise((r) => setTimeout(r, 50));
      expect(performance.now() - start).toBeLessThan(5000);
    }
    expect(texts(el, '[part~="map-note"]')[0]).toBe('The boundary file (geo) could not be loaded.');
    box.remove();
  });

  it("asks for its boundaries with its data, while a load's first moments hold its first drawing", async () => {
    const server = inject('faultServer');
    const el = document.createElement('dv-map') as DvMap;
    Object.assign(el, { src: `${server}/hang.json?data-early`, by: 'district', geo: `${server}/hang.json?geo-early` });
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 60));
    // Nothing drawn yet (the stand-in only), and both files already asked for.
    expect(el.shadowRoot!.querySelector('[part~="state"]')).toBeNull();
    const stats = (await (await fetch(`${server}/stats`)).json()) as Record<string, { requests: number }>;
    expect(stats['/hang.json?data-early']?.requests).toBe(1);
    expect(stats['/hang.json?geo-early']?.requests).toBe(1);
    el.remove();
  });

  it('says so when the boundary file is missing', async () => {
    const el = await mount<DvMap>(`<dv-map lang="en" src="${SYNTHETIC}" by="district" geo="/test/fixtures/geo/missing.topo.json"></dv-map>`);
    expect(texts(el, '[part~="map-note"]')[0]).toBe('The boundary file (geo) could not be loaded.');
    expect(texts(el, '[role="alert"] .message')[0]).toMatch(/not found/);
  });

  it('draws 69 communes from their boundaries, by code', async () => {
    const el = await mountGeo(syntheticTopoJson(COMMUNE_TILES_2025), 'by="commune" at="2025-08-01"', 900);
    expect(marks(el)).toHaveLength(69);
    expectPathsInside(el);
    expect(el.geoIssues).toEqual([{ code: 'unknown', kind: 'no_shape', name: 'Không rõ' }]);
  });
});

describe('<dv-map> drawings', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`matches its SVG snapshot as a district tile grid (${lang})`, async () => {
      const el = await mount<DvMap>(`<dv-map lang="${lang}" src="${SYNTHETIC}" by="district"></dv-map>`);
      await expectSvgSnapshot(el, `map-districts-${lang}`);
    });
  }

  it('matches its SVG snapshot drawing boundaries', async () => {
    const el = await mountGeo(syntheticTopoJson(DISTRICT_TILES_2013, { winding: 'cw' }), 'by="district" mode="symbols"');
    await expectSvgSnapshot(el, 'map-geo-symbols-vi');
  });

  for (const forcedColors of [false, true]) {
    const name = `map-focus-1280${forcedColors ? '-forced' : ''}`;
    it(`rings the focused tile and shows its tooltip (${name}.png)`, async () => {
      await emulate({ width: 1280, forcedColors });
      try {
        const el = await mount<DvMap>(`<dv-map src="${SYNTHETIC}" by="district"></dv-map>`, 0);
        marks(el)[6]!.focus();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('.ring')).toHaveLength(1);
        expect(el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.textContent).toContain('huyện Can Lộc');
        await shoot(el, name);
      } finally {
        await resetMedia();
      }
    });
  }

  const SCENES: Record<string, { markup: string; geo?: unknown }> = {
    districts: { markup: `<dv-map src="${SYNTHETIC}" by="district"></dv-map>` },
    communes: { markup: `<dv-map src="${SYNTHETIC}" at="2025-08-01"></dv-map>` },
    symbols: { markup: `<dv-map src="${SYNTHETIC}" by="district" mode="symbols"></dv-map>` },
    published: { markup: `<dv-map src="${PUBLISHED}" from="2023" to="2023"></dv-map>` },
    geo: {
      markup: `<dv-map src="${SYNTHETIC}" by="district"></dv-map>`,
      geo: syntheticTopoJson(DISTRICT_TILES_2013, { omit: ['448'], extra: [{ properties: { code: 'Đảo Giả' }, row: 0, col: 5 }] }),
    },
    'geo-symbols': { markup: `<dv-map src="${SYNTHETIC}" by="commune" at="2025-08-01" mode="symbols"></dv-map>`, geo: syntheticGeoJson(COMMUNE_TILES_2025) },
  };
  for (const [scene, { markup, geo }] of Object.entries(SCENES)) {
    for (const shot of [
      { width: 320 },
      { width: 1280 },
      { width: 320, dark: true },
      { width: 1280, dark: true },
      { width: 320, forcedColors: true },
      { width: 1280, forcedColors: true },
    ]) {
      const name = `map-${scene}-${shot.width}${shot.dark ? '-dark' : ''}${shot.forcedColors ? '-forced' : ''}`;
      it(`fits ${shot.width} px (${name}.png)`, async () => {
        await emulate(shot);
        try {
          const el = await mount<DvMap>(markup, 0);
          if (geo) {
            el.geoData = geo;
            await el.updateComplete;
          }
          expect(horizontalOverflow()).toBe(0);
          const svg = el.shadowRoot!.querySelector('.chart svg')!.getBoundingClientRect();
          for (const t of el.shadowRoot!.querySelectorAll('.chart svg text')) {
            const r = t.getBoundingClientRect();
            expect(r.left).toBeGreaterThanOrEqual(svg.left - 0.5);
            expect(r.right).toBeLessThanOrEqual(svg.right + 0.5);
          }
          await shoot(el, name);
        } finally {
          await resetMedia();
        }
      });
    }
  }
});
