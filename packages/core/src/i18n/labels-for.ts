import type { Lang } from '../vocab/langs.js';
import { labelsEn } from './labels-en.js';
import type { Labels } from './labels.js';
import { labelsVi } from './labels-vi.js';

/**
 * The label set for a language.
 *
 * @example
 * labelsFor('vi').field.economic; // 'Kinh tế'
 */
export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? labelsEn : labelsVi;
}
