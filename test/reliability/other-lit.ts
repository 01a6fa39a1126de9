// Another Lit on the page: a tiny element built from the repository's own `lit` package into its own bundle (its
// own lit-html runtime, its own Trusted Types policy), as a CMS plugin or another vendor's widget would bring.
import { css, html, LitElement } from 'lit';

/** A card from "another vendor", with its own shadow styles and a template binding. */
class OtherVendorCard extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 8px;
      border: 2px solid #0a7;
    }
    svg {
      width: 40px;
      height: 20px;
    }
  `;

  static override properties = { label: { type: String } };

  label = 'Thẻ của bên thứ ba';

  override render() {
    return html`<p part="label">${this.label}</p>
      <svg viewBox="0 0 40 20" aria-hidden="true"><rect width="40" height="20" fill="#0a7"></rect></svg>`;
  }
}

if (!customElements.get('other-vendor-card')) customElements.define('other-vendor-card', OtherVendorCard);
