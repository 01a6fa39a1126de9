import type { Lang } from '../vocab/langs.js';

/** The Intl locale danvan formats a language in: vi-VN writes 19.300 and 7,1; English reads 19,300 and 7.1. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'vi-VN';
}
