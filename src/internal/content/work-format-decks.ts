// One small deck per work format, each in its own module (work-formats/): in the chunk graph of
// dist/cdn a module used by several entries becomes a shared chunk, so one module holding every
// format's deck would make each work format download all of their cards.
export { lookBackDecks } from './work-formats/look-back.js';
export { octagonDecks } from './work-formats/octagon.js';
export { circleDecks } from './work-formats/circle-quadrant.js';
export { mindmapDecks } from './work-formats/mindmap.js';
export { actionDecks } from './work-formats/action-card.js';
export { wordCloudDecks } from './work-formats/word-cloud.js';
