/**
 * Lower-cases text and removes its diacritics (đ reads as d), keeping punctuation and spacing: for matching
 * patterns where separators matter ("tháng 3/2021", "Tổng cộng: 5"), which `foldName` would erase.
 *
 * @example
 * stripMarks('Tháng 3/2021'); // 'thang 3/2021'
 */
export function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
