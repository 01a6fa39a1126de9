import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS, query, reconcile, synthesizeModels, toInterval, validate, type Dataset } from '@danvan/core';
import haTinh from '@danvan/core/data/ha-tinh.json';
import { SYNTHETIC_SEED, syntheticDatasetText } from '../../scripts/synthetic-dataset.mjs';

const FILE = new URL('../../packages/core/data/ha-tinh-synthetic.json', import.meta.url);
const committed = readFileSync(FILE, 'utf8');

describe('packages/core/data/ha-tinh-synthetic.json', () => {
  it('is exactly what the generator gives for its seed (regenerate with scripts/build-synthetic.mjs)', () => {
    const fresh = syntheticDatasetText(synthesizeModels);
    if (committed !== fresh) {
      // A 6 MB diff helps nobody: say where the two part.
      let i = 0;
      while (i < fresh.length && committed[i] === fresh[i]) i++;
      expect.fail(
        `The committed file differs from a fresh generation at character ${i}:\n` +
          `  committed: …${committed.slice(Math.max(0, i - 80), i + 80)}…\n` +
          `  fresh:     …${fresh.slice(Math.max(0, i - 80), i + 80)}…\n` +
          'Run `npm run build -w @danvan/core && node scripts/build-synthetic.mjs` if the generator changed on purpose.',
      );
    }
    expect(JSON.parse(committed).sources[0].note.en).toContain(`seed: ${SYNTHETIC_SEED}`);
  });

  it('validates with no issues at all', () => {
    const { data, issues } = validate(committed, { today: '2026-11-29' });
    expect(issues).toEqual([]);
    expect(data?.models).toHaveLength(JSON.parse(committed).models.length);
  });

  it('says it is synthetic and illustrative, is CC0, holds no published statistics and no per-record sources', () => {
    const data = JSON.parse(committed) as Dataset;
    expect(data.version).toBe(1);
    expect(data.synthetic).toBe(true);
    expect(data.license).toBe('CC0-1.0');
    expect(data.title).toMatchObject({ vi: expect.stringContaining('minh họa'), en: expect.stringContaining('illustrative') });
    expect(data.statistics).toBeUndefined();
    expect(data.sources).toHaveLength(1);
    expect(data.models!.every((m) => m.sources === undefined)).toBe(true);
    expect(committed.trimEnd()).not.toContain('\n');
  });

  it('query(synthetic, { by: "field" }) counts records that fit the published figures', () => {
    const data = validate(committed).data!;
    const r = query(data, { by: 'field' });
    expect(r.basis).toBe('records');
    expect(r.sources.map((s) => s.id)).toEqual(['danvan-synthesizer']);
    for (const field of FIELDS) {
      const stat = haTinh.statistics.find((s) => s.id === `ht-models-${field}`)!;
      const row = r.rows.find((row) => row.key === field)!;
      expect(reconcile(toInterval(stat.value as number), [row.value]).consistent, field).toBe(true);
    }
    const total = haTinh.statistics.find((s) => s.id === 'ht-models-total')!;
    expect(reconcile(toInterval(total.value as { value: number }), [r.total!]).consistent).toBe(true);
  });
});
