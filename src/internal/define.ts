import { VERSION } from './version.js';

/** Marks our classes so a second copy on the page can be recognised and compared. */
export interface VersionedElement extends CustomElementConstructor {
  kjkVersion?: string;
}

const warned = new Set<string>();

/**
 * Registers a tag once. Host pages paste the script twice, load kjk.js beside
 * kjk-octagon.js, or carry two versions; a second definition must never throw
 * "has already been used with this registry". It is skipped, with one warning
 * per tag only when the versions differ.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    const theirs = existing.kjkVersion ?? 'unknown';
    if (existing !== ctor && theirs !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `<${tag}> is already defined by ken-je-kracht ${theirs}; version ${VERSION} is not registered again and the first one stays in use.`,
      );
    }
    return;
  }
  ctor.kjkVersion = VERSION;
  registry.define(tag, ctor);
}
