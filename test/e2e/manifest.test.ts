import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './servers.js';

// custom-elements.json is written by the widgets build (`cem analyze`, with custom-elements-manifest.config.mjs):
// editors, Storybook and framework tooling read it, so it must describe every registered element completely.
const WIDGETS = join(ROOT, 'packages/widgets');
const pkg = JSON.parse(readFileSync(join(WIDGETS, 'package.json'), 'utf8'));
const elements: string[] = pkg.danvan.elements;
const manifest = JSON.parse(readFileSync(join(WIDGETS, pkg.customElements), 'utf8')) as Manifest;

// A stat is not a focusable mark and sends no `dv-select` (see the DvStat class comment).
const SILENT = new Set(['stat']);
// Frame parts every element draws (internal/dv-element.ts, frame-parts.ts), besides those in its own folder.
const FRAME_PARTS = ['base', 'figure', 'heading', 'chart', 'caption', 'note', 'synthetic', 'source', 'downloads', 'table', 'state', 'retry'];

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: m.path })));
const base = declarations.find((d) => d.name === 'DvElement')!;

function element(name: string): Declaration {
  const found = declarations.find((d) => d.tagName === `dv-${name}`);
  if (!found) throw new Error(`dv-${name} is not in custom-elements.json`);
  return found;
}

/** The `part="…"` names an element's own folder draws (static names only). */
function partsInFolder(name: string): string[] {
  const dir = join(WIDGETS, 'src', name);
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const [, value] of readFileSync(join(dir, file), 'utf8').matchAll(/\bpart="([^"$]+)"/g)) {
      for (const part of value!.split(/\s+/)) names.add(part);
    }
  }
  return [...names];
}

describe('custom-elements.json', () => {
  it('defines exactly the registered elements, each in its define module', () => {
    expect(definitions.map((d) => d.name).sort()).toEqual(elements.map((e) => `dv-${e}`).sort());
    for (const name of elements) {
      const definition = definitions.find((d) => d.name === `dv-${name}`)!;
      expect(definition.in).toBe(`src/${name}/${name}.define.ts`);
      expect(definition.declaration.module).toBe(`src/${name}/${name}.ts`);
      expect(element(name).customElement).toBe(true);
      expect(element(name).name).toBe(definition.declaration.name);
    }
  });

  for (const name of elements) {
    describe(`dv-${name}`, () => {
      it('has every attribute with a description and a type, each backed by a documented property', () => {
        const el = element(name);
        const attributes = el.attributes ?? [];
        expect(attributes.map((a) => a.name)).toEqual(expect.arrayContaining([...base.attributes!.map((a) => a.name), 'lang', 'src', 'by', 'no-download']));
        for (const a of attributes) {
          expect(a.description, `${a.name}: description`).toBeTruthy();
          expect(a.type?.text, `${a.name}: type`).toBeTruthy();
          if (a.name === 'lang') continue; // a global attribute the element watches, not a reactive property
          const field = el.members?.find((m) => m.name === a.fieldName);
          expect(field, `${a.name}: field ${a.fieldName}`).toBeDefined();
          expect(field!.description, `${a.name}: field description`).toBeTruthy();
        }
      });

      it('has `data`, a public property with no attribute', () => {
        const data = element(name).members?.find((m) => m.name === 'data');
        expect(data).toMatchObject({ kind: 'field', type: { text: 'unknown | undefined' } });
        expect(data!.description).toBeTruthy();
        // Public: the analyser leaves `privacy` out, or says "public" for properties declared in `static properties`.
        expect(data!.privacy ?? 'public').toBe('public');
        expect(element(name).attributes?.some((a) => a.fieldName === 'data')).toBe(false);
      });

      it(SILENT.has(name) ? 'sends no dv-select, and says none' : 'sends dv-select, typed CustomEvent<DvSelectDetail>', () => {
        const events = element(name).events ?? [];
        if (SILENT.has(name)) return expect(events).toEqual([]);
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ name: 'dv-select', type: { text: 'CustomEvent<DvSelectDetail>' } });
        expect(events[0]!.description).toMatch(/detail/);
      });

      it('documents its heading slot, every part it draws and its CSS custom properties', () => {
        const el = element(name);
        expect(el.slots?.map((s) => s.name)).toContain('heading');
        const parts = el.cssParts ?? [];
        expect(parts.map((p) => p.name)).toEqual(expect.arrayContaining([...FRAME_PARTS, ...partsInFolder(name)]));
        for (const item of [...(el.slots ?? []), ...parts, ...(el.cssProperties ?? [])]) expect(item.description, item.name).toBeTruthy();
        const properties = (el.cssProperties ?? []).map((p) => p.name);
        expect(properties).toEqual(expect.arrayContaining(['--dv-font', '--dv-text', '--dv-text-muted', '--dv-focus']));
        for (const p of properties) expect(p).toMatch(/^--dv-[a-z0-9-]+$/);
      });
    });
  }
});

describe('@danvan/widgets/jsx (dist/jsx.d.ts)', () => {
  // Props of each tag in the JSX typings, read with the TypeScript checker from the built declarations.
  const file = join(WIDGETS, 'dist/jsx.d.ts');
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
  const byTag = checker.getDeclaredTypeOfSymbol(exports.find((s) => s.name === 'DvElementAttributes')!);
  const props = (tag: string) =>
    checker
      .getTypeOfSymbol(byTag.getProperty(tag)!)
      .getProperties()
      .map((p) => p.name);
  // What JSX may pass that is not an attribute: properties, and the event handler.
  const notAttributes = new Set(['data', 'geoData', 'ondv-select']);

  for (const name of elements) {
    it(`types <dv-${name}> with exactly its attributes${SILENT.has(name) ? '' : ' and ondv-select'}`, () => {
      const attributes = element(name).attributes!.map((a) => a.name);
      const typed = props(`dv-${name}`);
      expect(typed.filter((p) => !notAttributes.has(p)).sort()).toEqual([...attributes].sort());
      expect(typed.includes('ondv-select')).toBe(!SILENT.has(name));
      expect(typed).toContain('data');
    });
  }
});
