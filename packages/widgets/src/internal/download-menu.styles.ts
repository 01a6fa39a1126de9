import { css, type CSSResult } from 'lit';

let styles: CSSResult | undefined;

/**
 * The download menu's styles: adopted into an element's shadow root with the menu (see `renderDownloads`), so an
 * element without the downloads feature does not carry them. The colours are the frame's theme properties. A
 * function, made on first use: a bundler cannot drop an unused top-level css`` call (it might have effects).
 */
export const downloadMenuStyles = (): CSSResult => (styles ??= css`
  .downloads {
    position: relative;
  }
  .downloads summary {
    cursor: pointer;
    padding: 0.125em 0.25em;
    border-radius: 4px;
  }
  .downloads summary:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .downloads .menu {
    position: absolute;
    right: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: 0.375em;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    white-space: nowrap;
  }
`);
