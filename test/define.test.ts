import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement, type VersionedElement } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { KjkCard } from '../src/components/card/card.js';
import pkg from '../package.json';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('skips a second definition of the same tag without throwing or warning', () => {
    const warnings = captureWarnings(() => {
      defineElement('kjk-card', KjkCard);
      defineElement('kjk-card', class extends KjkCard {});
    });
    expect(customElements.get('kjk-card')).to.equal(KjkCard);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version got there first', () => {
    class OlderCopy extends LitElement {}
    (OlderCopy as VersionedElement).kjkVersion = '0.0.1';
    customElements.define('kjk-version-test', OlderCopy);
    const warnings = captureWarnings(() => {
      defineElement('kjk-version-test', class extends LitElement {});
      defineElement('kjk-version-test', class extends LitElement {});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION).and.to.contain('<kjk-version-test>');
    expect(customElements.get('kjk-version-test')).to.equal(OlderCopy);
  });

  it('keeps VERSION equal to package.json', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
