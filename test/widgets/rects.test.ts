import { describe, expect, it } from 'vitest';
import { outline, Rects, type RectAttrs } from '@danvan/widgets/internal/rects.js';

const NS = 'http://www.w3.org/2000/svg';

/** An svg on the page holding `children`, so that geometry questions have answers. */
function svgWith(...children: Element[]): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '400');
  svg.append(...children);
  document.body.append(svg);
  return svg;
}

/**
 * How far inside (positive) or outside (negative) a rectangle rounded as SVG rounds one a point lies, in units of
 * the corner's radius near a corner and of pixels along a side: near zero the answer is down to rounding.
 */
function margin({ x, y, width: w, height: h, rx = 0 }: RectAttrs, px: number, py: number): number {
  const a = Math.min(rx, w / 2);
  const b = Math.min(rx, h / 2);
  const side = Math.min(px - x, x + w - px, py - y, y + h - py);
  if (!a || !b || side < 0) return side;
  const dx = Math.max(x + a - px, px - (x + w - a), 0) / a;
  const dy = Math.max(y + b - py, py - (y + h - b), 0) / b;
  return dx && dy ? 1 - Math.hypot(dx, dy) : side;
}

describe('Rects', () => {
  it("draws each rectangle's outline as the rectangle itself is drawn, rounded corners included", () => {
    const cases: RectAttrs[] = [
      { class: 'bar', x: 10, y: 20, width: 3, height: 40 },
      { class: 'bar', x: 10.25, y: 20.5, width: 0.75, height: 12.125 },
      { class: 'bar', x: 10, y: 20, width: 30, height: 22, rx: 2 },
      { class: 'bar', x: 5.5, y: 7.25, width: 5, height: 60, rx: 4 },
      { class: 'bar', x: 0, y: 0, width: 40, height: 3, rx: 4 },
      { class: 'bar', x: 0, y: 0, width: 3, height: 3, rx: 2 },
      { class: 'bar', x: 12, y: 30, width: 8, height: 8, rx: 0 },
    ];
    for (const r of cases) {
      const rect = document.createElementNS(NS, 'rect');
      for (const k of ['x', 'y', 'width', 'height', 'rx'] as const) if (r[k] !== undefined) rect.setAttribute(k, String(r[k]));
      const path = document.createElementNS(NS, 'path');
      path.setAttribute('d', outline(r));
      const svg = svgWith(rect, path);
      // The same box, to float noise (an arc's end lands 3e-14 off its corner).
      const box = (b: DOMRect) => [b.x, b.y, b.width, b.height].map((v) => Math.round(v * 1e6) / 1e6 + 0);
      expect(box(path.getBBox())).toEqual(box(rect.getBBox()));
      const point = svg.createSVGPoint();
      let checked = 0;
      for (let px = r.x - 1.03; px < r.x + r.width + 1; px += 0.11) {
        for (let py = r.y - 1.03; py < r.y + r.height + 1; py += 0.11) {
          if (Math.abs(margin(r, px, py)) < 0.02) continue;
          point.x = px;
          point.y = py;
          const inside = rect.isPointInFill(point);
          expect(path.isPointInFill(point), `${JSON.stringify(r)} at ${px.toFixed(2)}, ${py.toFixed(2)}`).toBe(inside);
          expect(inside).toBe(margin(r, px, py) > 0);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
      svg.remove();
    }
  });

  it('merges each run of rectangles that look alike into one path, in order, and goes back to a rectangle each', () => {
    const bars = new Rects();
    const shapes: RectAttrs[] = [
      { class: 'bar c-s0', part: 'mark', x: 0, y: 10, width: 2, height: 30 },
      { class: 'bar c-s0', part: 'mark', x: 3, y: 5, width: 2, height: 35 },
      { class: 'bar c-s1', part: 'mark', x: 0, y: 0, width: 2, height: 10 },
      { class: 'texture', x: 0, y: 0, width: 2, height: 10, fill: 'url(#p1)' },
      { class: 'texture', x: 3, y: 0, width: 2, height: 5, fill: 'url(#p1)' },
      { class: 'bar c-s0', part: 'mark', x: 6, y: 0, width: 5, height: 40, rx: 2 },
    ];
    const group = bars.draw(shapes, true) as SVGGElement;
    const looks = (g: SVGGElement) =>
      [...g.children].map((p) => [p.tagName, p.getAttribute('class'), p.getAttribute('part'), p.getAttribute('fill'), p.getAttribute('d')]);
    expect(looks(group)).toEqual([
      ['path', 'bar c-s0', 'mark', null, 'M0 10h2v30h-2zM3 5h2v35h-2z'],
      ['path', 'bar c-s1', 'mark', null, 'M0 0h2v10h-2z'],
      ['path', 'texture', null, 'url(#p1)', 'M0 0h2v10h-2zM3 0h2v5h-2z'],
      ['path', 'bar c-s0', 'mark', null, outline(shapes[5]!)],
    ]);
    // The detailed drawing: the same group, now a rectangle each and no path.
    const named = shapes.map((s, i) => (s.part ? { ...s, class: `mark ${s.class}`, role: 'listitem', 'data-index': i } : s));
    expect(bars.draw(named)).toBe(group);
    expect([...group.children].map((c) => c.tagName)).toEqual(Array(6).fill('rect'));
    expect([...group.children].map((c) => c.getAttribute('class'))).toEqual(named.map((s) => s.class));
    expect(group.children[2]!.getAttribute('data-index')).toBe('2');
    expect(group.children[3]!.hasAttribute('data-index')).toBe(false);
    // Drawn again unmerged, the rectangles stay the same elements; merged again, they give way to paths.
    const rects = [...group.children];
    bars.draw(named.map((s) => ({ ...s, y: s.y + 1 })));
    expect([...group.children]).toEqual(rects);
    expect(group.children[0]!.getAttribute('y')).toBe('11');
    bars.draw(shapes, true);
    expect(looks(group).map((l) => l[0])).toEqual(['path', 'path', 'path', 'path']);
  });
});
