import { expect } from '@open-wc/testing';
import nl from '../content/nl/messages.json';
import en from '../content/en/messages.json';
import { loadEnglish, normaliseLang, translate } from '../src/internal/i18n.js';
import * as catalogues from '../src/internal/messages.js';

type Catalogue = Record<string, Record<string, string>>;
const flat = (c: Catalogue): Array<[string, string]> =>
  Object.entries(c).flatMap(([area, keys]) => Object.entries(keys).map(([k, v]): [string, string] => [`${area}.${k}`, v]));

describe('message catalogues', () => {
  it('have the same keys in Dutch and English, none empty', () => {
    const nlEntries = flat(nl as unknown as Catalogue);
    const enEntries = flat(en as unknown as Catalogue);
    expect(enEntries.map(([k]) => k).sort()).to.deep.equal(nlEntries.map(([k]) => k).sort());
    for (const [key, value] of [...nlEntries, ...enEntries]) expect(value.trim(), key).to.not.equal('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const enMap = new Map(flat(en as unknown as Catalogue));
    for (const [key, value] of flat(nl as unknown as Catalogue)) {
      expect(placeholders(enMap.get(key)!), key).to.deep.equal(placeholders(value));
    }
  });

  it('every area is offered to some element', () => {
    const offered = new Set(Object.values(catalogues).flatMap((m) => Object.keys(m.nl)));
    expect([...offered].sort()).to.deep.equal(Object.keys(nl).sort());
  });

  it('translate fills placeholders as text and shows the key when a text is missing', async () => {
    // English is loaded on demand (issue 14); an element waits for it, a direct caller awaits it.
    await loadEnglish();
    expect(translate([catalogues.tensionMessages], 'en', 'tension.invalidField', { field: '<b>7</b>', valid: '1, 2' })).to.equal(
      'Tension field "<b>7</b>" does not exist. Choose one of these: 1, 2.',
    );
    expect(translate([catalogues.tensionMessages], 'nl', 'tension.nope')).to.equal('tension.nope');
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
