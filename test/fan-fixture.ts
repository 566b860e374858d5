import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KjkFan } from '../src/components/fan/fan.js';

export interface FanAttributes {
  key: string;
  persist?: string;
  lang?: string;
  card?: string;
  mode?: string;
  hash?: boolean;
}

/** A `<kjk-fan>` as a page writes it, rendered; attributes left out are not written at all. */
export async function fanFixture(attrs: FanAttributes): Promise<KjkFan> {
  const el = await fixture<KjkFan>(html`<kjk-fan
    storage-key=${attrs.key}
    persist=${ifDefined(attrs.persist)}
    lang=${ifDefined(attrs.lang)}
    card=${attrs.card ?? ''}
    mode=${attrs.mode ?? ''}
    ?hash-navigation=${attrs.hash ?? false}
  ></kjk-fan>`);
  await el.updateComplete;
  return el;
}
