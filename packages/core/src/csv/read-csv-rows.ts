import { dsvFormat } from 'd3-dsv';
import { findUnclosedQuote, lineBreaks, type UnclosedQuote } from './find-unclosed-quote.js';
import { CSV_DELIMITERS, sniffDelimiter, type CsvDelimiter } from './sniff-delimiter.js';

/** One record of a CSV file, with the 1-based line of the file it starts on. */
export interface CsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A CSV file split into records, and the delimiter it was split on. */
export interface CsvRows {
  /** The records that hold something: blank ones (all cells empty or spaces) are left out. */
  readonly rows: readonly CsvRow[];
  readonly delimiter: CsvDelimiter;
  /** A quoted cell that is never closed, which swallowed the rest of the file (see `findUnclosedQuote`). */
  readonly unclosed?: UnclosedQuote | undefined;
}

/**
 * Splits CSV text into records: drops a UTF-8 byte order mark, honours Excel's `sep=;` first line, takes the
 * given delimiter or sniffs one, accepts CRLF, LF and lone CR line ends, and leaves blank records out (a file of
 * ten million empty lines costs no memory). Parsing uses only d3-dsv's
 * `parseRows`, which never compiles code (its `parse` builds row objects with `new Function`, which a strict
 * Content-Security-Policy blocks). Each record keeps the line it starts on, counting the line breaks inside
 * quoted cells, so issues can point at the line a spreadsheet user sees in a text editor.
 *
 * @example
 * readCsvRows('\uFEFFa;b\r\n\r\n1;2\r\n').rows; // [{ cells: ['a', 'b'], line: 1 }, { cells: ['1', '2'], line: 3 }]
 */
export function readCsvRows(text: string, delimiter?: string): CsvRows {
  let body = text.replace(/^\uFEFF/, '');
  let line = 1;
  let chosen = CSV_DELIMITERS.find((d) => d === delimiter);
  const sep = /^sep=(.)(?:\r\n|\r|\n|$)/i.exec(body);
  if (sep) {
    chosen ??= CSV_DELIMITERS.find((d) => d === sep[1]);
    body = body.slice(sep[0].length);
    line = 2;
  }
  chosen ??= sniffDelimiter(body);
  const unclosed = body.includes('"') ? findUnclosedQuote(body, chosen, line) : undefined;
  const rows = dsvFormat(chosen).parseRows(body, (cells): CsvRow | null => {
    const row = { cells, line };
    let blank = true;
    line += 1;
    for (const cell of cells) {
      if (cell.includes('\n') || cell.includes('\r')) line += lineBreaks(cell);
      if (blank && cell.trim() !== '') blank = false;
    }
    return blank ? null : row;
  });
  return unclosed ? { rows, delimiter: chosen, unclosed } : { rows, delimiter: chosen };
}
