/** A quoted cell that is never closed: where it opens, and how many lines it swallows. */
export interface UnclosedQuote {
  /** The 1-based line its record starts on, as `readCsvRows` counts lines. */
  readonly line: number;
  /** The 0-based index of the cell in its record. */
  readonly column: number;
  /** How many line breaks follow it to the end of the file: the lines read into the one cell. */
  readonly lines: number;
}

/**
 * How many line breaks text holds, a CRLF counting once.
 *
 * @example
 * lineBreaks('a\r\nb\nc\rd'); // 3
 */
export const lineBreaks = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Finds a quoted cell that no quote closes, which d3-dsv (like Excel) reads to the end of the file: the classic
 * way one stray `"` turns the rest of a sheet into a single cell. Fields are walked as d3-dsv's `parseRows` walks
 * them (a quote opens a cell only at its start; `""` inside is a quote; the character after a closing quote is
 * taken as the separator). Only text with an odd number of quotes is walked: an even number cannot leave one
 * open, unless a stray quote inside an unquoted cell precedes it, which this lets pass.
 *
 * @example
 * findUnclosedQuote('a;b\n1;"x\n2;y', ';', 1); // { line: 2, column: 1, lines: 1 }
 */
export function findUnclosedQuote(body: string, delimiter: string, firstLine: number): UnclosedQuote | undefined {
  let quotes = 0;
  for (let q = body.indexOf('"'); q >= 0; q = body.indexOf('"', q + 1)) quotes++;
  if (quotes % 2 === 0) return undefined;
  // Every delimiter is a punctuation mark or a tab, which a backslash leaves as it is in a character class.
  const separator = new RegExp(`[\\${delimiter}\\r\\n]`, 'g');
  let line = firstLine;
  let record = firstLine;
  let column = 0;
  for (let i = 0; i < body.length; ) {
    // Where the field ends: the character after its closing quote (whatever it is), or the next separator.
    let end: number;
    if (body.charCodeAt(i) === 34) {
      let close = i + 1;
      while ((close = body.indexOf('"', close)) >= 0 && body.charCodeAt(close + 1) === 34) close += 2;
      if (close < 0) return { line: record, column, lines: lineBreaks(body.slice(i)) };
      line += lineBreaks(body.slice(i, close));
      end = close + 1;
    } else {
      separator.lastIndex = i;
      const found = separator.exec(body);
      if (!found) return undefined;
      end = found.index;
    }
    const c = body.charCodeAt(end);
    // A line break ends the record: CRLF counts once.
    if (c === 10 || c === 13) {
      i = end + (c === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
      record = ++line;
      column = 0;
    } else {
      i = end + 1;
      column++;
    }
  }
  return undefined;
}
