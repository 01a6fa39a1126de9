/** The languages danvan speaks. Vietnamese first: it is the language of the data. */
export const LANGS = ['vi', 'en'] as const;

/** A language danvan can label and format in. */
export type Lang = (typeof LANGS)[number];

/**
 * Picks the danvan language for a BCP 47 tag such as `vi-VN`, `en-GB` or `EN`.
 * Anything that is not English reads as Vietnamese, the language of the data.
 *
 * @example
 * toLang('en-GB'); // 'en'
 * toLang(undefined); // 'vi'
 */
export function toLang(tag: string | null | undefined): Lang {
  return /^en\b/i.test(tag?.trim() ?? '') ? 'en' : 'vi';
}
