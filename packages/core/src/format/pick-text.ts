import type { LocalizedText } from '../types.js';
import type { Lang } from '../vocab/langs.js';

/**
 * Picks the reader's language from text given in one or both languages, falling back to the other.
 *
 * @example
 * pickText({ vi: 'Kinh tế', en: 'Economic' }, 'en'); // 'Economic'
 * pickText('Hà Tĩnh', 'en'); // 'Hà Tĩnh'
 */
export function pickText(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? (text.en ?? text.vi) : (text.vi ?? text.en)) ?? '';
}
