import { toLang, type Lang } from '@danvan/core';
import { upThePage } from './up-the-page.js';

/**
 * The language an element speaks: its own `lang`, else the nearest `lang` up the page (crossing shadow roots).
 * Vietnamese by default.
 */
export function resolveLang(el: Element): Lang {
  for (const node of upThePage(el)) {
    const lang = node.getAttribute('lang');
    if (lang) return toLang(lang);
  }
  return toLang(undefined);
}
