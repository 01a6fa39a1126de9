const SVG_NS = 'http://www.w3.org/2000/svg';
// Characters outside XML 1.0's Char production; with the `u` flag, a lone surrogate matches too.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Presentation properties that the element's stylesheet sets through classes and custom properties: a file
// outside the page has neither, so they are written onto the copy as attributes.
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

/**
 * A standalone copy of a chart's SVG: computed colours and fonts written as presentation attributes, interactive
 * attributes removed, a white (or the theme's) background, and the title and source line as text below the
 * drawing so the file still says what it shows and where the figures come from.
 */
export function exportSvg(svg: SVGSVGElement, options: { title: string; source: string; background: string }): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((node, i) => {
    const target = copies[i] as Element;
    const style = getComputedStyle(node);
    for (const p of PROPS) {
      const v = style.getPropertyValue(p);
      if (v && v !== 'none' && !(p === 'opacity' && v === '1')) target.setAttribute(p, v);
    }
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'data-index', 'part', 'class']) {
      target.removeAttribute(a);
    }
  });
  copy.querySelectorAll('.focus-ring').forEach((n) => n.remove());
  const box = svg.viewBox.baseVal;
  const width = box?.width || svg.getBoundingClientRect().width;
  const height = box?.height || svg.getBoundingClientRect().height;
  const top = 28;
  const bottom = 28;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width + 16));
  copy.setAttribute('height', String(height + top + bottom));
  copy.setAttribute('viewBox', `-8 ${-top} ${width + 16} ${height + top + bottom}`);
  const font = getComputedStyle(svg).fontFamily;
  const bg = document.createElementNS(SVG_NS, 'rect');
  Object.entries({ x: -8, y: -top, width: width + 16, height: height + top + bottom, fill: options.background }).forEach(([k, v]) =>
    bg.setAttribute(k, String(v)),
  );
  copy.prepend(bg);
  const text = (content: string, y: number, size: number, weight = 'normal') => {
    const t = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x: 0, y, 'font-size': size, 'font-weight': weight, 'font-family': font, fill: getComputedStyle(svg).color }).forEach(([k, v]) =>
      t.setAttribute(k, String(v)),
    );
    t.textContent = content;
    return t;
  };
  copy.append(text(options.title, -top + 18, 15, 'bold'), text(options.source, height + bottom - 8, 11));
  // A heading may hold characters XML forbids (controls, U+FFFE, lone surrogates): serialized as they are, they
  // would make a file no SVG reader opens. None of them can be part of the markup itself.
  return new XMLSerializer().serializeToString(copy).replace(NOT_XML, '');
}

/**
 * Draws an exported SVG into a PNG at twice its size, for slides and social posts. Loads the SVG from a `data:`
 * URL, which a page's Content-Security-Policy must allow in `img-src`; otherwise the promise rejects.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}
