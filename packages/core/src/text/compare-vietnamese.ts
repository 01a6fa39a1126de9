let collator: Intl.Collator | undefined;
// Each letter, in either case and with any of the five tones (accents, which a comparison at base strength leaves
// aside, as it does case), to a character that sorts where the letter stands in the alphabet.
let weights: Map<string, string> | undefined;
// Keys of the texts compared lately; null for a text the collator has to compare.
const keys = new Map<string, string | null>();

/**
 * Compares two texts in Vietnamese alphabetical order, numbers by value ("Phường 2" before "Phường 10"), case and
 * tones aside, as `Intl.Collator('vi', { sensitivity: 'base', numeric: true })` does (a property test holds it
 * to that). Texts of letters, digits and spaces, as names are, are compared by keys made once per text: a page's
 * first Vietnamese collator costs some 10 ms of collation rules, more than a map or a chart of places spends on
 * everything else it sorts. Other texts are left to that collator, made then.
 *
 * @example
 * ['Vũ Quang', 'Cẩm Xuyên', 'Can Lộc'].sort(compareVietnamese); // ['Can Lộc', 'Cẩm Xuyên', 'Vũ Quang']
 */
export function compareVietnamese(a: string, b: string): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka !== null && kb !== null) return ka < kb ? -1 : ka > kb ? 1 : 0;
  collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/**
 * A text's key, compared code unit by code unit: a space first, then a number (its length in digits, then its
 * digits, leading zeros aside), then letters in alphabet order (a breve, circumflex or horn makes a letter of its
 * own: a < ă < â). Null for a text with any other character (NFD text included).
 */
function keyOf(text: string): string | null {
  let key = keys.get(text);
  if (key !== undefined) return key;
  if (!weights) {
    weights = new Map();
    [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'].forEach((letter, i) => {
      for (const tone of ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) {
        for (const l of [letter, letter.toUpperCase()]) weights!.set((l + tone).normalize('NFC'), String.fromCharCode(256 + i));
      }
    });
  }
  key = '';
  for (let i = 0; key !== null && i < text.length; i++) {
    let end = i;
    while (text[end]! >= '0' && text[end]! <= '9') end++;
    if (end > i) {
      const digits = text.slice(i, end).replace(/^0+/, '');
      key = digits.length < 200 ? key + String.fromCharCode(16 + digits.length) + digits : null;
      i = end - 1;
    } else {
      const weight = text[i] === ' ' ? '\u0001' : weights.get(text[i]!);
      key = weight === undefined ? null : key + weight;
    }
  }
  // Kept for the comparisons to come, within bounds: a page open for long compares many texts.
  if (keys.size >= 10_000) keys.clear();
  keys.set(text, key);
  return key;
}
