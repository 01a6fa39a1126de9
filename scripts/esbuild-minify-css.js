// An esbuild plugin that minifies the CSS inside Lit's css`…` templates in *.styles.ts files. esbuild minifies
// JavaScript but leaves template literals as they are, so stylesheets would ship with their indentation and
// comments. Only whitespace, comments and leading zeros go: runs of whitespace become one space, the space around
// { } ; , and after : in declarations is dropped where CSS does not need it, and 0.5 is written .5. Selectors
// keep their descendant spaces.
import { readFile } from 'node:fs/promises';

/** Collapses a stylesheet's whitespace and comments (safe for danvan's own styles: no strings or url()s). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    // A colon followed by a space is a declaration's or a media feature's (a selector's pseudo-class has none).
    .replace(/: /g, ':')
    // 0.5em is .5em.
    .replace(/([ :(,/])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();
}

/** @returns {import('esbuild').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        // Templates with ${…} interpolations are left alone: splitting them safely is not worth it here.
        const contents = source.replace(/css`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
        return { contents, loader: 'ts' };
      });
    },
  };
}
