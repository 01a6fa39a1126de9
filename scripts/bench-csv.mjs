#!/usr/bin/env node
/**
 * CSV import throughput (part of `npm run bench`; runs alone too): a provincial office's spreadsheet of models,
 * generated from packages/core/data/ha-tinh-synthetic.json as Excel saves it in Vietnamese (semicolons, a title
 * row, Vietnamese headers and values, place names, dd/mm/yyyy dates, figures with thousands dots and hedges),
 * read by the BUILT @danvan/core's `importModelsCsv` (delimiter sniffed, header found, every cell read and
 * checked, places resolved) against d3-dsv's `dsvFormat(';').parseRows` on the same text, which only splits it
 * into cells (and which core itself uses to split). core's splitter alone (`readCsvRows`) is timed too.
 * A warm-up, then the median of --runs (default 5). Throughput in MB/s, MB = 10^6 bytes of UTF-8, by wall clock
 * and by CPU time (all threads), which varies less when other work shares the machine.
 *
 * Options: --runs=N, --copies=N (the dataset's models written N times; default 2), --json (print one JSON line).
 */
import { dsvFormat } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = Math.max(1, arg('runs', 5));
const COPIES = Math.max(1, arg('copies', 2));
const JSON_OUT = process.argv.includes('--json');
const TODAY = '2026-11-29';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
const { readCsvRows } = await import(new URL('../packages/core/dist/csv/read-csv-rows.js', import.meta.url).href);

/** The spreadsheet: one row per model, COPIES times over. */
function spreadsheet() {
  const { models } = JSON.parse(readFileSync(`${ROOT}packages/core/data/ha-tinh-synthetic.json`, 'utf8'));
  const vi = core.labelsFor('vi');
  const place = new Map();
  const label = (code) => place.get(code) ?? (place.set(code, core.placeIndex.label(code, 'vi')), place.get(code));
  const date = (d) => (d?.length === 10 ? `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d?.length === 7 ? `${d.slice(5)}/${d.slice(0, 4)}` : (d ?? ''));
  const cell = (s) => (/[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = [
    'BÁO CÁO MÔ HÌNH DÂN VẬN KHÉO GIAI ĐOẠN 2013-2023;;;;;;;;;',
    'STT;Tên mô hình;Lĩnh vực;Địa bàn;Thời gian thực hiện;Đơn vị chủ trì;Cấp công nhận;Tình trạng;Số hộ hiến đất;Ghi chú',
  ];
  let n = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    for (const m of models) {
      n++;
      const households = n % 7 === 0 ? `hơn ${((n % 40) + 1) * 25}` : n % 3 === 0 ? ((n * 37) % 2400).toLocaleString('vi-VN') : '';
      lines.push(
        [
          n,
          cell(m.name.vi),
          vi.field[m.field],
          label(m.place),
          date(m.started),
          m.host ? vi.host[m.host] : '',
          m.level ? vi.level[m.level] : '',
          m.status ? vi.status[m.status] : '',
          households,
          n % 11 === 0 ? cell('Nhân dân tự nguyện; được địa phương ghi nhận') : '',
        ].join(';'),
      );
    }
  }
  return { text: '\uFEFF' + lines.join('\r\n') + '\r\n', rows: n };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { text, rows } = spreadsheet();
const bytes = Buffer.byteLength(text);
const MB = bytes / 1e6;

const cases = {
  importModelsCsv: () => {
    const r = core.importModelsCsv(text, { today: TODAY });
    return { models: r.models.length, errors: r.issues.filter((i) => i.severity === 'error').length, warnings: r.issues.filter((i) => i.severity !== 'error').length };
  },
  readCsvRows: () => ({ rows: readCsvRows(text).rows.length }),
  'd3-dsv parseRows': () => ({ rows: dsvFormat(';').parseRows(text).length }),
};

const out = { bytes, rows, runs: RUNS, results: {} };
for (const [name, fn] of Object.entries(cases)) {
  const check = fn(); // warm-up
  const times = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
    const { user, system } = process.cpuUsage(c);
    cpus.push((user + system) / 1000);
  }
  const ms = median(times);
  const cpu = median(cpus);
  out.results[name] = { ms, min: Math.min(...times), max: Math.max(...times), mbps: MB / (ms / 1000), cpu, cpuMbps: MB / (cpu / 1000), check };
}

if (JSON_OUT) console.log(JSON.stringify(out));
else {
  console.log(`CSV import: ${rows.toLocaleString('en')} models, ${MB.toFixed(2)} MB; medians of ${RUNS} runs after a warm-up (Node ${process.version})`);
  for (const [name, r] of Object.entries(out.results)) {
    console.log(`  ${name.padEnd(18)} ${r.ms.toFixed(0).padStart(6)} ms  ${r.mbps.toFixed(1).padStart(6)} MB/s  (CPU ${r.cpu.toFixed(0)} ms, ${r.cpuMbps.toFixed(1)} MB/s)   ${JSON.stringify(r.check)}`);
  }
}
