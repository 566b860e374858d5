// The floor's interaction: Lit plus one element whose button counts clicks (one re-render, one
// changed text). Its own bundle, so the size floor (bench/floor.js) stays Lit plus one line.
import { LitElement, html } from 'lit';

class FloorClick extends LitElement {
  static properties = { count: { state: true } };
  constructor() {
    super();
    this.count = 0;
  }
  render() {
    return html`<h2>Aanleiding</h2>
      <button type="button" @click=${() => this.count++}>Volgende (${this.count})</button>`;
  }
}
customElements.define('floor-click', FloorClick);
