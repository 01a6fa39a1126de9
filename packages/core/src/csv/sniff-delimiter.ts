/**
 * The delimiters the importer accepts: comma, semicolon (Excel in Vietnamese and most European locales), tab, pipe.
 *
 * @example
 * CSV_DELIMITERS.includes(';'); // true
 */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/** A delimiter the importer accepts. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

// Enough lines to see past a few title rows; enough characters that a huge file costs nothing extra.
const SAMPLE_RECORDS = 30;
const SAMPLE_CHARS = 65_536;

/**
 * Guesses a CSV file's delimiter from its first records, counting delimiters outside quotes. The winner is the
 * candidate whose commonest non-zero count per record occurs on the most records (ties: the higher count, then
 * semicolon, tab, comma, pipe). Consistency beats totals, so the commas inside "Xã Thiên Lộc, huyện Can Lộc" in a
 * semicolon file do not win. A file with none of them is read as comma-separated (one column).
 *
 * @example
 * sniffDelimiter('Tên mô hình;Lĩnh vực\r\nA;Kinh tế\r\n'); // ';'
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  // Quoted text holds no delimiters: each quote opens or closes it. Blank records do not vote.
  const records = text
    .slice(0, SAMPLE_CHARS)
    .replace(/"[^"]*"?/g, '')
    .split(/[\r\n]/)
    .filter((r) => /[^ \uFEFF]/.test(r))
    .slice(0, SAMPLE_RECORDS);
  let best: CsvDelimiter = ',';
  let bestSupport = 0;
  let bestCount = 0;
  for (const delimiter of [';', '\t', ',', '|'] as const) {
    const tally = new Map<number, number>();
    for (const record of records) {
      const n = record.split(delimiter).length - 1;
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [count, support] of tally) {
      if (support > bestSupport || (support === bestSupport && count > bestCount)) {
        [best, bestSupport, bestCount] = [delimiter, support, count];
      }
    }
  }
  return best;
}
