// An esbuild plugin that minifies the CSS inside Lit's css`…` templates in *.styles.ts files. esbuild minifies
// JavaScript but leaves template literals as they are, so stylesheets would ship with their indentation and
// comments. Only whitespace, comments and leading zeros go: runs of whitespace become one space, the space around
// { } ; , and after : in declarations is dropped where CSS does not need it, and 0.5 is written .5. Selectors
// keep their descendant spaces.
import { readFile } from 'node:fs/promises';
import { minifyCssTemplates } from './minify-css.mjs';

/** @returns {import('esbuild').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: minifyCssTemplates(source), loader: 'ts' };
      });
    },
  };
}
