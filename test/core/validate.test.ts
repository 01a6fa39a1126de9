import { describe, expect, it } from 'vitest';
import haTinh from '@danvan/core/data/ha-tinh.json';
import { validate } from '@danvan/core';

describe('validate(input)', () => {
  it('accepts the default Hà Tĩnh dataset without errors', () => {
    const { data, issues } = validate(haTinh);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(data?.statistics).toHaveLength(haTinh.statistics.length);
    expect(data?.models).toHaveLength(haTinh.models.length);
  });
});
