/**
 * Folds a name for loose matching: NFC/NFD-insensitive, case-insensitive, diacritics removed, đ read as d,
 * punctuation and repeated spaces collapsed. "Thị trấn  Tây Sơn", "thi tran tay son" and "THỊ TRẤN TÂY SƠN" fold
 * alike. Only for matching: never show folded text.
 *
 * @example
 * foldName('Xã Thiên Lộc'); // 'xa thien loc'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
