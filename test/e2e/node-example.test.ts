import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './servers.js';

const EXAMPLE = join(ROOT, 'examples/node');
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  // The example imports the built package, as an npm user would: `npm test` builds before the e2e project runs.
  if (!existsSync(join(ROOT, 'packages/core/dist/index.js'))) throw new Error('Build @danvan/core first: npm run build -w @danvan/core');
  const result = spawnSync(process.execPath, [join(EXAMPLE, 'index.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', NODE_OPTIONS: '' },
    timeout: 30_000,
  });
  run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
});

describe('examples/node/index.mjs', () => {
  it('runs with node against the built @danvan/core, exits 0 and writes nothing to stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('imports the shipped CSV: BOM, semicolons, title rows, totals row, and one bad cell reported in both languages', () => {
    const csv = readFileSync(join(EXAMPLE, 'mo-hinh-can-loc.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv).toMatch(/^Tổng cộng;8 mô hình;/m);
    expect(run.stdout).toContain('Delimiter “;”; 8 models; totals row on line 15.');
    expect(run.stdout).toContain('1 issue(s):');
    expect(run.stdout).toContain('warning invalid_date (row 12, column 5)');
    expect(run.stdout).toContain('vi: Dòng 12, cột 5: “năm 2O22” không phải là ngày hợp lệ (dùng 2021, 03/2021 hoặc 15/03/2021).');
    expect(run.stdout).toContain('en: Row 12, column 5: “năm 2O22” is not a valid date (use 2021, 03/2021 or 15/03/2021).');
    expect(run.stdout).toContain('8 models kept; 0 issue(s).');
  });

  it('prints the models by field and by commune in Vietnamese and English', () => {
    for (const line of [
      'Số mô hình theo lĩnh vực, huyện Can Lộc / Models by field, Can Lộc district',
      'Kinh tế: 3 (37,5%)',
      'Economic: 3 (37.5%)',
      'Xây dựng Đảng, hệ thống chính trị: 1 (12,5%)',
      'Kinh tế có nhiều mô hình nhất: 3 trên tổng số 8.',
      'Economic has the most models: 3 of 8.',
      'xã Thiên Lộc: 2 (25%)',
      'Thiên Lộc commune: 2 (25%)',
    ]) {
      expect(run.stdout).toContain(line);
    }
  });

  it('adds 916 m and 7,1 km in km, and keeps the hedges of "hơn" and "gần"', () => {
    expect(run.stdout).toContain('xã Thiên Lộc: 8,016 km (82,5%)');
    expect(run.stdout).toContain('Thiên Lộc commune: 8.016 km (82.5%)');
    expect(run.stdout).toContain('= 9,716 km');
    expect(run.stdout).toContain('vi: khoảng 1.087 hộ');
    expect(run.stdout).toContain('en: about 1,087 households');
  });

  it('maps the models to the communes of the 2025 reform and says so', () => {
    expect(run.stdout).toContain('xã Can Lộc: 4 (50%)');
    expect(run.stdout).toContain('8 models in pre-reform units were counted in the units that replaced them on 2025-08-01.');
  });

  it('prints the default Hà Tĩnh figures from @danvan/core/data/ha-tinh.json, with their source', () => {
    for (const line of [
      'Kinh tế: gần 8.000 (41,5%)',
      'Economic: nearly 8,000 (41.5%)',
      '= hơn 19.300',
      '= more than 19,300',
      'Kinh tế có nhiều mô hình nhất: gần 8.000 trên tổng số hơn 19.300.',
      'Economic has the most models: nearly 8,000 of more than 19,300.',
      'Source: Thu Hà, “Actively building and replicating the model of “Skilled Mass Mobilization” in various fields”, 2023',
    ]) {
      expect(run.stdout).toContain(line);
    }
  });

  it('looks places up in the gazetteer and follows them through the reform', () => {
    expect(run.stdout).toContain('“thien loc” in 2023: 18415 xã Thiên Lộc, huyện Can Lộc, tỉnh Hà Tĩnh');
    expect(run.stdout).toContain('since 2025-07-01: R1665-27 xã Can Lộc / Can Lộc commune (whole)');
    expect(run.stdout).toContain('Kỳ Anh names 447 Kỳ Anh district and 449 Kỳ Anh town.');
    expect(run.stdout).toContain('Districts: 13 in 2023, 0 from 2025-07-01; communes then: 69.');
  });

  it('is wired to `npm run example:node`', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['example:node']).toBe('node examples/node/index.mjs');
  });
});
