import { expect } from '@open-wc/testing';
import nl from '../content/nl/messages.json';
import en from '../content/en/messages.json';
import { normaliseLang } from '../src/internal/i18n.js';

describe('message catalogues', () => {
  it('have the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(nl).sort());
    for (const [key, value] of [...Object.entries(nl), ...Object.entries(en)]) {
      expect(value.trim(), key).to.not.equal('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) {
      expect(placeholders(en[key]), key).to.deep.equal(placeholders(nl[key]));
    }
  });

  it('resolve en and its regional forms to English, anything else to Dutch', () => {
    expect(normaliseLang('en')).to.equal('en');
    expect(normaliseLang('EN-gb')).to.equal('en');
    expect(normaliseLang('nl-BE')).to.equal('nl');
    expect(normaliseLang('fr')).to.equal('nl');
    expect(normaliseLang('')).to.equal('nl');
    expect(normaliseLang(null)).to.equal('nl');
  });
});
