import { describe, expect, it } from 'vitest';
import { Gazetteer, gazetteer } from '../../packages/core/src/gazetteer/gazetteer.js';

const codes = (places: readonly { code: string }[]) => places.map((p) => p.code);
const DATES = ['2020-01-01', '2023-06-01', '2024-12-31', '2025-01-01', '2025-03-01', '2025-06-30', '2025-07-01', '2025-08-01'];

describe('gazetteer.unitsAt(at, tier)', () => {
  it('gazetteer.unitsAt(date, "district") counts 13 units in 2023, 12 on 2025-03-01, none on 2025-08-01', () => {
    expect(gazetteer.unitsAt('2023', 'district')).toHaveLength(13);
    expect(codes(gazetteer.unitsAt('2025-03-01', 'district'))).not.toContain('448');
    expect(gazetteer.unitsAt('2025-03-01', 'district')).toHaveLength(12);
    expect(gazetteer.unitsAt('2025-08-01', 'district')).toHaveLength(0);
  });

  it('gazetteer.unitsAt(date, "commune") counts 216, 210, then 69 units (60 xã, 9 phường)', () => {
    expect(gazetteer.unitsAt('2023-06-01', 'commune')).toHaveLength(216);
    expect(gazetteer.unitsAt('2025-03-01', 'commune')).toHaveLength(210);
    const after = gazetteer.unitsAt('2025-08-01', 'commune');
    expect(after).toHaveLength(69);
    expect(after.filter((p) => p.type === 'commune')).toHaveLength(60);
    expect(after.filter((p) => p.type === 'ward')).toHaveLength(9);
    expect(after.every((p) => p.parent === '42')).toBe(true);
  });

  it('gazetteer.unitsAt(partialDate) reads a partial date as its last day', () => {
    expect(gazetteer.unitsAt('2024', 'district')).toHaveLength(13);
    expect(gazetteer.unitsAt('2025-06', 'district')).toHaveLength(12);
    expect(gazetteer.unitsAt('2025', 'district')).toHaveLength(0);
  });

  it('gazetteer.unitsAt(date) never holds one code twice', () => {
    for (const date of DATES) {
      const list = codes(gazetteer.unitsAt(date));
      expect(new Set(list).size, date).toBe(list.length);
    }
  });

  it('gazetteer.unitsAt(date) always holds the province, with no validity bounds', () => {
    for (const date of DATES) expect(codes(gazetteer.unitsAt(date, 'province'))).toEqual(['42']);
    expect(gazetteer.byCode('42')).toEqual({ code: '42', name: 'Hà Tĩnh', type: 'province' });
  });

  it('gazetteer.unitsAt("not a date") throws a RangeError', () => {
    expect(() => gazetteer.unitsAt('2023-02-30')).toThrow(RangeError);
  });
});

describe('gazetteer.byCode(code, at)', () => {
  it('gazetteer.byCode("18077", at) is Nguyễn Du in 2023 and Bắc Hà from 2025-01-01', () => {
    expect(gazetteer.byCode('18077', '2023')?.name).toBe('Nguyễn Du');
    expect(gazetteer.byCode('18077', '2025-03-01')?.name).toBe('Bắc Hà');
    expect(gazetteer.byCode('18077', '2025-08-01')).toBeUndefined();
    expect(gazetteer.byCode('18077')?.name).toBe('Bắc Hà');
    expect(gazetteer.versions('18077').map((p) => [p.name, p.validFrom, p.validTo])).toEqual([
      ['Nguyễn Du', '2020-01-01', '2024-12-31'],
      ['Bắc Hà', '2025-01-01', '2025-06-30'],
    ]);
  });

  it('gazetteer.byCode(code) keeps an unchanged commune as one version from 2020-01-01 to 2025-06-30', () => {
    expect(gazetteer.versions('18415')).toEqual([
      { code: '18415', name: 'Thiên Lộc', type: 'commune', parent: '443', validFrom: '2020-01-01', validTo: '2025-06-30' },
    ]);
  });

  it('gazetteer.byCode(code, at) gives a re-typed or moved unit a new version from 2025-01-01', () => {
    expect(gazetteer.byCode('18775', '2024')?.type).toBe('commune');
    expect(gazetteer.byCode('18775', '2025-02')?.type).toBe('township');
    expect(gazetteer.byCode('18580', '2024')?.parent).toBe('448');
    expect(gazetteer.byCode('18580', '2025-02')?.parent).toBe('445');
  });

  it('gazetteer.byCode(district) has no validFrom; Lộc Hà ends on 2024-12-31, the others on 2025-06-30', () => {
    expect(gazetteer.byCode('448')).toMatchObject({ name: 'Lộc Hà', type: 'district', validTo: '2024-12-31' });
    expect(gazetteer.byCode('448')?.validFrom).toBeUndefined();
    expect(gazetteer.byCode('436')).toMatchObject({ name: 'Hà Tĩnh', type: 'city', validTo: '2025-06-30' });
    expect(gazetteer.byCode('437')?.type).toBe('town');
  });

  it('gazetteer.byCode("R1665-NN") is a provisional key; Sơn Kim 1 keeps its GSO code under the province', () => {
    expect(gazetteer.byCode('R1665-27')).toMatchObject({ name: 'Can Lộc', type: 'commune', parent: '42', official: false });
    expect(gazetteer.byCode('R1665-27')?.validTo).toBeUndefined();
    const sonKim = gazetteer.versions('18196');
    expect(sonKim.map((p) => [p.parent, p.validFrom, p.validTo])).toEqual([
      ['439', '2020-01-01', '2025-06-30'],
      ['42', '2025-07-01', undefined],
    ]);
    expect(sonKim[1]?.official).toBeUndefined();
  });
});

describe('gazetteer.find(name, options)', () => {
  it('gazetteer.find("Thiên Lộc", { at }) is 18415 in 2023', () => {
    expect(codes(gazetteer.find('Thiên Lộc', { at: '2023' }))).toEqual(['18415']);
    expect(codes(gazetteer.find('Thiên Lộc', { at: '2025-08-01' }))).toEqual([]);
  });

  it('gazetteer.find("Kỳ Anh") is ambiguous: the district, the town and the new commune', () => {
    expect(codes(gazetteer.find('Kỳ Anh'))).toEqual(['447', '449', 'R1665-06']);
    expect(codes(gazetteer.find('Hà Tĩnh'))).toEqual(['42', '436']);
  });

  it('gazetteer.find("Kỳ Anh", { at, types }) narrows to the district-level units', () => {
    expect(codes(gazetteer.find('Kỳ Anh', { at: '2023', types: ['city', 'town', 'district'] }))).toEqual(['447', '449']);
    expect(codes(gazetteer.find('Kỳ Anh', { at: '2023', tier: 'district' }))).toEqual(['447', '449']);
  });

  it('gazetteer.find(name) reads a type word as a preference: "huyện Kỳ Anh" is 447, "TX. Kỳ Anh" is 449', () => {
    expect(codes(gazetteer.find('huyện Kỳ Anh'))).toEqual(['447']);
    expect(codes(gazetteer.find('Thị xã Kỳ Anh'))).toEqual(['449']);
    expect(codes(gazetteer.find('TX. Kỳ Anh'))).toEqual(['449']);
    expect(codes(gazetteer.find('xa Ky Anh'))).toEqual(['R1665-06']);
    expect(codes(gazetteer.find('thành phố Hà Tĩnh'))).toEqual(['436']);
    expect(codes(gazetteer.find('tỉnh Hà Tĩnh'))).toEqual(['42']);
    // A wrong type word does not empty the result: Thạch Trung was a ward by 2025.
    expect(codes(gazetteer.find('xã Thạch Trung', { at: '2025-03-01' }))).toEqual(['18088']);
  });

  it('gazetteer.find(name) ignores case, diacritics, Unicode form and spacing', () => {
    expect(codes(gazetteer.find('thi tran tay son'))).toEqual(['18136']);
    expect(codes(gazetteer.find('THỊ TRẤN  TÂY SƠN'))).toEqual(['18136']);
    expect(codes(gazetteer.find('Thiên Lộc'.normalize('NFD'), { at: '2023' }))).toEqual(['18415']);
    expect(codes(gazetteer.find('  thien   loc ', { at: '2023' }))).toEqual(['18415']);
  });

  it('gazetteer.find(name) matches both spellings of Cỗ Đạm / Cổ Đạm and Cẩm Vĩnh / Cẩm Vịnh', () => {
    for (const name of ['Cỗ Đạm', 'Cổ Đạm', 'xã Cổ Đạm', 'co dam']) {
      expect(codes(gazetteer.find(name, { at: '2023' })), name).toEqual(['18391']);
      expect(codes(gazetteer.find(name, { at: '2025-08-01' })), name).toEqual(['R1665-35']);
    }
    expect(gazetteer.byCode('18391')?.aliases).toEqual(['Cổ Đạm']);
    for (const name of ['Cẩm Vĩnh', 'Cẩm Vịnh']) {
      expect(codes(gazetteer.find(name, { at: '2023' })), name).toEqual(['18691']);
      expect(codes(gazetteer.find(name, { at: '2025-03-01' })), name).toEqual(['18691']);
    }
  });

  it('gazetteer.find(name) prefers an exact spelling: "Thạch Hà" leaves out "Thạch Hạ", "thach ha" does not', () => {
    expect(codes(gazetteer.find('Thạch Hà', { at: '2023', tier: 'commune' }))).toEqual(['18562']);
    expect(codes(gazetteer.find('Thạch Hạ', { at: '2023' }))).toEqual(['18100']);
    expect(codes(gazetteer.find('thach ha', { at: '2023', tier: 'commune' }))).toEqual(['18100', '18562']);
  });

  it('gazetteer.find(name, { within, at }) keeps the descendants of a code', () => {
    expect(codes(gazetteer.find('Thiên Lộc', { within: '443', at: '2023' }))).toEqual(['18415']);
    expect(codes(gazetteer.find('Thiên Lộc', { within: '436', at: '2023' }))).toEqual([]);
    expect(codes(gazetteer.find('Hộ Độ', { within: '448', at: '2024' }))).toEqual(['18598']);
    expect(codes(gazetteer.find('Hộ Độ', { within: '436', at: '2025-03' }))).toEqual(['18598']);
  });

  it('gazetteer.find("place, parent") reads a combined cell', () => {
    expect(codes(gazetteer.find('Xã Thiên Lộc, huyện Can Lộc'))).toEqual(['18415']);
    expect(codes(gazetteer.find('Thiên Lộc - Can Lộc'))).toEqual(['18415']);
    expect(codes(gazetteer.find('Thiên Lộc – Can Lộc, Hà Tĩnh', { at: '2023' }))).toEqual(['18415']);
    expect(codes(gazetteer.find('Thiên Lộc, Hương Sơn'))).toEqual([]);
    // Nguyễn Du was a ward of Hà Tĩnh city; the cell gives the version that matches, not the latest one.
    expect(gazetteer.find('Phường Nguyễn Du, TP Hà Tĩnh').map((p) => p.name)).toEqual(['Nguyễn Du']);
  });

  it('gazetteer.find(name) returns nothing for text without letters', () => {
    expect(gazetteer.find(' - , ')).toEqual([]);
  });
});

describe('gazetteer tree: children(code, at), descendants(code, at), ancestors(code, at)', () => {
  it('gazetteer.children("443", at) lists Can Lộc’s communes, and nothing after the reform', () => {
    expect(gazetteer.children('443', '2023')).toHaveLength(18);
    expect(gazetteer.children('443', '2025-03-01')).toHaveLength(17);
    expect(gazetteer.children('443', '2025-08-01')).toHaveLength(0);
    expect(gazetteer.children('42', '2025-08-01')).toHaveLength(69);
  });

  it('gazetteer.children("436", at) follows units that moved into Hà Tĩnh city on 2025-01-01', () => {
    expect(codes(gazetteer.children('436', '2023'))).not.toContain('18598');
    expect(codes(gazetteer.children('436', '2025-03-01'))).toContain('18598');
  });

  it('gazetteer.ancestors(code, at) is nearest first', () => {
    expect(codes(gazetteer.ancestors('18415', '2023'))).toEqual(['443', '42']);
    expect(codes(gazetteer.ancestors('18580', '2024'))).toEqual(['448', '42']);
    expect(codes(gazetteer.ancestors('18580', '2025-03'))).toEqual(['445', '42']);
    expect(codes(gazetteer.ancestors('R1665-27'))).toEqual(['42']);
    expect(codes(gazetteer.ancestors('18077'))).toEqual(['436', '42']);
  });

  it('gazetteer.descendants("42", at) covers every unit in force but the province', () => {
    expect(gazetteer.descendants('42', '2023')).toHaveLength(13 + 216);
    expect(gazetteer.descendants('42', '2025-03-01')).toHaveLength(12 + 210);
  });
});

describe('gazetteer successions: successors(code), predecessors(code), crosswalk(code, to)', () => {
  it('gazetteer.crosswalk("18415") leads Thiên Lộc to the new xã Can Lộc', () => {
    const [target, ...rest] = gazetteer.crosswalk('18415');
    expect(rest).toEqual([]);
    expect(target).toEqual({ code: 'R1665-27', share: 'whole' });
    expect(gazetteer.label(target!.code, 'vi')).toBe('xã Can Lộc');
    expect(gazetteer.predecessors('R1665-27').map((s) => s.from)).toEqual(['18406', '18415', '18427']);
  });

  it('gazetteer.crosswalk("18077") leads Nguyễn Du through Bắc Hà to phường Thành Sen', () => {
    expect(gazetteer.crosswalk('18077', '2025-03-01', '2023')).toEqual([{ code: '18077', share: 'whole' }]);
    expect(gazetteer.crosswalk('18077', '2025-08-01', '2023')).toEqual([{ code: 'R1665-59', share: 'whole' }]);
    expect(gazetteer.crosswalk('18077')).toEqual([{ code: 'R1665-59', share: 'whole' }]);
    expect(gazetteer.label('R1665-59', 'vi')).toBe('phường Thành Sen');
    expect(gazetteer.successors('18076')).toEqual([{ from: '18076', to: '18077', date: '2025-01-01', share: 'whole' }]);
    expect(gazetteer.crosswalk('18076')).toEqual([{ code: 'R1665-59', share: 'whole' }]);
  });

  it('gazetteer.crosswalk(code) marks split units as part', () => {
    expect(gazetteer.crosswalk('18082')).toEqual([
      { code: 'R1665-59', share: 'part' },
      { code: 'R1665-61', share: 'part' },
    ]);
    expect(codes(gazetteer.crosswalk('18796'))).toEqual(['R1665-62', 'R1665-63', 'R1665-64']);
  });

  it('gazetteer.crosswalk(newCode, earlier) walks back to the units it was formed from', () => {
    expect(gazetteer.crosswalk('R1665-27', '2023')).toEqual([
      { code: '18406', share: 'whole' },
      { code: '18415', share: 'whole' },
      { code: '18427', share: 'whole' },
    ]);
    // Thành Sen in 2023: Bắc Hà 2025 came from Bắc Hà and Nguyễn Du, Trần Phú 2025 from Trần Phú and Thạch Linh.
    const back = gazetteer.crosswalk('R1665-59', '2023');
    expect(codes(back)).toEqual(['18070', '18073', '18076', '18077', '18079', '18082', '18085', '18091', '18094', '18097', '18109']);
    expect(back.find((t) => t.code === '18082')?.share).toBe('part');
  });

  it('gazetteer.crosswalk(code) is empty where the successor is unknown (Trung Lộc, Phú Phong) or there is none', () => {
    expect(gazetteer.successors('18472')).toEqual([]);
    expect(gazetteer.successors('18535')).toEqual([]);
    expect(gazetteer.crosswalk('18472')).toEqual([]);
    expect(gazetteer.crosswalk('443')).toEqual([]);
    expect(gazetteer.crosswalk('nope')).toEqual([]);
  });

  it('gazetteer.crosswalk("448", "2025-03") splits Lộc Hà district between Hà Tĩnh city and Thạch Hà', () => {
    expect(gazetteer.crosswalk('448', '2025-03')).toEqual([
      { code: '436', share: 'part' },
      { code: '445', share: 'part' },
    ]);
  });

  it('gazetteer.predecessors(code) is non-empty for every unit in force from 2025-07-01', () => {
    for (const unit of gazetteer.unitsAt('2025-07-01', 'commune')) {
      expect(gazetteer.predecessors(unit.code).length, unit.code).toBeGreaterThan(0);
    }
  });

  it('gazetteer.crosswalk(code, "2025-07-01") reaches a new unit from every unit of 2025-06-30 but Bình Lộc', () => {
    // Bình Lộc (18448) is in GSO's 2025 list only; Resolution 1665 never names it (see the reference README).
    const lost = gazetteer
      .unitsAt('2025-06-30', 'commune')
      .filter((u) => gazetteer.crosswalk(u.code, '2025-07-01', '2025-06-30').length === 0);
    expect(codes(lost)).toEqual(['18448']);
    expect(gazetteer.predecessors('18448')).toEqual([]);
  });

  it('gazetteer.successors(code) links every version that ends on 2024-12-31 to 2025-01-01, but Trung Lộc and Phú Phong', () => {
    const ended = gazetteer.unitsAt('2024-12-31').filter((u) => u.validTo === '2024-12-31');
    const orphans = ended.filter((u) => !gazetteer.successors(u.code).some((s) => s.date === '2025-01-01'));
    expect(codes(orphans)).toEqual(['18472', '18535']);
  });

  it('gazetteer.successors(code) of a unit that kept its code but changed includes itself', () => {
    expect(gazetteer.successors('18775')).toContainEqual({ from: '18775', to: '18775', date: '2025-01-01', share: 'whole' });
    expect(gazetteer.successors('18196')).toEqual([{ from: '18196', to: '18196', date: '2025-07-01', share: 'whole' }]);
  });
});

describe('gazetteer.label(code, lang, at), gazetteer.tierOf(code, at)', () => {
  it('gazetteer.label(code, lang) puts the type word where each language does', () => {
    const cases: [string, string, string][] = [
      ['42', 'tỉnh Hà Tĩnh', 'Hà Tĩnh province'],
      ['436', 'thành phố Hà Tĩnh', 'Hà Tĩnh city'],
      ['437', 'thị xã Hồng Lĩnh', 'Hồng Lĩnh town'],
      ['443', 'huyện Can Lộc', 'Can Lộc district'],
      ['18415', 'xã Thiên Lộc', 'Thiên Lộc commune'],
      ['18406', 'thị trấn Nghèn', 'Nghèn township'],
    ];
    for (const [code, vi, en] of cases) {
      expect(gazetteer.label(code, 'vi'), code).toBe(vi);
      expect(gazetteer.label(code, 'en'), code).toBe(en);
    }
    expect(gazetteer.label('18077', 'en', '2023')).toBe('Nguyễn Du ward');
    expect(gazetteer.label('18077', 'en')).toBe('Bắc Hà ward');
    expect(gazetteer.label('18415', 'vi', '2025-08-01')).toBe('xã Thiên Lộc');
    expect(gazetteer.label('nope', 'vi')).toBe('nope');
  });

  it('gazetteer.tierOf(code, at) reads PLACE_TIER', () => {
    expect(gazetteer.tierOf('449')).toBe('district');
    expect(gazetteer.tierOf('18406')).toBe('commune');
    expect(gazetteer.tierOf('42')).toBe('province');
    expect(gazetteer.tierOf('443', '2025-08-01')).toBeUndefined();
  });
});

describe('gazetteer.withPlaces(records)', () => {
  const group = { code: '18077-tdp-3', name: 'Tổ dân phố  3', type: 'residential-group', parent: '18077', validTo: '2024' } as const;
  const g = gazetteer.withPlaces([group, { code: '18415', name: 'Impostor', type: 'commune' }]);

  it('gazetteer.withPlaces([group]).descendants("436", at) includes a residential group under 18077', () => {
    expect(codes(g.descendants('436', '2023'))).toContain('18077-tdp-3');
    expect(codes(g.descendants('436', '2025-03'))).not.toContain('18077-tdp-3');
    expect(codes(g.ancestors('18077-tdp-3', '2023'))).toEqual(['18077', '436', '42']);
    expect(g.byCode('18077-tdp-3')).toMatchObject({ name: 'Tổ dân phố 3', validTo: '2024-12-31', official: false });
    expect(g.label('18077-tdp-3', 'vi')).toBe('Tổ dân phố 3');
    expect(g.tierOf('18077-tdp-3')).toBe('below-commune');
  });

  it('gazetteer.withPlaces(records) finds the new places by name, within their parents', () => {
    expect(codes(g.find('tổ dân phố 3, phường Nguyễn Du'))).toEqual(['18077-tdp-3']);
    expect(codes(g.find('Tổ dân phố 3', { within: '436', at: '2023' }))).toEqual(['18077-tdp-3']);
    expect(codes(g.find('Tổ dân phố 3', { within: '436', at: '2025-03' }))).toEqual([]);
  });

  it('gazetteer.withPlaces(records) ignores records that redefine a known code, and leaves the original alone', () => {
    expect(g.versions('18415').map((p) => p.name)).toEqual(['Thiên Lộc']);
    expect(gazetteer.byCode('18077-tdp-3')).toBeUndefined();
  });
});

describe('new Gazetteer(places, successions)', () => {
  it('new Gazetteer(places) works on any list, building its indexes on first use', () => {
    const g = new Gazetteer([
      { code: '1', name: 'Hà Nội', type: 'city' },
      { code: '2', name: 'Thiên Lộc', type: 'commune', parent: '1', validFrom: '2025-07-01' },
    ]);
    expect(codes(g.find('Thiên Lộc, Hà Nội'))).toEqual(['2']);
    expect(g.crosswalk('2', '2025-08')).toEqual([{ code: '2', share: 'whole' }]);
    expect(g.crosswalk('2', '2024')).toEqual([]);
  });

  it('Gazetteer.lazy(load) does not call load before the first lookup', () => {
    let calls = 0;
    const g = Gazetteer.lazy(() => {
      calls++;
      return { places: [{ code: '1', name: 'A', type: 'province' }], successions: [] };
    });
    expect(calls).toBe(0);
    g.byCode('1');
    g.byCode('1');
    expect(calls).toBe(1);
  });
});
