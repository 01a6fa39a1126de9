// Bidi embeddings/overrides/isolates and marks, zero-width characters, the BOM, and C0/C1 controls other than
// tab and newline. They are invisible, can reorder what a reader sees ("Trojan Source"), and break name matching.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Normalises text to NFC and removes invisible control characters. `changed` says whether anything was removed
 * (normalisation alone does not count: NFD input is common and harmless).
 *
 * @example
 * cleanText('Ha\u0300 Ti\u0303nh\u200B'); // { text: 'Hà Tĩnh', changed: true }
 */
export function cleanText(text: string): { text: string; changed: boolean } {
  INVISIBLE.lastIndex = 0;
  const stripped = INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  // NFC is the identity for ASCII; skip the call for the common case of plain ids and codes.
  // eslint-disable-next-line no-control-regex
  const nfc = /^[\x00-\x7F]*$/.test(stripped) ? stripped : stripped.normalize('NFC');
  return { text: nfc, changed: stripped !== text };
}
