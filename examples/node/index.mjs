// @danvan/core in a Node script: read a district office's spreadsheet, report its problems, validate it, ask it
// questions and print the answers in Vietnamese and English; then the province's published figures and the
// gazetteer. Run it from the repository root after building core:
//
//   npm run build -w @danvan/core && npm run example:node
//
// Everything here is the public API of the built package, as an npm user gets it.
import { readFileSync } from 'node:fs';
import {
  formatReported,
  formatSource,
  gazetteer,
  importModelsCsv,
  query,
  queryTitle,
  summarize,
  validate,
} from '@danvan/core';
import haTinhJson from '@danvan/core/data/ha-tinh.json' with { type: 'json' };

const LANGS = /** @type {const} */ (['vi', 'en']);
/** A share as a percentage in the reader's language: "37,5%" / "37.5%". */
const percent = (share, lang) =>
  share === undefined ? '' : ` (${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share)})`;
const heading = (text) => console.log(`\n${text}\n${'─'.repeat(text.length)}`);

/** Prints each row of a result as "label: figure (share)", once per language. */
function printRows(result, unit, options) {
  for (const lang of LANGS) {
    console.log(`  [${lang}]`);
    for (const row of result.rows) {
      console.log(`    ${row.label[lang]}: ${formatReported(row.value, lang, unit, options)}${percent(row.share, lang)}`);
    }
    if (result.total) console.log(`    = ${formatReported(result.total, lang, unit, options)}`);
  }
}

// 1. The spreadsheet as the office saved it from Excel: BOM, semicolons, title rows, a totals row, a signature.
heading('1. importModelsCsv(mo-hinh-can-loc.csv)');
const csv = readFileSync(new URL('./mo-hinh-can-loc.csv', import.meta.url), 'utf8');
const imported = importModelsCsv(csv, {
  defaultPlace: '443', // the sheet is about huyện Can Lộc: names are looked up there first
  at: '2023', // its place names are the units of 2023, before the 2025 reform
  sourceId: 'can-loc-2023',
});
console.log(`Delimiter “${imported.delimiter}”; ${imported.models.length} models; totals row on line ${imported.totals?.row}.`);
console.log(`${imported.issues.length} issue(s):`);
for (const issue of imported.issues) {
  console.log(`  ${issue.severity} ${issue.code} (row ${issue.row}, column ${issue.column})`);
  console.log(`    vi: ${issue.message.vi}`);
  console.log(`    en: ${issue.message.en}`);
}

// 2. A dataset around the models, validated as any file from elsewhere would be.
heading('2. validate(dataset)');
const { data: canLoc, issues } = validate({
  version: 1,
  title: { vi: 'Mô hình “Dân vận khéo” tiêu biểu huyện Can Lộc năm 2023', en: '“Skilled Mass Mobilization” models of Can Lộc district, 2023' },
  language: 'vi',
  license: 'CC-BY-4.0',
  updated: '2023-12',
  sources: [{ id: 'can-loc-2023', title: 'Danh sách mô hình “Dân vận khéo” tiêu biểu năm 2023', publisher: 'Ban Dân vận Huyện ủy Can Lộc', date: '2023-12-15' }],
  models: imported.models,
});
console.log(`${canLoc?.models?.length ?? 0} models kept; ${issues.length} issue(s).`);
for (const issue of issues) console.log(`  ${issue.message.vi}\n  ${issue.message.en}`);

// 3. Questions. Every answer is an interval with its hedge: "hơn", "gần" travel to the printed figure.
heading('3. query(canLoc, { by: "field" })');
const byField = query(canLoc, { by: 'field' });
console.log(`  ${queryTitle({ by: 'field' }, byField, 'vi', 'huyện Can Lộc')} / ${queryTitle({ by: 'field' }, byField, 'en', 'Can Lộc district')}`);
printRows(byField);
for (const lang of LANGS) console.log(`  ${summarize(byField, lang)}`);

heading('4. query(canLoc, { by: "commune" })');
printRows(query(canLoc, { by: 'commune' }));

heading('5. query(canLoc, { metric: "road-length", by: "commune" }): 916 m and 7,1 km add up in km');
const roads = query(canLoc, { metric: 'road-length', by: 'commune' });
printRows(roads, roads.unit, { maximumFractionDigits: 3 });
const households = query(canLoc, { metric: 'households-donating-land' });
for (const lang of LANGS) console.log(`  ${lang}: ${formatReported(households.total, lang, households.unit)}`);

heading('6. query(canLoc, { by: "commune", at: "2025-08-01" }): the same models in the communes of the 2025 reform');
const after = query(canLoc, { by: 'commune', at: '2025-08-01' });
printRows(after);
for (const warning of after.warnings) console.log(`  ${warning.message.vi}\n  ${warning.message.en}`);

// 7. The province's figures as the press published them, shipped with the package.
heading('7. @danvan/core/data/ha-tinh.json');
const { data: haTinh } = validate(haTinhJson);
const province = query(haTinh, { by: 'field' });
console.log(`  ${queryTitle({ by: 'field' }, province, 'vi', 'tỉnh Hà Tĩnh')} / ${queryTitle({ by: 'field' }, province, 'en', 'Hà Tĩnh province')}`);
printRows(province);
for (const lang of LANGS) console.log(`  ${summarize(province, lang)}`);
for (const source of province.sources) console.log(`  Nguồn: ${formatSource(source, 'vi')}\n  Source: ${formatSource(source, 'en')}`);

// 8. The gazetteer: codes are the keys, names match loosely, and units are followed through the reform.
heading('8. gazetteer');
for (const place of gazetteer.find('thien loc', { at: '2023' })) {
  const parents = gazetteer.ancestors(place.code, '2023').map((p) => gazetteer.label(p.code, 'vi', '2023'));
  console.log(`  “thien loc” in 2023: ${place.code} ${gazetteer.label(place.code, 'vi', '2023')}, ${parents.join(', ')}`);
  for (const target of gazetteer.crosswalk(place.code, '2025-08-01')) {
    console.log(`  since 2025-07-01: ${target.code} ${gazetteer.label(target.code, 'vi')} / ${gazetteer.label(target.code, 'en')} (${target.share})`);
  }
}
console.log(`  Kỳ Anh names ${gazetteer.find('Kỳ Anh', { at: '2023', tier: 'district' }).map((p) => `${p.code} ${gazetteer.label(p.code, 'en', '2023')}`).join(' and ')}.`);
console.log(`  Districts: ${gazetteer.unitsAt('2023', 'district').length} in 2023, ${gazetteer.unitsAt('2025-08-01', 'district').length} from 2025-07-01; communes then: ${gazetteer.unitsAt('2025-08-01', 'commune').length}.`);
