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
  const order: readonly CsvDelimiter[] = [';', '\t', ',', '|'];
  const counts = order.map(() => [] as number[]);
  const current = order.map(() => 0);
  let inQuotes = false;
  let records = 0;
  let blank = true;
  const end = Math.min(text.length, SAMPLE_CHARS);
  const close = () => {
    if (!blank) {
      order.forEach((_, k) => (counts[k] as number[]).push(current[k] as number));
      records++;
    }
    current.fill(0);
    blank = true;
  };
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const ch = text.charAt(i);
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' || ch === '\r') close();
    else {
      const k = order.indexOf(ch as CsvDelimiter);
      if (k >= 0) current[k] = (current[k] as number) + 1;
      if (ch !== ' ' && ch !== '\uFEFF') blank = false;
    }
  }
  close();

  let best: CsvDelimiter = ',';
  let bestSupport = 0;
  let bestCount = 0;
  order.forEach((delimiter, k) => {
    const [count, support] = mode(counts[k] as number[]);
    if (support > bestSupport || (support === bestSupport && count > bestCount)) {
      best = delimiter;
      bestSupport = support;
      bestCount = count;
    }
  });
  return best;
}

/** The commonest non-zero value and how often it occurs. */
function mode(values: readonly number[]): [value: number, support: number] {
  const tally = new Map<number, number>();
  for (const v of values) if (v > 0) tally.set(v, (tally.get(v) ?? 0) + 1);
  let value = 0;
  let support = 0;
  for (const [v, n] of tally) {
    if (n > support || (n === support && v > value)) {
      value = v;
      support = n;
    }
  }
  return [value, support];
}
