import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validate } from '@danvan/core';
import haTinh from '@danvan/core/data/ha-tinh.json';
import { DATASET_SCHEMA_ID, datasetJsonSchema } from '../../packages/core/src/schema/index.js';

const FILE = new URL('../../packages/core/schema/dataset.schema.json', import.meta.url);
const committed = readFileSync(FILE, 'utf8');
// A real JSON Schema validator, as a PHP or Java backend would use one. Strict mode: the schema must be clean.
const check = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(committed));

describe('packages/core/schema/dataset.schema.json', () => {
  it('is exactly what datasetJsonSchema() gives (regenerate with scripts/build-json-schema.mjs)', () => {
    expect(committed).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  });

  it('has an $id, a title and a description, and names its shared parts under $defs', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(DATASET_SCHEMA_ID);
    expect(schema.title).toBe('danvan dataset');
    expect(schema.description).toMatch(/Skilled Mass Mobilization/);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Model', 'Statistic', 'Source', 'LocalizedText', 'ReportedNumber']));
    expect(schema.required).toEqual(['version', 'title', 'language', 'license', 'updated', 'sources']);
  });

  it('accepts the default dataset, ha-tinh.json, and the synthetic one', () => {
    expect(check(haTinh), JSON.stringify(check.errors)).toBe(true);
    const synthetic = JSON.parse(readFileSync(new URL('../../packages/core/data/ha-tinh-synthetic.json', import.meta.url), 'utf8'));
    expect(check(synthetic), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  });

  it('refuses what validate reports (a record or value skipped, or no dataset at all)', () => {
    const bad = (patch: (d: Record<string, any>) => void) => {
      const d = structuredClone(haTinh) as Record<string, any>;
      patch(d);
      return d;
    };
    const cases = [
      bad((d) => (d.version = 2)),
      bad((d) => delete d.sources),
      bad((d) => (d.title = '')),
      bad((d) => (d.title = { vi: '', en: '' })),
      bad((d) => (d.title = {})),
      bad((d) => (d.updated = '2023-13')),
      bad((d) => (d.models[0].field = 'sports')),
      bad((d) => (d.models[0].id = '-leading-dash')),
      bad((d) => delete d.models[0].place),
      bad((d) => (d.statistics[0].value = { value: '19300' })),
      bad((d) => (d.statistics[0].value = { value: 19300, qualifier: 'roughly' })),
      bad((d) => (d.models[0].outcomes = [{ metric: 'road-length', value: 1, unit: 'miles' }])),
    ];
    for (const d of cases) {
      expect(check(d)).toBe(false);
      expect(validate(d).issues.length).toBeGreaterThan(0);
    }
  });

  it('allows Vietnamese letters in ids, as the zod schema does (Unicode patterns)', () => {
    const d = structuredClone(haTinh) as Record<string, any>;
    d.models[0].id = 'mô-hình-1';
    expect(check(d)).toBe(true);
    expect(validate(d).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
