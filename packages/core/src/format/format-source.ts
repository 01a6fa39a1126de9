import type { Source } from '../types.js';
import type { Lang } from '../vocab/langs.js';
import { formatPartialDate } from './format-partial-date.js';
import { pickText } from './pick-text.js';

/**
 * Writes a source as a citation in the reader's language: author, “title”, publisher, date. The title stays in
 * the language it was published in when there is no translation.
 *
 * @example
 * formatSource({ id: 's', title: 'Dân vận khéo ở Hà Tĩnh', author: 'Thu Hà', date: '2023' }, 'en');
 * // 'Thu Hà, “Dân vận khéo ở Hà Tĩnh”, 2023'
 */
export function formatSource(source: Source, lang: Lang): string {
  const parts: string[] = [];
  if (source.author) parts.push(source.author);
  parts.push(`“${pickText(source.title, lang)}”`);
  if (source.publisher) parts.push(source.publisher);
  if (source.date) parts.push(formatPartialDate(source.date, lang));
  return parts.join(', ');
}
