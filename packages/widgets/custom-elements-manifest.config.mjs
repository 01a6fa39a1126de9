// Read by `cem analyze` (the widgets build) from this folder.
//
// Elements register through `define('dv-…', Class)` (src/internal/define.ts), which tolerates a second
// registration. The analyzer only understands `customElements.define(…)`, so on its own it links no class to its
// tag (no `tagName`, no `customElement: true`) and takes the helper's own `customElements.define(tag, ctor)`
// for an element called "tag". This plugin reads the `define()` calls instead.
import { posix } from 'node:path';

/** Links each class registered with the project's `define()` helper to its tag. */
function danvanDefine() {
  return {
    name: 'danvan-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: declaringModule(ts, node.getSourceFile(), klass.text, moduleDoc.path) },
        },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      // The helper's generic `customElements.define(tag, ctor)` is not an element.
      if (moduleDoc.path.endsWith('internal/define.ts')) {
        moduleDoc.exports = moduleDoc.exports?.filter((e) => e.kind !== 'custom-element-definition');
      }
    },
  };
}

/** The module a name was imported from (`./bar-chart.js` → `src/bar-chart/bar-chart.ts`), else this module. */
function declaringModule(ts, sourceFile, name, here) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named) || !named.elements.some((e) => e.name.text === name)) continue;
    const spec = statement.moduleSpecifier.text;
    if (!spec.startsWith('.')) return spec;
    return posix.join(posix.dirname(here), spec).replace(/\.js$/, '.ts');
  }
  return here;
}

export default {
  // Not element sources: the React wrappers (variables named like the element classes) and the JSX typings.
  exclude: ['src/react.ts', 'src/jsx.ts'],
  plugins: [danvanDefine()],
};
