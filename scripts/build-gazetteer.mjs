#!/usr/bin/env node
/**
 * Builds packages/core/src/gazetteer/ha-tinh-places.ts from the reference lists in packages/core/reference/:
 * GSO's commune-level lists for 2020-2024 and the first half of 2025, and Resolution 1665/NQ-UBTVQH15's table of
 * the 69 units in force from 2025-07-01. Run `node scripts/build-gazetteer.mjs` after changing a list; the output
 * is deterministic (same input, same bytes) and meant to be committed. `--check` writes nothing and fails when
 * the committed module is not what the lists give (for CI).
 *
 * What the lists cannot say is written down below as facts (the 2025-01-01 merges, the units with no known
 * successor, the anomaly in GSO's 2025 list); everything else is derived, and anything that does not add up stops
 * the build with a message on stderr rather than being dropped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3-dsv';

const root = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const REFERENCE = 'packages/core/reference/';
const OUTPUT = 'packages/core/src/gazetteer/ha-tinh-places.ts';

const PROVINCE = { code: '42', name: 'Hà Tĩnh' };
const LISTS = { from: '2020-01-01', change: '2025-01-01', lastOld: '2024-12-31', reform: '2025-07-01', lastH1: '2025-06-30' };

// Resolution 1283/NQ-UBTVQH15 as the README transcribes it: merges that kept one constituent's code.
const MERGES_2025 = [
  ['18076', '18077'],
  ['18070', '18094'],
  ['18193', '18178'],
  ['18214', '18223'],
  ['18205', '18202'],
];
// Absorbed by a neighbour that Resolution 1283 names but our sources do not: no successor rather than a guess.
const NO_KNOWN_SUCCESSOR = new Set(['18472', '18535']);
// In GSO's 2025 list only and never named by Resolution 1665 (see the README): kept as listed, with no links.
const LIST_ANOMALIES = new Set(['18448']);

// The type words of the sources, folded (see foldType).
const TYPES = {
  'thanh pho': 'city',
  'thi xa': 'town',
  huyen: 'district',
  xa: 'commune',
  phuong: 'ward',
  'thi tran': 'township',
};
// The types the generated rows index into (by position: keep this order stable).
const OUT_TYPES = ['province', 'city', 'town', 'district', 'commune', 'ward', 'township'];
// Resolution 1665's notes on a constituent that was split between new units.
const PART_NOTES = new Set(['part', 'rest', 'area', 'part of population', 'rest of population']);
const WHOLE_NOTES = new Set(['unchanged']);

// The same folding as packages/core/src/text/fold-name.ts (a build script cannot import TypeScript on Node 20);
// it only decides which rows match here, the gazetteer folds at run time with foldName itself.
const fold = (s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const clean = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const problems = [];
const problem = (message) => {
  problems.push(message);
};

function readCsv(file) {
  const text = readFileSync(root(REFERENCE + file), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = csvParseRows(text.replace(/\r\n?/g, '\n').trimEnd());
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h.trim(), clean(row[i] ?? '')])));
}

function typeOf(word, where) {
  const type = TYPES[fold(word)];
  if (!type) problem(`${where}: unknown type word "${word}"`);
  return type;
}

/** "Thị trấn Tây Sơn" with type word "Thị trấn" -> "Tây Sơn". */
function bareName(full, typeWord, where) {
  if (!fold(full).startsWith(`${fold(typeWord)} `)) {
    problem(`${where}: "${full}" does not start with its type word "${typeWord}"`);
    return full;
  }
  return clean(full.slice(typeWord.length));
}

/** One GSO list as units keyed by code, plus the districts it names. */
function readGsoList(file) {
  const units = new Map();
  const districts = new Map();
  for (const [i, r] of readCsv(file).entries()) {
    const where = `${file} row ${i + 2}`;
    if (units.has(r.code)) problem(`${where}: code ${r.code} listed twice`);
    const parent = r.district_code;
    units.set(r.code, { code: r.code, name: bareName(r.name, r.type, where), type: typeOf(r.type, where), parent });
    const district = {
      code: parent,
      name: bareName(r.district_name, r.district_type, where),
      type: typeOf(r.district_type, where),
    };
    const seen = districts.get(parent);
    if (seen && (seen.name !== district.name || seen.type !== district.type)) problem(`${where}: district ${parent} named two ways`);
    districts.set(parent, district);
  }
  return { units, districts };
}

const same = (a, b) => a.name === b.name && a.type === b.type && a.parent === b.parent;
/** The other spelling when two names differ only in diacritics ("Cẩm Vĩnh", "Cẩm Vịnh"); loose matching alone would hide it. */
const otherSpelling = (name, other) => (other !== name && fold(other) === fold(name) ? [other] : []);

const old = readGsoList('ha-tinh-units-2020-2024.csv');
const h1 = readGsoList('ha-tinh-units-2025-h1.csv');
const places = [];
const successions = [];
const link = (from, to, date, share = 'whole') => successions.push({ from, to, date, share });

// Province and district level. Districts are older than our lists: no validFrom. All of them end with the
// district level on 2025-06-30, except those gone from the 2025 list, which ended a half-year earlier.
places.push({ ...PROVINCE, type: 'province' });
for (const [code, d] of [...old.districts].sort(byCode)) {
  const kept = h1.districts.get(code);
  if (kept && (kept.name !== d.name || kept.type !== d.type)) problem(`district ${code} changed name or type in 2025`);
  places.push({ ...d, parent: PROVINCE.code, validTo: kept ? LISTS.lastH1 : LISTS.lastOld });
}
for (const code of h1.districts.keys()) if (!old.districts.has(code)) problem(`district ${code} is new in 2025`);

// Commune level, 2020-01-01 .. 2025-06-30: one version when nothing changed, two when anything did.
const changed = new Set();
for (const [code, u] of old.units) {
  const next = h1.units.get(code);
  if (next && same(u, next)) {
    places.push({ ...u, validFrom: LISTS.from, validTo: LISTS.lastH1 });
    continue;
  }
  places.push({ ...u, validFrom: LISTS.from, validTo: LISTS.lastOld, aliases: otherSpelling(u.name, next?.name ?? u.name) });
  if (next) changed.add(code);
}
for (const [code, u] of h1.units) {
  const before = old.units.get(code);
  if (before && same(before, u)) continue;
  if (!before && !LIST_ANOMALIES.has(code)) problem(`${code} ${u.name} is new in the 2025 list with no known origin`);
  places.push({ ...u, validFrom: LISTS.change, validTo: LISTS.lastH1, aliases: otherSpelling(u.name, before?.name ?? u.name) });
}

// 2025-01-01 successions. A unit that kept its code but changed (renamed, re-typed, moved, or the survivor of a
// merger) succeeds itself, so that successions alone connect every version to the next.
for (const [from, to] of MERGES_2025) {
  if (!old.units.has(from) || h1.units.has(from) || !h1.units.has(to)) problem(`merge ${from} -> ${to} does not fit the lists`);
  link(from, to, LISTS.change);
}
for (const code of [...changed].sort(byCodeKey)) link(code, code, LISTS.change);
const merged = new Set(MERGES_2025.map(([from]) => from));
for (const code of old.units.keys()) {
  if (!h1.units.has(code) && !merged.has(code) && !NO_KNOWN_SUCCESSOR.has(code)) problem(`${code} is gone in 2025 with no successor`);
}
// A district that left the list passed its units to the districts they moved to (Lộc Hà -> Thạch Hà, Hà Tĩnh city).
for (const code of old.districts.keys()) {
  if (h1.districts.has(code)) continue;
  const heirs = new Set([...old.units.values()].filter((u) => u.parent === code).map((u) => h1.units.get(u.code)?.parent));
  heirs.delete(undefined);
  for (const heir of [...heirs].sort(byCodeKey)) link(code, heir, LISTS.change, heirs.size > 1 ? 'part' : 'whole');
}

// 2025-07-01: Resolution 1665. Constituents are matched by folded name among the units in force on 2025-06-30,
// then by type word, then by exact spelling, because the resolution's spelling and type words are not GSO's.
const byFold = new Map();
for (const u of h1.units.values()) byFold.set(fold(u.name), [...(byFold.get(fold(u.name)) ?? []), u]);
const named = new Map();
const aliasesOf = new Map();
const notes = [];

function matchConstituent(text, where) {
  const m = /^(thị trấn|xã|phường)\s+(.+?)(?:\s*\(([^)]+)\))?$/iu.exec(text);
  if (!m) return problem(`${where}: cannot read "${text}"`);
  const [, typeWord, name, note] = m;
  if (note && !PART_NOTES.has(note) && !WHOLE_NOTES.has(note)) problem(`${where}: unknown note "(${note})"`);
  const type = typeOf(typeWord, where);
  let found = byFold.get(fold(name)) ?? [];
  if (found.length > 1) found = found.filter((u) => u.type === type);
  if (found.length > 1) found = found.filter((u) => u.name.toLowerCase() === name.toLowerCase());
  if (found.length !== 1) return problem(`${where}: "${text}" matches ${found.length} units valid on ${LISTS.lastH1}`);
  const unit = found[0];
  if (unit.type !== type) notes.push(`${where}: "${text}" is ${unit.type} ${unit.code} "${unit.name}" in GSO's list`);
  if (unit.name !== name) {
    notes.push(`${where}: "${name}" is spelled "${unit.name}" in GSO's list (${unit.code}); alias added`);
    aliasesOf.set(unit.code, [...(aliasesOf.get(unit.code) ?? []), name]);
  }
  named.set(unit.code, [...(named.get(unit.code) ?? []), where]);
  return { unit, share: note && PART_NOTES.has(note) ? 'part' : 'whole', unchanged: note === 'unchanged' };
}

const reform = readCsv('ha-tinh-communes-2025.csv');
for (const [i, r] of reform.entries()) {
  const where = `Resolution 1665 item ${r.item}`;
  if (Number(r.item) !== i + 1) problem(`${where}: items out of order`);
  const from = r.formed_from.split('|').map((s) => matchConstituent(clean(s), where)).filter(Boolean);
  const unchanged = from.length === 1 && from[0].unchanged;
  const code = unchanged ? from[0].unit.code : `R1665-${r.item.padStart(2, '0')}`;
  const name = r.new_name;
  const aliases = [...new Set(from.flatMap((f) => otherSpelling(name, f.unit.name)))];
  places.push({ code, name, type: typeOf(r.new_type, where), parent: PROVINCE.code, validFrom: LISTS.reform, aliases });
  for (const f of from) link(f.unit.code, code, LISTS.reform, f.share);
}
for (const u of h1.units.values()) {
  const items = named.get(u.code) ?? [];
  if (items.length === 0 && !LIST_ANOMALIES.has(u.code)) problem(`${u.code} ${u.name} (in force ${LISTS.lastH1}) is in no item of Resolution 1665`);
  if (items.length > 0 && LIST_ANOMALIES.has(u.code)) problem(`${u.code} is listed as an anomaly but Resolution 1665 names it`);
}
for (const [code, list] of aliasesOf) {
  const version = places.find((p) => p.code === code && p.validTo === LISTS.lastH1);
  version.aliases = [...new Set([...(version.aliases ?? []), ...list])];
}
for (const s of successions) {
  const split = successions.filter((t) => t.from === s.from && t.date === s.date);
  if ((split.length > 1) !== (s.share === 'part')) problem(`${s.from} on ${s.date}: share "${s.share}" but ${split.length} successor(s)`);
}

for (const n of notes) process.stderr.write(`note: ${n}\n`);
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`error: ${p}\n`);
  process.stderr.write(`${OUTPUT} not written: ${problems.length} problem(s)\n`);
  process.exit(1);
}
const text = render(places, successions);
if (process.argv.includes('--check')) {
  const current = existsSync(root(OUTPUT)) ? readFileSync(root(OUTPUT), 'utf8') : '';
  if (current !== text) {
    process.stderr.write(`${OUTPUT} is out of date: run node scripts/build-gazetteer.mjs\n`);
    process.exit(1);
  }
  process.stderr.write(`${OUTPUT} is up to date\n`);
} else {
  writeFileSync(root(OUTPUT), text);
  process.stderr.write(`${OUTPUT}: ${places.length} places, ${successions.length} successions\n`);
}

function byCodeKey(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
function byCode([a], [b]) {
  return byCodeKey(a, b);
}

/**
 * The module text: places grouped by validity and parent, successions by date, codes as numbers where GSO's. A
 * row's GSO code is written as its difference from the previous row's (18070, 6, 1, 11, … for 18070, 18076,
 * 18077, 18088): codes climb in small steps, and the short numbers make the bundles 0.25 KB smaller after brotli.
 */
function render(places, successions) {
  const code = (c) => (/^[1-9]\d*$/.test(c) ? c : JSON.stringify(c));
  // Steps from the previous GSO code in the same list (rows, then successions), in the order they are written; a
  // provisional key that follows the list's previous one (R1665-01, R1665-02, …) is written "".
  const stepper = () => {
    let previous = 0;
    let provisional = '';
    return (c) => {
      if (!/^[1-9]\d*$/.test(c)) {
        const text = c === nextKey(provisional) ? '' : c;
        provisional = c;
        return JSON.stringify(text);
      }
      const step = Number(c) - previous;
      previous = Number(c);
      return String(step);
    };
  };
  const rowCode = stepper();
  const linkCode = stepper();
  const str = (s) => JSON.stringify(s ?? '');
  const typeIndex = (t) => OUT_TYPES.indexOf(t);
  const groups = new Map();
  for (const p of places) {
    const key = [p.validFrom ?? '', p.validTo ?? '', p.parent ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const groupLines = [...groups].map(([key, ps]) => {
    const [from, to, parent] = key.split('|');
    const rows = ps.map((p) => {
      const alias = p.aliases?.length ? `,[${p.aliases.map(str).join(',')}]` : '';
      return `[${rowCode(p.code)},${str(p.name)},${typeIndex(p.type)}${alias}]`;
    });
    return `  [${str(from)},${str(to)},${parent ? code(parent) : 'null'},[\n    ${wrap(rows, 4)}]],`;
  });
  const dates = [...new Set(successions.map((s) => s.date))].sort();
  const successionLines = dates.map((date) => {
    const byTarget = new Map();
    for (const s of successions.filter((t) => t.date === date)) {
      const [whole, part] = byTarget.get(s.to) ?? [[], []];
      (s.share === 'part' ? part : whole).push(s.from);
      byTarget.set(s.to, [whole, part]);
    }
    const rows = [...byTarget].map(([to, [whole, part]]) => {
      const target = linkCode(to);
      const parts = part.length ? [whole.map(linkCode), part.map(linkCode)] : [whole.map(linkCode)];
      return `[${target},${parts.map((list) => `[${list.join(',')}]`).join(',')}]`;
    });
    return `  [${str(date)},[\n    ${wrap(rows, 4)}]],`;
  });
  return `// generated by scripts/build-gazetteer.mjs; do not edit
// Sources: General Statistics Office (GSO) lists of administrative units, 2020-2024 and 2025-01-01..2025-06-30;
// Resolution 1665/NQ-UBTVQH15 (16 June 2025), Article 1, for the units in force from 2025-07-01. See
// packages/core/reference/README.md. GSO codes are numbers here; provisional keys (R1665-NN) are strings. A GSO
// code is written as the difference from the previous GSO code of its list, places or successions, and a
// provisional key that follows the list's previous one as "" (see ha-tinh-data.ts).
// 18448 "Bình Lộc" is in GSO's 2025 list only and in no resolution: kept as listed, with no links.

/** Place types by index, as the rows below use them. */
export const HA_TINH_TYPES = ${JSON.stringify(OUT_TYPES)} as const;

/**
 * A unit: code (a GSO code as the difference from the previous row's GSO code, or a provisional key, "" for the
 * one after the previous row's), name without type word, index into HA_TINH_TYPES, other spellings.
 */
export type HaTinhPlaceRow = readonly [code: number | string, name: string, type: number, aliases?: readonly string[]];

/** Units sharing validity and parent: validFrom and validTo ('' when open), parent code (null for none), units. */
export type HaTinhPlaceGroup = readonly [validFrom: string, validTo: string, parent: number | null, rows: readonly HaTinhPlaceRow[]];

/**
 * The units a unit succeeded: its code, the units that went into it wholly, those that went into it in part (GSO
 * codes as steps from the previous GSO code of the successions, in the order written).
 */
export type HaTinhSuccessionRow = readonly [to: number | string, whole: readonly number[], part?: readonly number[]];

/** Hà Tĩnh's units through time (${places.length} versions). */
export const HA_TINH_PLACES: readonly HaTinhPlaceGroup[] = [
${groupLines.join('\n')}
];

/** Successions by the day they took effect (${successions.length} links), grouped by the succeeding unit. */
export const HA_TINH_SUCCESSIONS: readonly (readonly [date: string, links: readonly HaTinhSuccessionRow[]])[] = [
${successionLines.join('\n')}
];
`;
}

/** The provisional key after `key` (R1665-02 after R1665-01), as ha-tinh-data.ts reads "". */
function nextKey(key) {
  return key.replace(/\d+$/, (n) => String(Number(n) + 1).padStart(n.length, '0'));
}

/** Rows joined on lines of at most ~116 characters, so diffs stay readable. */
function wrap(rows, indent) {
  const lines = [];
  let line = '';
  for (const row of rows) {
    if (line && line.length + row.length + 1 > 116 - indent) {
      lines.push(line);
      line = '';
    }
    line += `${row},`;
  }
  lines.push(line.slice(0, -1));
  return lines.join(`\n${' '.repeat(indent)}`);
}
