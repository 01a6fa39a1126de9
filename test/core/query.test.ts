import { describe, expect, it } from 'vitest';
import haTinhJson from '@danvan/core/data/ha-tinh.json';
import { formatReported, query, validate, type Dataset } from '@danvan/core';

const haTinh = validate(haTinhJson).data as Dataset;

describe('query(dataset, q) on published statistics', () => {
  it("query(haTinh, { by: 'field' }) gives the four fields and the total as published", () => {
    const r = query(haTinh, { by: 'field' });
    expect(r.basis).toBe('statistics');
    expect(r.rows.map((row) => row.key)).toEqual(['economic', 'culture-society', 'defense-security', 'party-building']);
    expect(r.rows.map((row) => formatReported(row.value, 'vi'))).toEqual(['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']);
    expect(r.rows.map((row) => formatReported(row.value, 'en'))).toEqual(['nearly 8,000', 'more than 5,800', 'more than 3,300', '2,200']);
    expect(formatReported(r.total!, 'vi')).toBe('hơn 19.300');
    expect(r.reconciliation?.consistent).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.sources.map((s) => s.id)).toEqual(['seed-article']);
    expect(r.period).toEqual({ from: '2013', to: '2023' });
    expect(r.place).toBe('42');
    expect(r.rows[0]!.share).toBeCloseTo(8000 / 19300, 5);
  });

  it("query(haTinh, { by: 'field', sort: 'value', limit: 2 }) keeps shares of the whole", () => {
    const r = query(haTinh, { by: 'field', sort: 'value', limit: 2 });
    expect(r.rows.map((row) => row.key)).toEqual(['economic', 'culture-society']);
    expect(r.rows[1]!.share).toBeCloseTo(5800 / 19300, 5);
  });

  it("query(haTinh, { field: 'economic' }) answers one published figure", () => {
    const r = query(haTinh, { field: 'economic' });
    expect(r.basis).toBe('statistics');
    expect(formatReported(r.total!, 'en')).toBe('nearly 8,000');
  });

  it("query(haTinh, { metric: 'canal-built', place: '443' }) keeps the unit and hedge", () => {
    const r = query(haTinh, { metric: 'canal-built', place: '443' });
    expect(formatReported(r.total!, 'vi', r.unit)).toBe('hơn 7,1 km');
    expect(r.period).toEqual({ from: '2023-01', to: '2023-09' });
  });
});
