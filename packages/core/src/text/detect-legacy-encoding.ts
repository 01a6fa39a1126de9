// TCVN3 (ABC) fonts put Vietnamese letters at Latin-1 positions: "Hµ TÜnh", "V¨n hãa", "§ång", "Kinh tÕ".
// Two signs, neither of which Unicode Vietnamese shows:
// - a Latin-1 symbol beside a letter (°, ², ³ never count: "30°C" and "m²" are ordinary text). « and » count only
//   inside a word ("Th«n", "b»ng"), not as quotation marks around one ("«Dân vận»");
// - a capital Latin-1 letter right after a small ASCII one, where TCVN3 puts small toned vowels: "tÕ" (tế),
//   "ChÝnh" (chính), "huyÖn" (huyện), "phßng" (phòng).
const SYMBOL = '[\\u00A1-\\u00AA\\u00AC-\\u00AF\\u00B1\\u00B4-\\u00BA\\u00BC-\\u00BF\\u00F7]';
const LETTER = '[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF]';
const TCVN3 = new RegExp(
  `${LETTER}${SYMBOL}|${SYMBOL}${LETTER}|${LETTER}\\u00AB|\\u00BB${LETTER}|[a-z][\\u00C0-\\u00DF]`,
  'g',
);
// VNI fonts write a base letter followed by a tone or shape "letter" that Vietnamese never uses there:
// "Haø Tónh", "Kinh teá", "Vieät", "ñöôøng", "Hoäi Noâng daân", "Ñoaøn". Pairs that Unicode Vietnamese does use
// ("hoà", "khoá", "Xuân", "tuần") are left out.
const VNI = /[aeiouyâêôAEIOUYÂÊÔ][øùûõïñöÙØÛÕÏ]|[öô][ùøûõï]|[ñÑ][aeiouöôAEIOU]|[aeAE][àáâãäå]|[oO][âäå]|[aA][èéêëúü]/g;

/**
 * Says whether text looks like Vietnamese typed in a legacy 8-bit font encoding and then read as Latin-1, which
 * old spreadsheets still hold. Returns `TCVN3`, `VNI`, or undefined for ordinary Unicode text.
 *
 * @example
 * detectLegacyEncoding('Hµ TÜnh'); // 'TCVN3'
 * detectLegacyEncoding('Kinh tÕ'); // 'TCVN3'
 * detectLegacyEncoding('Haø Tónh'); // 'VNI'
 * detectLegacyEncoding('Hà Tĩnh'); // undefined
 */
export function detectLegacyEncoding(text: string): 'TCVN3' | 'VNI' | undefined {
  // Plain ASCII, and proper Unicode Vietnamese, cannot match either pattern: skip the regexes for them.
  if (!/[\u00A1-\u00FF]/.test(text)) return undefined;
  const tcvn = text.match(TCVN3)?.length ?? 0;
  const vni = text.match(VNI)?.length ?? 0;
  if (tcvn === 0 && vni === 0) return undefined;
  return tcvn >= vni ? 'TCVN3' : 'VNI';
}
