// The CSS minifier of scripts/esbuild-minify-css.js, without Node imports, so that a browser test can hold its
// output to the original stylesheets (test/widgets/minify-css.test.ts).

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

/**
 * A module's source with every css`…` template minified. Templates with ${…} interpolations are left alone:
 * splitting them safely is not worth it here.
 */
export function minifyCssTemplates(source) {
  return source.replace(/css`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
}
