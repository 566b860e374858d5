/**
 * The live session's panel (issue 15): start, the join link as a QR code, who joined (counts,
 * never content), "Deel je bevindingen", "Sessie beëindigen"; on a participant's device the
 * join form and where the room is. Its own chunk, with its texts, styles and the QR encoder,
 * loaded only by an element with `live-server` or on a join link (see live-controller.ts).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { translate, type Lang } from '../i18n.js';
import { liveMessages } from '../messages/live.js';
import type { LivePerson, LiveSession } from './live-types.js';
import type { LivePhase } from './live-controller.js';
import { loadedLive } from './live-loader.js';

export { livePanelStyles } from './live-panel.styles.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The panel's texts in `lang`. */
export const t =
  (lang: Lang): Translate =>
  (key, values) =>
    translate([liveMessages], lang, key, values);

export interface LivePanelView {
  lang: Lang;
  phase: LivePhase;
  /** In the room: the session. */
  live?: LiveSession;
  confirmingEnd: boolean;
  copied: '' | 'copied' | 'failed';
  /** The panel's own polite region, where the element has no status line of its own. */
  announcement?: string;
  /** The fan on a participant's device: "Volg de gespreksleider" on or off. */
  follow?: boolean;
  /** What people add: notes on sheets of their own (revealed later), or words for one cloud (shared as they come). */
  content: 'sheets' | 'words';
  actions: {
    start(): void;
    join(name: string): void;
    retry(): void;
    copy(): void;
    reveal(): void;
    askEnd(): void;
    confirmEnd(): void;
    cancelEnd(): void;
    setFollow(on: boolean): void;
  };
}

export type LivePanelPart = typeof import('./live-panel.js');

/** The QR code as one SVG path of dark modules on a white ground with its quiet zone: no canvas, no data URL, no style attribute. */
function renderQr(link: string, label: string): TemplateResult {
  // From the live chunk, here once a room exists; a link too long for a QR code has only its text and copy button.
  const code = loadedLive()?.qrCode(link);
  if (!code) return html``;
  const { size, d } = code;
  const q = 4;
  return html`<svg class="qr" role="img" aria-label=${label} viewBox="${-q} ${-q} ${size + 2 * q} ${size + 2 * q}" shape-rendering="crispEdges">
    ${svg`<rect class="qr-ground" x=${-q} y=${-q} width=${size + 2 * q} height=${size + 2 * q}></rect><path class="qr-dark" d=${d}></path>`}
  </svg>`;
}

function personLine(person: LivePerson, index: number, t: Translate, words: boolean): string {
  const name = person.name.trim() || t('live.personN', { n: index + 1 });
  const count = words ? (person.count === 1 ? t('live.countWordsOne') : t('live.countWords', { count: person.count })) : person.count === 1 ? t('live.countOne') : t('live.count', { count: person.count });
  const parts = [person.isMe ? `${name} (${t('live.you')})` : name, count];
  if (!person.online && !person.isMe) parts.push(t('live.offlinePerson'));
  return parts.join(' · ');
}

function renderFacilitator(view: LivePanelView, live: LiveSession, t: Translate): TemplateResult {
  const { actions } = view;
  const others = live.people.filter((p) => !p.isMe);
  // A word cloud is shared as it grows: nothing to reveal, and the counts are not all one sees.
  const words = view.content === 'words';
  return html`
    <div class="live-join">
      <div class="live-link">
        <p class="live-subtitle" tabindex="-1" data-live="link-heading">${t('live.linkHeading')}</p>
        <p class="live-help">${t('live.linkHelp')}</p>
        ${renderQr(live.link, t('live.qrLabel'))}
        <label class="live-label" for="live-link">${t('live.linkLabel')}</label>
        <input id="live-link" class="field live-link-text" readonly .value=${live.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        <div class="live-row">
          <button type="button" class="button" data-live="copy" @click=${actions.copy}>${t('live.copy')}</button>
          ${view.copied ? html`<span class="live-copied ${view.copied}">${t(view.copied === 'copied' ? 'live.copied' : 'live.copyFailed')}</span>` : nothing}
        </div>
      </div>
      <div class="live-people">
        <p class="live-subtitle" id="live-people">${t('live.peopleHeading')}</p>
        <ul aria-labelledby="live-people">
          ${live.people.map((p, i) => html`<li class=${p.online || p.isMe ? '' : 'away'}>${personLine(p, i, t, words)}</li>`)}
        </ul>
        ${others.length ? nothing : html`<p class="live-help">${t('live.nobody')}</p>`}
        ${words || live.revealed ? nothing : html`<p class="live-help">${t('live.countsOnly')}</p>`}
      </div>
    </div>
    <div class="live-actions">
      ${words
        ? nothing
        : live.revealed
        ? html`<p class="live-message" tabindex="-1" data-live="message">${t('live.revealed')}</p>`
        : html`<div class="live-reveal">
            <button type="button" class="button" data-live="reveal" aria-describedby="live-reveal-help" @click=${actions.reveal}>${t('live.reveal')}</button>
            <p class="live-help" id="live-reveal-help">${t('live.revealHelp')}</p>
          </div>`}
      ${view.confirmingEnd
        ? html`<div class="confirm live-confirm" role="group" aria-labelledby="live-confirm-end" tabindex="-1" data-live="confirm-end">
            <p id="live-confirm-end">${t('live.confirmEnd')}</p>
            <div class="live-row">
              <button type="button" class="button danger" data-live="end-yes" @click=${actions.confirmEnd}>${t('live.endYes')}</button>
              <button type="button" class="button quiet" data-live="end-no" @click=${actions.cancelEnd}>${t('live.endNo')}</button>
            </div>
          </div>`
        : html`<button type="button" class="button quiet" data-live="end" @click=${actions.askEnd}>${t('live.end')}</button>`}
    </div>
  `;
}

function renderParticipant(view: LivePanelView, live: LiveSession, t: Translate): TemplateResult {
  const said = view.content === 'words' ? 'live.participantWords' : live.revealed ? 'live.revealed' : 'live.participantWaiting';
  return html`<p class="live-message" tabindex="-1" data-live="message">${t(said)}</p>
    ${view.follow === undefined
      ? nothing
      : html`<label class="check live-follow">
            <input type="checkbox" data-live="follow" aria-describedby="live-follow-help" .checked=${view.follow} @change=${(e: Event) => view.actions.setFollow((e.target as HTMLInputElement).checked)} />
            <span>${t('live.follow')}</span>
          </label>
          <p class="live-help" id="live-follow-help">${t('live.followHelp')}</p>`}`;
}

function renderJoin(view: LivePanelView, t: Translate): TemplateResult {
  const submit = (event: Event): void => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('#live-name');
    view.actions.join(field?.value ?? '');
  };
  return html`<p class="live-help">${t('live.joinHelp')}</p>
    <form class="live-form" @submit=${submit}>
      <label class="live-label" for="live-name">${t('live.name')}</label>
      <input id="live-name" class="field" maxlength="80" autocomplete="nickname" aria-describedby="live-name-hint" />
      <p class="hint live-hint" id="live-name-hint">${t('live.nameHint')}</p>
      <button type="submit" class="button" data-live="join">${t('live.join')}</button>
    </form>`;
}

/** A message on its own: what went wrong or ended, said once, calmly, with no controls but what helps. */
function message(text: string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<p class="live-message" tabindex="-1" data-live="message">${text}</p>${extra}`;
}

function renderBody(view: LivePanelView, t: Translate): TemplateResult {
  const { phase, live, actions } = view;
  switch (phase) {
    case 'idle':
      return html`<p class="live-help">${t(view.content === 'words' ? 'live.introWords' : 'live.intro')}</p>
        <button type="button" class="button" data-live="start" @click=${actions.start}>${t('live.start')}</button>`;
    case 'join':
      return renderJoin(view, t);
    case 'loading':
      return html`<p class="live-message" role="status">${t('live.joining')}</p>`;
    case 'load-failed':
      return message(t('live.loadFailed'), html`<button type="button" class="button" data-live="retry" @click=${actions.retry}>${t('live.retry')}</button>`);
    case 'bad-link':
      return message(t('live.wrongKey'));
    case 'no-server':
      return message(t('live.noServer'));
    case 'bad-server':
      return message(t('live.badServer'));
  }
  if (!live) return html``;
  switch (live.status) {
    case 'wrong-key':
      return message(t('live.wrongKey'));
    case 'refused':
      return message(t('live.refused'));
    case 'ended':
      return message(t('live.ended'));
    case 'connecting':
      return html`<p class="live-message" role="status">${t('live.joining')}</p>`;
  }
  const offline = live.status === 'offline' ? html`<p class="live-offline">${t('live.offline')}</p>` : nothing;
  return html`${offline}${live.role === 'facilitator' ? renderFacilitator(view, live, t) : renderParticipant(view, live, t)}
    <p class="live-help live-privacy"><span class="lock" aria-hidden="true"></span>${t('live.privacy')}</p>`;
}

/** The panel in every state; the element decides where it goes. */
export function renderLivePanel(view: LivePanelView): TemplateResult {
  const tr = t(view.lang);
  const joining = view.phase === 'join';
  const status = view.live?.status;
  const tone = view.phase === 'room' && (status === 'wrong-key' || status === 'refused') ? 'problem' : view.phase === 'bad-link' || view.phase === 'no-server' || view.phase === 'bad-server' || view.phase === 'load-failed' ? 'problem' : '';
  return html`<div class="live ${tone}" part="live" role="group" aria-labelledby="live-title" lang=${view.lang} data-phase=${view.phase} data-status=${status ?? ''}>
    <p class="live-title" id="live-title"><span class="live-dot" aria-hidden="true"></span>${tr(joining ? 'live.joinHeading' : 'live.title')}</p>
    ${renderBody(view, tr)}
    ${view.announcement === undefined ? nothing : html`<p class="visually-hidden" role="status">${view.announcement}</p>`}
  </div>`;
}

export { LivePanelDriver } from './live-driver.js';
