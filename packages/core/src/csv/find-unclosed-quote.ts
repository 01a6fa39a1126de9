/** A quoted cell that is never closed: where it opens, and how many lines it swallows. */
export interface UnclosedQuote {
  /** The 1-based line its record starts on, as `readCsvRows` counts lines. */
  readonly line: number;
  /** The 1-based column of the cell. */
  readonly column: number;
  /** How many line breaks follow it to the end of the file: the lines read into the one cell. */
  readonly lines: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const breaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/**
 * Finds a quoted cell that no quote closes, which d3-dsv (like Excel) reads to the end of the file: the classic
 * way one stray `"` turns the rest of a sheet into a single cell. Fields are walked as d3-dsv's `parseRows` walks
 * them (a quote opens a cell only at its start; `""` inside is a quote; the character after a closing quote is
 * taken as the separator). Only text with an odd number of quotes is walked: an even number cannot leave one
 * open, unless a stray quote inside an unquoted cell precedes it, which this lets pass.
 *
 * @example
 * findUnclosedQuote('a;b\n1;"x\n2;y', ';', 1); // { line: 2, column: 2, lines: 1 }
 */
export function findUnclosedQuote(body: string, delimiter: string, firstLine: number): UnclosedQuote | undefined {
  let quotes = 0;
  for (let q = body.indexOf('"'); q >= 0; q = body.indexOf('"', q + 1)) quotes++;
  if (quotes % 2 === 0) return undefined;
  const separator = new RegExp(`[${delimiter === '\t' ? '\\t' : `\\${delimiter}`}\\r\\n]`, 'g');
  let line = firstLine;
  let record = firstLine;
  let column = 1;
  let i = 0;
  const n = body.length;
  const endRecord = (at: number): number => {
    // A line break ends the record: CRLF counts once.
    const next = body.charCodeAt(at) === 13 && body.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    line += 1;
    record = line;
    column = 1;
    return next;
  };
  while (i < n) {
    if (body.charCodeAt(i) === 34) {
      let close = i + 1;
      for (;;) {
        close = body.indexOf('"', close);
        if (close < 0) return { line: record, column, lines: breaks(body.slice(i)) };
        if (body.charCodeAt(close + 1) !== 34) break;
        close += 2;
      }
      line += breaks(body.slice(i, close));
      const after = body.charCodeAt(close + 1);
      if (after === 10 || after === 13) i = endRecord(close + 1);
      else {
        i = close + 2;
        column++;
      }
      continue;
    }
    separator.lastIndex = i;
    const found = separator.exec(body);
    if (!found) return undefined;
    const c = body.charCodeAt(found.index);
    if (c === 10 || c === 13) i = endRecord(found.index);
    else {
      i = found.index + 1;
      column++;
    }
  }
  return undefined;
}
