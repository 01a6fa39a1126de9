// The floor: a hand-written chart, inline SVG made with DOM calls and nothing else (no axes library, no scales).
const NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes. */
export function svgEl(name, attrs = {}, text) {
  const e = document.createElementNS(NS, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** An `<svg>` of the given size, labelled for assistive technology. */
export function svgRoot(width, height, label) {
  return svgEl('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label });
}

export const fmt = (n) => n.toLocaleString('vi-VN');
