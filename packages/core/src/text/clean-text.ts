// Bidi embeddings/overrides/isolates and marks, zero-width characters, the BOM, and C0/C1 controls other than
// tab and line breaks. They are invisible, can reorder what a reader sees ("Trojan Source"), and break name matching.
// A carriage return is a line break (Windows' CRLF, old Macs' CR), not an invisible control: it becomes a newline.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Normalises text to NFC and line breaks to `\n`, and removes invisible control characters. `changed` says whether
 * anything was removed (normalisation alone does not count: NFD input and CRLF line breaks are common and harmless).
 *
 * @example
 * cleanText('Ha\u0300 Ti\u0303nh\u200B'); // { text: 'Hà Tĩnh', changed: true }
 */
export function cleanText(text: string): { text: string; changed: boolean } {
  INVISIBLE.lastIndex = 0;
  const stripped = INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  const lines = stripped.includes('\r') ? stripped.replace(/\r\n?/g, '\n') : stripped;
  // NFC is the identity for ASCII; skip the call for the common case of plain ids and codes.
  // eslint-disable-next-line no-control-regex
  const nfc = /^[\x00-\x7F]*$/.test(lines) ? lines : lines.normalize('NFC');
  return { text: nfc, changed: stripped !== text };
}
