/** What a file that is not a CSV sheet turned out to be. */
export type NotCsv = 'binary' | 'utf-16' | 'markup' | 'json';

// Enough of the file to tell; a 20 MB upload costs no more than a small one.
const HEAD = 4096;

/**
 * Tells, from its first characters, text that cannot be a CSV sheet: binary data decoded as UTF-8 (an Excel
 * workbook, an image, a PDF: NUL and other control bytes), a UTF-16 file decoded as UTF-8 (Excel's "Unicode
 * Text": a NUL after every ASCII letter), a web page or XML file (it begins with `<`), or a JSON document. A few
 * stray control characters in a sheet are not enough: those are cleaned cell by cell.
 *
 * @example
 * sniffNotCsv('\uFFFDPNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR…'); // 'binary'
 * sniffNotCsv('Tên mô hình;Lĩnh vực\n…'); // undefined
 */
export function sniffNotCsv(text: string): NotCsv | undefined {
  const head = text.slice(0, HEAD);
  let control = 0;
  // NULs at even and at odd positions: UTF-16 puts a zero byte beside every ASCII character, always on one side.
  const nuls = [0, 0];
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) nuls[i % 2]!++;
    else if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 && c !== 12 : c === 0x7f) control++;
  }
  const [even, odd] = nuls as [number, number];
  const nul = even + odd;
  if (nul > 0 && nul * 4 >= head.length && Math.max(even, odd) >= nul * 0.9 && textBeside(head, even > odd ? 1 : 0)) return 'utf-16';
  if (nul + control >= 4 && (nul + control) * 50 >= head.length) return 'binary';
  const start = head.replace(/^[\uFEFF\s]+/, '');
  if (start.startsWith('<')) return 'markup';
  if ((start.startsWith('{') || start.startsWith('[')) && isJson(text)) return 'json';
  return undefined;
}

/** Whether the characters at every other position from `first` are mostly text: ASCII, or what a decoder replaced. */
function textBeside(head: string, first: number): boolean {
  let text = 0;
  let all = 0;
  for (let i = first; i < head.length; i += 2, all++) {
    const c = head.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || c === 0xfffd) text++;
  }
  return text >= all * 0.8;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
