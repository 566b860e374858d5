import { isServer } from 'lit';

/**
 * The element came with its shadow root already in the page: a server rendered it (declarative
 * shadow DOM) and Lit's hydrate support will take that DOM over. Its first render must then be
 * exactly the server's: hydration keeps the server's text and attributes and throws on a different
 * template. So that first render sees only what a server sees (the element's own attributes), and
 * what lives in this browser (saved answers, the page's language, the URL) follows one render later.
 * Ask in the constructor: that is before Lit attaches a shadow root of its own.
 */
export const cameWithShadowRoot = (host: HTMLElement): boolean => !isServer && host.shadowRoot !== null;
