/** Collapses a stylesheet's whitespace and comments, drops the space after `:` and leading zeros. */
export function minifyCss(text: string): string;
/** A module's source with every css`…` template (without interpolations) minified. */
export function minifyCssTemplates(source: string): string;
