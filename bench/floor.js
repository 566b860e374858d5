// The floor every size and time is measured against: Lit plus one element that renders a line.
import { LitElement, html } from 'lit';

class FloorElement extends LitElement {
  render() {
    return html`<h2>Aanleiding</h2>`;
  }
}
customElements.define('floor-element', FloorElement);
