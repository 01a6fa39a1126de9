// Counts the property tests of the core suite from its sources: every `fc.assert` call is one property, and its
// runs are read from `runs(N)` (fc-runs.ts), `numRuns: N`, or a constant holding either. The issue "Reliability,
// security and performance" asks for at least 25 distinct properties of 1,000 runs or more over import, validate,
// query and format; this keeps that promise from eroding silently.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('./', import.meta.url);
const FLOOR = 1000;

interface Site {
  readonly file: string;
  readonly line: number;
  /** Runs per CI run, or 0 when the source does not say them in a way this reader follows. */
  readonly runs: number;
}

/** The text of a call from its opening parenthesis to the matching closing one, skipping string literals. */
function callText(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/** A number literal, or a constant of this file holding one (or holding `{ numRuns: N }`). */
function resolve(source: string, token: string): number {
  if (/^\d[\d_]*$/.test(token)) return Number(token.replaceAll('_', ''));
  const declared = new RegExp(`const ${token}\\s*=\\s*([^;]+);`).exec(source)?.[1] ?? '';
  const literal = /^\s*(\d[\d_]*)\s*$/.exec(declared)?.[1] ?? /numRuns:\s*(\d[\d_]*)/.exec(declared)?.[1];
  return literal ? Number(literal.replaceAll('_', '')) : 0;
}

function runsOf(source: string, call: string): number {
  const helper = /\bruns\((\d[\d_]*)\)/.exec(call)?.[1];
  if (helper) return resolve(source, helper);
  const named = /numRuns:\s*([\w]+)/.exec(call)?.[1];
  if (named) return resolve(source, named);
  // The options given as a constant: `RUNS` in (property, RUNS).
  const last = /,\s*([A-Z_][A-Z0-9_]*)\s*,?\s*\)$/.exec(call)?.[1];
  return last ? resolve(source, last) : 0;
}

function sites(): Site[] {
  const out: Site[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.test.ts')).sort()) {
    const source = readFileSync(new URL(file, DIR), 'utf8');
    for (const m of source.matchAll(/\bfc\.assert\(/g)) {
      const open = m.index + m[0].length - 1;
      out.push({ file, line: source.slice(0, m.index).split('\n').length, runs: runsOf(source, callText(source, open)) });
    }
  }
  return out;
}

describe('the core suite’s property tests', () => {
  const all = sites();
  const strong = all.filter((s) => s.runs >= FLOOR);

  it(`number at least 25 with ${FLOOR} runs or more each`, () => {
    expect(strong.length, strong.map((s) => `${s.file}:${s.line} ${s.runs}`).join('\n')).toBeGreaterThanOrEqual(25);
  });

  it('cover import, validate, query and format, each with properties of its own file', () => {
    for (const area of ['import', 'validate', 'query', 'format']) {
      expect(strong.filter((s) => s.file === `properties-${area}.test.ts`).length, area).toBeGreaterThanOrEqual(5);
    }
  });

  it(`in the properties-*.test.ts files, every property runs ${FLOOR} times or more, through runs(N) (seed and replay)`, () => {
    const weak = all.filter((s) => s.file.startsWith('properties-') && s.runs < FLOOR);
    expect(weak).toEqual([]);
    for (const file of new Set(all.filter((s) => s.file.startsWith('properties-')).map((s) => s.file))) {
      const source = readFileSync(new URL(file, DIR), 'utf8');
      expect((source.match(/\bfc\.assert\(/g) ?? []).length, file).toBe((source.match(/\bruns\(\d[\d_]*\)/g) ?? []).length);
    }
  });

  it('reads the runs of the suites it counts (a property it cannot read counts as 0 runs, never as more)', () => {
    // Spot checks against sources whose runs are known: a change to how they say it must not inflate the count.
    expect(all.find((s) => s.file === 'interval.test.ts')?.runs).toBe(1000);
    expect(all.filter((s) => s.file === 'fast-path.test.ts').every((s) => s.runs >= 5000)).toBe(true);
    expect(all.every((s) => Number.isFinite(s.runs) && s.runs >= 0)).toBe(true);
  });
});
