// A React 19 app as a user writes it: every tag with valid props must compile (npm run test:types).
import type {} from 'ken-je-kracht/jsx';
import type { KjkFan, SessionState } from 'ken-je-kracht/classes';
import { useRef, useState } from 'react';

export function App() {
  const [state, setState] = useState<SessionState | undefined>(undefined);
  const [card, setCard] = useState('');
  const fan = useRef<KjkFan>(null);
  return (
    <main className="app" style={{ fontSize: '1em' }}>
      <kjk-session show-plan storage-key="gezin-1" persist="local" state={state} onkjk-change={(e) => setState(e.detail.state)}>
        <kjk-fan ref={fan} card={card} mode="steps" hash-navigation deck-src="/deck.json" onkjk-card-change={(e) => setCard(e.detail.card)} />
        <kjk-card card={card} deckSrc="/deck.json" />
        <kjk-tension-card field="3" key="t" />
        <kjk-octagon topic="school" readonly onkjk-print={(e) => console.log(e.detail.what === 'blank')} />
        <kjk-circle-quadrant message-origin="https://lms.example" />
        <kjk-look-back lang="en" storageKey="terug" />
        <kjk-mindmap readonly={false} />
        <kjk-action-card plan={undefined} />
        <kjk-word-cloud compact>Laden…</kjk-word-cloud>
      </kjk-session>
    </main>
  );
}
