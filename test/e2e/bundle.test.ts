import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './servers.js';

const CDN = join(ROOT, 'packages/widgets/dist/cdn');
const bundle = readFileSync(join(CDN, 'danvan.min.js'), 'utf8');

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js|mjs)$/.test(name)) yield path;
  }
}

describe('the CDN bundle danvan.min.js', () => {
  it('is one self-contained module: no import statements, no dynamic imports, no re-exports', () => {
    // Static imports (`import{a}from"x"`, `import*as a from"x"`, `import a from"x"`, `import"x"`) and `import(`.
    expect(bundle.match(/\bimport\s*(\{[^}]*\}\s*from|\*\s*as\s+[\w$]+\s+from|["'`]|\(|[\w$]+\s+from\s*["'])/g)).toBeNull();
    expect(bundle.match(/\bexport\s*[{*][^;]*\bfrom\s*["']/g)).toBeNull();
  });

  it('has no eval or new Function sites', () => {
    expect(bundle.match(/\beval\(|new Function\(/g)).toBeNull();
  });

  it('ships an integrity.json whose sha384 matches the file', () => {
    const report = JSON.parse(readFileSync(join(CDN, 'integrity.json'), 'utf8'));
    const sri = (name: string) => `sha384-${createHash('sha384').update(readFileSync(join(CDN, name))).digest('base64')}`;
    expect(report.integrity).toBe(sri('danvan.min.js'));
    expect(report.raw).toBe(statSync(join(CDN, 'danvan.min.js')).size);
    expect(report.brotli).toBeGreaterThan(0);
    expect(report.brotli).toBeLessThan(report.gzip);
    expect(report.css).toEqual({ file: 'danvan.css', integrity: sri('danvan.css') });
  });
});

describe("the project's own sources", () => {
  it('write no HTML sinks and call no eval, new Function or csvParse', () => {
    const offenders: string[] = [];
    for (const pkg of ['core', 'widgets']) {
      for (const file of sourceFiles(join(ROOT, 'packages', pkg, 'src'))) {
        const text = readFileSync(file, 'utf8');
        const hits = text.match(/\b(innerHTML|outerHTML|insertAdjacentHTML|unsafeHTML|unsafeCSS|setHTMLUnsafe|document\.write)\b|\beval\(|new Function\(|\b(csv|tsv)Parse\(|style=["'$]/g);
        if (hits) offenders.push(`${file}: ${hits.join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
