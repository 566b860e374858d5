import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { playLive, prepareLive, type LiveScene } from './live-scenes.js';
import type { SessionElement } from '../src/internal/session/session-element.js';

/**
 * Samen invullen, ieder op een eigen apparaat (issue 15). These stories use a TEST DOUBLE of the
 * live connection (test/live-fake.ts): no server is contacted and nothing is sent. The real
 * connection encrypts everything typed in the browser before it reaches the server.
 */
const meta: Meta = {
  title: 'Live/Samen invullen',
};
export default meta;

function scene(tag: 'kjk-octagon' | 'kjk-fan' | 'kjk-word-cloud', name: LiveScene, lang = 'nl', server = 'wss://live.example.nl'): StoryObj {
  return {
    render: () => {
      const fake = prepareLive(name);
      const el = document.createElement(tag) as SessionElement;
      el.setAttribute('persist', 'none');
      el.setAttribute('live-server', server);
      el.setAttribute('lang', lang);
      void playLive(el, name, fake, tag === 'kjk-fan' ? 'fan' : tag === 'kjk-word-cloud' ? 'word-cloud' : 'octagon');
      return el;
    },
  };
}

/** The facilitator's element before the start: one line and one button. */
export const Idle = scene('kjk-octagon', 'idle');
/** A participant opened the join link: an optional nickname, with the hint, and "Doe mee". */
export const Join = scene('kjk-octagon', 'join');
/** The facilitator in the room: the QR code, the link, and three people with counts only, never content. */
export const FacilitatorWaiting = scene('kjk-octagon', 'waiting');
/** A participant in the room fills in their own sheet; no one else's is shown before the reveal. */
export const ParticipantInRoom = scene('kjk-octagon', 'participant');
/** After "Deel je bevindingen": "Bekijk alle bladen" opens every sheet. */
export const Revealed = scene('kjk-octagon', 'revealed');
/** The connection dropped: said calmly; everything stays editable. */
export const Offline = scene('kjk-octagon', 'offline');
/** A link whose key does not open the room: a clear message and nothing of the room. */
export const WrongKey = scene('kjk-octagon', 'wrong-key');
/** The facilitator ended the session: everyone keeps their own copy. */
export const Ended = scene('kjk-octagon', 'ended');
/** The facilitator in English. */
export const FacilitatorWaitingEnglish = scene('kjk-octagon', 'waiting', 'en');

/** The fan: the facilitator's panel under the fan; the fan tells the room which card is open. */
export const FanFacilitator = scene('kjk-fan', 'waiting');
/** The fan of a participant follows the facilitator to their card, with "Volg de gespreksleider" to browse freely. */
export const FanParticipant = scene('kjk-fan', 'participant');
/** The fan of a participant opening the join link. */
export const FanJoin = scene('kjk-fan', 'join');
/** The fan of a participant when the connection dropped. */
export const FanOffline = scene('kjk-fan', 'offline');
/** The fan before the start. */
export const FanIdle = scene('kjk-fan', 'idle');
/** The fan of a participant after "Deel je bevindingen". */
export const FanRevealed = scene('kjk-fan', 'revealed');
/** The fan with a link whose key does not open the room. */
export const FanWrongKey = scene('kjk-fan', 'wrong-key');
/** The facilitator's fan after the session ended. */
export const FanEnded = scene('kjk-fan', 'ended');

/** A `live-server` no browser can reach (here without wss://): the page is not set up, said calmly; the sheet works as ever, and the console says why. */
export const BadServer = scene('kjk-octagon', 'idle', 'nl', 'live.example.nl');

/** The word cloud's facilitator: counts in words, and nothing to reveal, as everyone sees the cloud grow. */
export const WordCloudFacilitator = scene('kjk-word-cloud', 'waiting');
/** The word cloud of a participant: their words appear on every screen at once. */
export const WordCloudParticipant = scene('kjk-word-cloud', 'participant');
