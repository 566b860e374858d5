/** Registers every element of ken-je-kracht. Providers first, so children find their session at once. */
import './session.js';
import './fan.js';
import './tension-card.js';
import './card.js';
import './octagon.js';
import './circle-quadrant.js';
import './look-back.js';
import './mindmap.js';
import './action-card.js';
import './word-cloud.js';

export * from './classes.js';
/** English is loaded on demand; a server that renders `lang="en"` awaits this once before rendering. */
export { loadEnglish } from './internal/i18n.js';
