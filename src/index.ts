/** Registers every element of ken-je-kracht. */
import './card.js';

export * from './classes.js';
