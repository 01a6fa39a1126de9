import { formatNumber, formatReported, formatSource, pickText, type Lang, type LoadError, type QueryResult, type Source } from '@danvan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { uiText } from './ui-text.js';

/**
 * A share as a percentage in the reader's language ("41,5%" / "41.5%"), with up to `digits` decimals: what
 * `Intl.NumberFormat`'s percent style writes, by core's `formatNumber` (no ICU start-up on a page's first chart).
 * The share's decimal form is shifted two places (`0.145` is 14.5, not 0.145 × 100 = 14.499…), as ICU does.
 */
export function formatShare(share: number | undefined, lang: Lang, digits = 1): string {
  if (share === undefined) return '–';
  const [mantissa, exponent = '0'] = String(share).split('e');
  return `${formatNumber(Number(`${mantissa}e${Number(exponent) + 2}`), lang, { maximumFractionDigits: digits })}%`;
}

/**
 * The loading, idle and empty states: a message over an empty box the size the chart is expected to be, so the
 * page does not jump when the chart arrives. The box is an SVG with a viewBox, which reserves its aspect ratio
 * without a style attribute.
 */
export function renderState(kind: 'loading' | 'idle' | 'empty', lang: Lang, width: number, height: number): TemplateResult {
  const t = uiText(lang);
  const text = kind === 'loading' ? t.loading : kind === 'idle' ? t.idle : t.empty;
  return html`<div class="state" part="state ${kind}" role=${kind === 'loading' ? 'status' : nothing}><svg class="placeholder" viewBox="0 0 ${width} ${height}" aria-hidden="true"></svg><span class="state-text">${text}</span></div>`;
}

/** The error state: what went wrong in the reader's language, the first problems found in the data, a retry. */
export function renderError(error: LoadError | undefined, lang: Lang, retry: () => void): TemplateResult {
  const t = uiText(lang);
  const issues = error?.issues.filter((i) => i.severity === 'error').slice(0, 3) ?? [];
  return html`<div class="state error" role="alert" part="state error"><span class="message">${t.errors[error?.code ?? 'network']}</span>${
    issues.length ? html`<span>${t.firstIssues}</span><ul>${issues.map((i) => html`<li>${i.message[lang]}</li>`)}</ul>` : nothing
  }<button type="button" part="retry" @click=${retry}>${t.retry}</button></div>`;
}

/** Rows a table lists after the data: groups a chart shows that have no figure (a map's units without data). */
export interface MissingRows {
  /** The groups' labels, in the reader's language. */
  readonly labels: readonly string[];
  /** What their figure cells say ("Không có số liệu"). */
  readonly text: string;
}

/**
 * The data as a table for screen readers (visually hidden): every row with its figure and hedge, the series as
 * columns when there are any, and the share of the total; then the `missing` groups, if any.
 */
export function renderTable(result: QueryResult, lang: Lang, caption: string, groupHeader: string, missing?: MissingRows): TemplateResult {
  const t = uiText(lang);
  const series = result.rows.find((r) => r.parts?.length)?.parts ?? [];
  const fmt = (v: Parameters<typeof formatReported>[0]) => formatReported(v, lang, result.unit);
  const shares = result.total !== undefined && series.length === 0;
  const dash = html`<td>–</td>`;
  // Tables ignore a 1px width, so the hidden box is a wrapper around the table.
  return html`<div class="visually-hidden"><table part="table"><caption>${caption}</caption><thead><tr><th scope="col">${groupHeader}</th>${
    series.map((p) => html`<th scope="col">${p.label[lang]}</th>`)
  }<th scope="col">${series.length ? t.total : t.value}</th>${shares ? html`<th scope="col">${t.share}</th>` : nothing}</tr></thead><tbody>${
    result.rows.map(
      (row) =>
        html`<tr><th scope="row">${row.label[lang]}</th>${series.map((s) => {
          const part = row.parts?.find((p) => p.key === s.key);
          return part ? html`<td>${fmt(part.value)}</td>` : dash;
        })}<td>${fmt(row.value)}</td>${shares ? html`<td>${formatShare(row.share, lang)}</td>` : nothing}</tr>`,
    )
  }${
    missing?.labels.map(
      (label) => html`<tr><th scope="row">${label}</th>${series.map(() => dash)}<td>${missing.text}</td>${shares ? dash : nothing}</tr>`,
    ) ?? nothing
  }</tbody>${
    result.total
      ? html`<tfoot><tr><th scope="row">${t.total}</th>${series.map(() => html`<td></td>`)}<td>${fmt(result.total)}</td>${shares ? html`<td></td>` : nothing}</tr></tfoot>`
      : nothing
  }</table></div>`;
}

/** "Nguồn: author, “title”, date." with links where a source has a (validated) URL, then the sources' notes. */
export function renderSources(sources: readonly Source[], lang: Lang): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const t = uiText(lang);
  const notes = sources.map((s) => pickText(s.note, lang)).filter(Boolean);
  const cite = (s: Source) => {
    const text = formatSource(s, lang);
    return s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${text}</a>` : text;
  };
  // Notes follow as their own sentences: "Nguồn: Thu Hà, “…”, 2023. Bản được dùng không ghi ngày; …"
  const after = notes.map((n) => ` ${n.replace(/[.\s]+$/, '')}.`).join('');
  return html`<p part="source">${sources.length > 1 ? t.sources : t.source}: ${sources.map((s, i) => html`${i ? '; ' : ''}${cite(s)}`)}.${after}</p>`;
}
