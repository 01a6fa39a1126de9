import { describe, expect, it } from 'vitest';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import '@danvan/widgets/line-chart/line-chart.define.js';
import '@danvan/widgets/stat/stat.define.js';
import '@danvan/widgets/waffle/waffle.define.js';
import '@danvan/widgets/table/table.define.js';
import '@danvan/widgets/map/map.define.js';
import { embedHeight } from '@danvan/widgets/embed/embed-message.js';
import { EMBED_ATTRIBUTES, EMBED_ELEMENTS, embedUrl, planEmbed } from '@danvan/widgets/embed/embed-params.js';

const BASE = 'https://cdn.example/danvan/0.1.0/dist/embed.html?el=dv-bar-chart';
const observed = (tag: string) => (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes;

describe('the embed allow-lists', () => {
  it('EMBED_ELEMENTS are the registered danvan elements', () => {
    for (const tag of EMBED_ELEMENTS) expect(customElements.get(tag), tag).toBeDefined();
  });

  it('EMBED_ATTRIBUTES are attributes some element has (theme aside, read up the page by every element)', () => {
    const all = new Set(EMBED_ELEMENTS.flatMap((tag) => observed(tag) ?? []));
    expect(EMBED_ATTRIBUTES.filter((a) => !all.has(a))).toEqual(['theme']);
    // What is left out on purpose: lang goes on <html>; timeout and max-bytes stay at their safe defaults.
    expect([...all].filter((a) => !(EMBED_ATTRIBUTES as readonly string[]).includes(a)).sort()).toEqual(['lang', 'max-bytes', 'timeout']);
  });
});

describe('embedUrl(raw, base)', () => {
  it('resolves relative and protocol-relative paths against the embed page', () => {
    expect(embedUrl('../../core/data/ha-tinh.json', BASE)).toBe('https://cdn.example/danvan/core/data/ha-tinh.json');
    expect(embedUrl('/data/a.csv', BASE)).toBe('https://cdn.example/data/a.csv');
    expect(embedUrl('//other.example/a.json', BASE)).toBe('https://other.example/a.json');
    expect(embedUrl('HTTP://Data.Example/a.json', BASE)).toBe('http://data.example/a.json');
  });

  it('refuses every other scheme, however it is hidden', () => {
    for (const raw of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'java\u0000script:alert(1)',
      'java\u200Bscript:alert(1)',
      '\u202Ejavascript:alert(1)',
      'java\u3000script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://cdn.example/1',
      'file:///etc/passwd',
      'vbscript:x',
      'mailto:a@example.org',
    ])
      expect(embedUrl(raw, BASE), JSON.stringify(raw)).toBeUndefined();
  });
});

describe('planEmbed(search, base, attributesOf)', () => {
  it('keeps allowed attributes the element has, in allow-list order', () => {
    const plan = planEmbed('?el=dv-bar-chart&by=field&src=a.json&onclick=x&style=y&mode=tiles&cumulative&lang=en-GB&id=x1', BASE, observed);
    expect(plan).toEqual({
      lang: 'en',
      id: 'x1',
      tag: 'dv-bar-chart',
      unregistered: false,
      attributes: [
        ['src', 'https://cdn.example/danvan/0.1.0/dist/a.json'],
        ['by', 'field'],
        ['cumulative', ''],
      ],
      refused: [],
    });
  });

  it('gives a map its map attributes and a stat its stat attributes', () => {
    expect(planEmbed('?el=dv-map&mode=symbols&geo-key=ma&compare=share', BASE, observed).attributes).toEqual([
      ['mode', 'symbols'],
      ['geo-key', 'ma'],
    ]);
    expect(planEmbed('?el=dv-stat&compare=share&sparkline=false&mode=symbols', BASE, observed).attributes).toEqual([['compare', 'share']]);
  });

  it('refuses the whole embed when a URL is refused, naming it', () => {
    const plan = planEmbed(`?el=dv-map&src=ok.json&geo=${encodeURIComponent('data:application/json,{}')}`, BASE, observed);
    expect(plan.attributes).toEqual([]);
    expect(plan.refused).toEqual(['geo']);
  });

  it('treats a blank src as none, not as the embed page itself', () => {
    expect(planEmbed('?el=dv-table&src=%20&by=field', BASE, observed).attributes).toEqual([['by', 'field']]);
  });

  it('creates nothing for an element outside the list or not registered', () => {
    for (const el of ['script', 'iframe', 'dv-nope', ''])
      expect(planEmbed(`?el=${el}&src=a.json`, BASE, observed).tag, el).toBeUndefined();
    for (const el of ['script', 'dv-nope']) expect(planEmbed(`?el=${el}`, BASE, observed).unregistered, el).toBe(false);
    // An element of the list that is not registered: the bundle beside the page did not load.
    expect(planEmbed('?el=dv-bar-chart', BASE, () => undefined)).toMatchObject({ tag: undefined, unregistered: true });
  });

  it('accepts only dark or light as theme, and cuts a long id', () => {
    expect(planEmbed('?el=dv-waffle&theme=dark', BASE, observed).attributes).toEqual([['theme', 'dark']]);
    expect(planEmbed('?el=dv-waffle&theme=url(x)', BASE, observed).attributes).toEqual([]);
    expect(planEmbed(`?el=dv-waffle&id=${'x'.repeat(100)}`, BASE, observed).id).toHaveLength(64);
  });
});

describe('embedHeight(data)', () => {
  it('reads a well-formed height message, rounded up', () => {
    expect(embedHeight({ type: 'danvan:height', height: 412.2, id: 'a' })).toBe(413);
    expect(embedHeight({ type: 'danvan:height', height: 0 })).toBe(0);
  });

  it('ignores anything else', () => {
    for (const data of [
      null,
      'danvan:height',
      { type: 'danvan:height' },
      { type: 'danvan:height', height: '300' },
      { type: 'danvan:height', height: Number.NaN },
      { type: 'danvan:height', height: Number.POSITIVE_INFINITY },
      { type: 'danvan:height', height: -1 },
      { type: 'danvan:height', height: 100_001 },
      { type: 'embed-size', height: 300 },
    ])
      expect(embedHeight(data), JSON.stringify(data)).toBeUndefined();
  });
});
