// The CSV importer's issue messages live with the importer and join the message maps when it loads (a chart that
// reads no spreadsheet does not carry them). This file imports nothing but `importModelsCsv`, from its own module,
// so the messages it sees come from that module alone; the bundles below check the same after tree-shaking.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importModelsCsv } from '../../packages/core/src/csv/import-models-csv.js';
import { appBundle } from '../../scripts/app-bundle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHEET = 'Tên mô hình;Lĩnh vực;Địa bàn;Số hộ hiến đất\nĐường hoa;Kinh tế;Thiên Lộc;1.0.0\n';

/** Bundles `code` as an app's bundler would (tree-shaken, every dependency inlined), runs it, returns its exports. */
async function bundleAndRun(code: string): Promise<{ inputs: string[]; exports: Record<string, unknown> }> {
  const { outputFiles, metafile } = await appBundle({
    stdin: { contents: code, resolveDir: ROOT, loader: 'ts' },
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const dir = mkdtempSync(join(tmpdir(), 'danvan-csv-messages-'));
  try {
    const file = join(dir, 'bundle.mjs');
    writeFileSync(file, outputFiles[0]!.contents);
    const exports = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
    // The modules whose code is in the bundle (esbuild lists the ones it dropped too, with no bytes).
    const inputs = Object.values(metafile.outputs).flatMap((o) => Object.keys(o.inputs).filter((f) => o.inputs[f]!.bytesInOutput > 0));
    return { inputs, exports };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('CSV issue messages', () => {
  it('importModelsCsv(text), imported alone from its module, words its own issues in both languages', () => {
    const issue = importModelsCsv(SHEET, { today: '2026-01-15' }).issues.find((i) => i.code === 'invalid_number');
    expect(issue?.message).toEqual({
      vi: 'Dòng 2, cột 4: “1.0.0” không phải là số.',
      en: 'Row 2, column 4: “1.0.0” is not a number.',
    });
    const empty = importModelsCsv('').issues[0]!;
    expect([empty.code, empty.message.vi, empty.message.en]).toEqual(['empty_file', 'Tệp không có dữ liệu.', 'The file holds no data.']);
  });

  it('a bundle that uses only importModelsCsv keeps the messages (core is "sideEffects": false)', async () => {
    const { inputs, exports } = await bundleAndRun(
      "import { importModelsCsv } from './packages/core/src/csv/import-models-csv.ts';\n" +
        `export const issues = importModelsCsv(${JSON.stringify(SHEET)}, { today: '2026-01-15' }).issues;`,
    );
    expect(inputs).toContain('packages/core/src/csv/messages-csv-vi.ts');
    const issue = (exports.issues as { code: string; message: { vi: string; en: string } }[]).find((i) => i.code === 'invalid_number');
    expect(issue?.message.en).toBe('Row 2, column 4: “1.0.0” is not a number.');
    expect(issue?.message.vi).toBe('Dòng 2, cột 4: “1.0.0” không phải là số.');
  });

  it('a bundle without the importer carries none of its messages; createIssue writes such a code as itself', async () => {
    const { inputs, exports } = await bundleAndRun(
      "import { createIssue, validate } from './packages/core/src/index.ts';\n" +
        "export const checked = validate({}).issues.length;\n" +
        "export const issue = createIssue('not_csv', 'error', { row: 2 }, { kind: 'json' });",
    );
    expect(inputs.filter((f) => f.includes('/csv/'))).toEqual([]);
    expect(exports.checked).toBeGreaterThan(0);
    expect((exports.issue as { message: unknown }).message).toEqual({ vi: 'Dòng 2: not_csv', en: 'Row 2: not_csv' });
  });
});
