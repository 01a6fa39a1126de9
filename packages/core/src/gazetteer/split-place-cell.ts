// Commas and semicolons, or a dash: spreadsheets write "Xã Thiên Lộc, huyện Can Lộc" and "Thiên Lộc - Can Lộc".
const SEPARATOR = /\s*(?:[,;]|[-\u2013\u2014])\s*/u;

/**
 * Splits a cell that names a place and the units above it, nearest first: the first part is the place, the last
 * its highest ancestor. Empty parts are dropped. A single name comes back as a one-element array.
 *
 * @example
 * splitPlaceCell('Xã Thiên Lộc, huyện Can Lộc'); // ['Xã Thiên Lộc', 'huyện Can Lộc']
 */
export function splitPlaceCell(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
