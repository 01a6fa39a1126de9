import { isServer, nothing, svg, type SVGTemplateResult } from 'lit';

/** The attributes a drawn rectangle may carry; absent ones are left off the element. */
export interface RectAttrs {
  readonly class: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx?: number;
  readonly fill?: string;
  readonly part?: string;
  readonly role?: string;
  readonly tabindex?: number;
  readonly 'data-index'?: number;
  readonly 'aria-label'?: string;
}

type Key = keyof RectAttrs;
const NONE: Partial<RectAttrs> = {};
const LENGTHS = { x: 1, y: 1, width: 1, height: 1, rx: 1 } as const;

/**
 * Many rectangles (bars, their textures) in one `<g>`, made with the DOM's own calls rather than a Lit template
 * each: a template per mark costs a fragment, two comment markers and a part per attribute, which for 2,000 bars
 * was most of the time between the data and the drawing. The group is rendered as a node (Lit inserts it once
 * and leaves it be while it is the same node); on each later drawing its rectangles are changed in place, and
 * only attributes whose values changed are set: hovering a bar sets two classes, not 2,000 rectangles' worth.
 * Values are set as numbers (lengths) or with `setAttribute`, never parsed as markup. A server, which has no DOM,
 * gets the same rectangles as templates.
 *
 * `merged`: each run of rectangles that look alike (class, part, fill) as one path instead of an element each, for
 * a drawing nothing in which a reader can reach (no names, tab stops or indexes): the first drawing of a big chart
 * of one colour is painted from one node, not thousands. Each rectangle is one `M…z` outline, rounded as the
 * rectangle would be. The next drawing that is not merged starts the group afresh.
 *
 * @example
 * private readonly bars = new Rects();
 * render() { return svg`<svg>${this.bars.draw(items.map((b) => ({ class: 'bar', x: b.x, y: b.y, width: b.w, height: b.h })))}</svg>`; }
 */
export class Rects {
  private group: SVGGElement | undefined;
  private drawn: readonly RectAttrs[] = [];
  private merged = false;

  /** The rectangles as one `<g>`: a node in the browser, a template on the server. */
  draw(rects: readonly RectAttrs[], merged = false): SVGGElement | SVGTemplateResult {
    if (isServer) {
      const a = (v: string | number | undefined) => v ?? nothing;
      return svg`<g>${rects.map(
        (r) =>
          svg`<rect class=${r.class} part=${a(r.part)} role=${a(r.role)} tabindex=${a(r.tabindex)} data-index=${a(r['data-index'])} aria-label=${a(r['aria-label'])} x=${r.x} y=${r.y} width=${r.width} height=${r.height} rx=${a(r.rx)} fill=${a(r.fill)}></rect>`,
      )}</g>`;
    }
    const ns = 'http://www.w3.org/2000/svg';
    const group = (this.group ??= document.createElementNS(ns, 'g'));
    // A merged drawing, and the first one after it, start from an empty group: paths and rectangles do not mix.
    if (merged || this.merged) {
      group.replaceChildren();
      this.drawn = [];
      this.merged = merged;
    }
    if (merged) {
      // A path for each run of rectangles that look alike, in their order: stacked parts and their textures
      // alternate, and whichever comes later paints over the edge of the one before.
      const runs: [RectAttrs, string][] = [];
      let last = '';
      for (const r of rects) {
        const look = `${r.class}|${r.part}|${r.fill}`;
        if (look === last) runs[runs.length - 1]![1] += outline(r);
        else runs.push([r, outline(r)]);
        last = look;
      }
      for (const [r, d] of runs) {
        const path = group.appendChild(document.createElementNS(ns, 'path'));
        for (const k of ['class', 'part', 'fill'] as const) if (r[k]) path.setAttribute(k, r[k]);
        path.setAttribute('d', d);
      }
      return group;
    }
    const before = this.drawn;
    rects.forEach((r, i) => {
      const old: Partial<RectAttrs> = before[i] ?? NONE;
      // `children[i]` only where a rectangle was drawn before: after an append the live list is counted again
      // from its start, which made the first drawing of 2,000 bars twice as slow.
      const el = (before[i] && group.children[i]) || group.appendChild(document.createElementNS(ns, 'rect'));
      for (const k in r) {
        const v = r[k as Key];
        if (v === undefined || v === old[k as Key]) continue;
        // Lengths go in as numbers, not as strings for the element to parse: the first drawing of 2,000 columns
        // takes a third less time. The attribute is written out when read, to the 6 significant digits of the
        // 32-bit float the browser keeps a length in either way (245.025 for 245.02499999999998).
        if (k in LENGTHS) (el as SVGRectElement)[k as keyof typeof LENGTHS].baseVal.value = v as number;
        else el.setAttribute(k, String(v));
      }
      for (const k in old) if (r[k as Key] === undefined) el.removeAttribute(k);
    });
    while (group.children.length > rects.length) group.lastChild!.remove();
    this.drawn = rects;
    return group;
  }
}

/**
 * A rectangle's outline as path commands: its corners rounded by `rx` the way a `<rect>` rounds them (the radius
 * cut to half of each side), square without it.
 */
export function outline({ x, y, width: w, height: h, rx = 0 }: RectAttrs): string {
  const a = Math.min(rx, w / 2);
  const b = Math.min(rx, h / 2);
  if (!a || !b) return `M${x} ${y}h${w}v${h}h${-w}z`;
  const arc = (dx: number, dy: number) => `a${a} ${b} 0 0 1 ${dx} ${dy}`;
  return `M${x + a} ${y}h${w - 2 * a}${arc(a, b)}v${h - 2 * b}${arc(-a, b)}h${2 * a - w}${arc(-a, -b)}v${2 * b - h}${arc(a, -b)}z`;
}
