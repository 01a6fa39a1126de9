import { toLang, type Lang } from '@danvan/core';
import { DV_TAGS, renderElement, type AttributeValue, type DvTag } from './render-element.js';

/** What `renderPage` needs to know. */
export interface RenderPageOptions {
  /**
   * Reads the dataset an element's `src` points at, as a parsed object (from disk, a database, a cache);
   * `undefined` leaves that element to the client.
   */
  readonly load: (src: string) => unknown;
  /** The page's language; by default the `lang` of its `<html>` element. */
  readonly lang?: Lang;
  /**
   * Data up to this many characters of JSON is embedded in each element and its `src` dropped, so the client draws
   * without a request. Larger data stays at `src`: the client fetches it and keeps the server's drawing meanwhile.
   * Default 64 KiB.
   */
  readonly inlineLimit?: number;
  /** The width to draw at: the page's column, in CSS px (see `renderElement`). Default 640. */
  readonly width?: number;
  /** `false`: the fallback tables only, no declarative shadow DOM, for a `style-src 'self'` page (see `renderElement`). */
  readonly shadow?: boolean;
}

const TAG = DV_TAGS.map((t) => t.slice(3)).join('|');
// An element and its content: attribute values may hold `>`, so attributes are matched one by one.
const ELEMENT = new RegExp(`<(dv-(?:${TAG}))((?:\\s+[^\\s"'>/=]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*)\\s*>([\\s\\S]*?)</\\1\\s*>`, 'gi');
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const INLINE_DATA = /<script\s+type=["']?application\/json["']?\s*>([\s\S]*?)<\/script\s*>/i;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attributesOf(text: string): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const [, name, ...values] of text.matchAll(ATTRIBUTE)) {
    const value = values.find((v) => v !== undefined);
    attributes[name!.toLowerCase()] = value === undefined ? true : decode(value);
  }
  return attributes;
}

/**
 * Server-renders every danvan element in a page (see `renderElement`), each with the data its `src` or inline
 * JSON child gives, and leaves the rest of the page as it is, the script that upgrades the elements included.
 * Other children of an element (a `slot="heading"`) are kept. Meant for pages a project writes itself: it finds
 * elements by pattern, not with an HTML parser, so a `<dv-*>` tag inside a comment or a script is rendered too.
 *
 * @example
 * const page = await renderPage(await readFile('article.html', 'utf8'), {
 *   load: (src) => JSON.parse(readFileSync(new URL(src, pageUrl), 'utf8')),
 * });
 */
export async function renderPage(page: string, options: RenderPageOptions): Promise<string> {
  const lang = options.lang ?? toLang(/<html\b[^>]*\slang=["']?([\w-]+)/i.exec(page)?.[1]);
  const limit = options.inlineLimit ?? 64 * 1024;
  const parts: (string | Promise<string>)[] = [];
  let last = 0;
  for (const match of page.matchAll(ELEMENT)) {
    const [whole, tag, attributeText, content] = match as unknown as [string, DvTag, string, string];
    parts.push(page.slice(last, match.index));
    last = match.index + whole.length;
    parts.push(renderOne(tag.toLowerCase() as DvTag, attributesOf(attributeText), content, { ...options, lang, inlineLimit: limit }).then((markup) => markup ?? whole));
  }
  parts.push(page.slice(last));
  return (await Promise.all(parts)).join('');
}

async function renderOne(tag: DvTag, attributes: Record<string, AttributeValue>, content: string, options: RenderPageOptions & { lang: Lang; inlineLimit: number }): Promise<string | undefined> {
  const inline = INLINE_DATA.exec(content);
  const src = typeof attributes.src === 'string' ? attributes.src : undefined;
  const data: unknown = inline ? JSON.parse(inline[1]!) : src ? await options.load(src) : undefined;
  if (data === undefined) return undefined;
  const embed = inline !== null || JSON.stringify(data).length <= options.inlineLimit;
  // Embedded data replaces `src`, or the client would fetch it (and show its loading state) all the same.
  const markup = await renderElement(tag, { attributes: embed ? { ...attributes, src: undefined } : attributes, data, lang: options.lang, embed, width: options.width, shadow: options.shadow });
  // The element's other children (a heading slot) go back into its light DOM, after the shadow root if any (attribute
  // values are escaped, so the first `>` ends the start tag).
  const rest = (inline ? content.replace(inline[0], '') : content).trim();
  if (!rest) return markup;
  const at = markup.includes('</template>') ? markup.indexOf('</template>') + '</template>'.length : markup.indexOf('>') + 1;
  return `${markup.slice(0, at)}${rest}${markup.slice(at)}`;
}
