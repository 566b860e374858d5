/**
 * UI texts by area, from the one catalogue per language (content/<lang>/messages.json).
 * An element names the areas it uses, so a single-element bundle carries only those.
 * Each group is its own module (messages/): in the chunk graph of dist/cdn a module goes wholly
 * into one chunk, so one module holding every group would make every element download them all.
 */
export { cardMessages } from './messages/card.js';
export { sessionMessages } from './messages/session.js';
export { tensionMessages } from './messages/tension.js';
export { shareMessages } from './messages/share.js';
export { sessionFileMessages } from './messages/session-file.js';
export { fanMessages } from './messages/fan.js';
export { planMessages } from './messages/plan.js';
export { worksheetMessages } from './messages/worksheet.js';
export { lookBackMessages } from './messages/look-back.js';
export { sketchMessages } from './messages/sketch.js';
export { mindmapMessages } from './messages/mindmap.js';
export { actionCardMessages } from './messages/action-card.js';
export { wordCloudMessages } from './messages/word-cloud.js';
export { lmsMessages } from './messages/lms.js';
export { liveMessages } from './messages/live.js';
