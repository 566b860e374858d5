/**
 * The demo of "Samen invullen" with a TEST DOUBLE of the live connection (test/live-fake.ts): for
 * screenshots and a first look, no server needed and nothing sent. Built by
 *   npx esbuild demo/live-fake.ts --bundle --format=esm --outfile=dist/cdn/live-fake-demo.js
 * and opened as demo/live-fake.html?tag=kjk-octagon&scene=waiting (scenes: stories/live-scenes.ts).
 */
import '../src/index.js';
import { LIVE_SCENES, playLive, prepareLive, type LiveScene } from '../stories/live-scenes.js';
import type { SessionElement } from '../src/internal/session/session-element.js';

const params = new URLSearchParams(location.search);
const tag = params.get('tag') === 'kjk-fan' ? 'kjk-fan' : 'kjk-octagon';
const scene = (LIVE_SCENES as readonly string[]).includes(params.get('scene') ?? '') ? (params.get('scene') as LiveScene) : 'idle';
const fake = prepareLive(scene);
const el = document.createElement(tag) as SessionElement;
el.setAttribute('persist', 'none');
el.setAttribute('live-server', 'wss://live.example.nl');
if (params.get('lang') === 'en') el.setAttribute('lang', 'en');
document.querySelector('h1')!.textContent = tag === 'kjk-fan' ? 'De gesprekswaaier' : 'Werkvorm: Bekrachtigen';
document.querySelector('main')!.append(el);
void playLive(el, scene, fake, tag === 'kjk-fan' ? 'fan' : 'octagon').then(() => document.body.setAttribute('data-ready', ''));
