// TCVN3 (ABC) fonts put Vietnamese letters at Latin-1 symbol positions: "Hµ TÜnh", "V¨n hãa", "§ång".
// A symbol counts only beside a letter, and °, ², ³ never count: "30°C" and "m²" are ordinary text.
const TCVN3 = /[A-Za-z][\u00A1-\u00AF\u00B1\u00B4-\u00BF\u00DC]|[\u00A1-\u00AF\u00B1\u00B4-\u00BF\u00DC][A-Za-z]/g;
// VNI fonts write a base letter followed by a tone or shape "letter" that Vietnamese never uses:
// "Haø Tónh", "Kinh teá", "Vieät", "ñöôøng".
const VNI = /[aeiouyâêôAEIOUYÂÊÔ][øùûõïñöÙØÛÕÏ]|[öô][ùøûõï]|ñ[aeiouöô]/g;

/**
 * Says whether text looks like Vietnamese typed in a legacy 8-bit font encoding and then read as Latin-1, which
 * old spreadsheets still hold. Returns `TCVN3`, `VNI`, or undefined for ordinary Unicode text.
 *
 * @example
 * detectLegacyEncoding('Hµ TÜnh'); // 'TCVN3'
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
