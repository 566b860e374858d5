/** custom-elements.json feeds Storybook's docs and editors: every element's public surface must be in it. */
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

const expected: Record<string, { attributes: string[]; events: string[] }> = {
  'kjk-card': { attributes: ['card', 'lang', 'deck-src', 'heading-level'], events: [] },
  'kjk-fan': { attributes: ['card', 'mode', 'hash-navigation', 'lang', 'persist', 'storage-key', 'live-server', 'deck-src', 'message-origin'], events: ['kjk-card-change', 'kjk-change'] },
  'kjk-tension-card': { attributes: ['field', 'lang', 'persist', 'storage-key', 'live-server', 'message-origin', 'heading-level'], events: ['kjk-change'] },
  'kjk-session': { attributes: ['lang', 'persist', 'storage-key', 'live-server', 'message-origin'], events: ['kjk-change'] },
  'kjk-octagon': { attributes: ['topic', 'lang', 'persist', 'storage-key', 'live-server', 'message-origin', 'readonly', 'heading-level'], events: ['kjk-change', 'kjk-print'] },
  'kjk-circle-quadrant': { attributes: ['topic', 'lang', 'persist', 'storage-key', 'live-server', 'message-origin', 'readonly', 'heading-level'], events: ['kjk-change', 'kjk-print'] },
  'kjk-look-back': { attributes: ['topic', 'lang', 'persist', 'storage-key', 'live-server', 'message-origin', 'readonly', 'heading-level'], events: ['kjk-change', 'kjk-print'] },
  'kjk-mindmap': { attributes: ['topic', 'lang', 'persist', 'storage-key', 'live-server', 'message-origin', 'readonly', 'heading-level'], events: ['kjk-change', 'kjk-print'] },
  'kjk-action-card': { attributes: ['topic', 'lang', 'persist', 'storage-key', 'live-server', 'message-origin', 'readonly', 'heading-level'], events: ['kjk-change', 'kjk-print'] },
  'kjk-word-cloud': { attributes: ['compact', 'lang', 'persist', 'storage-key', 'live-server', 'message-origin', 'readonly', 'heading-level'], events: ['kjk-change', 'kjk-print'] },
};

describe('custom-elements.json', () => {
  it('lists every element with its attributes, events, parts and custom properties', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
    for (const [tag, surface] of Object.entries(expected)) {
      const d = declarations.find((x) => x.tagName === tag);
      expect(d, tag).to.exist;
      expect(d!.attributes!.map((a) => a.name), tag).to.include.members(surface.attributes);
      expect((d!.events ?? []).map((e) => e.name), tag).to.include.members(surface.events);
      expect(d!.cssParts?.length ?? 0, `${tag} parts`).to.be.greaterThan(0);
      expect(d!.cssProperties?.length ?? 0, `${tag} custom properties`).to.be.greaterThan(0);
    }
  });
});
