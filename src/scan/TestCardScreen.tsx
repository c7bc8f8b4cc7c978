// The printable scanner test card: the four codes of test-card.ts drawn by
// bwip-js (the labels' renderer, loaded as its own chunk), each with what it
// tests and what a scanner sends for it with AIM code ID on and off.
import { useEffect, useState } from 'react';
import { useRoute } from '../device/router';
import { say } from '../words';
import { expectedSending } from './self-test';
import { codeName, codePurpose } from './self-test-words';
import { TEST_CARD, type TestCode } from './test-card';
import './self-test.css';

type Render = (code: { bcid: TestCode['bcid']; text: string }) => string;

export function TestCardScreen() {
  const go = useRoute((s) => s.go);
  const [render, setRender] = useState<{ fn: Render } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('../labels/render').then(
      (m) => setRender({ fn: (code) => m.barcodeSvg({ key: code.text, bcid: code.bcid, text: code.text, lines: [] }) }),
      (e: unknown) => setFailed(String(e)),
    );
  }, []);
  return (
    <section className="test-card-screen">
      <h1>{say('scanner.card.title')}</h1>
      <p className="hint">{say('scanner.card.hint')}</p>
      <div className="test-card-actions">
        <button type="button" className="button" onClick={() => window.print()}>{say('scanner.card.print')}</button>
        <button type="button" className="button" onClick={() => go('scanner-test')}>{say('scanner.test.open')}</button>
      </div>
      {failed && <p role="alert" className="error">{say('scanner.card.failed', { reason: failed })}</p>}
      {!render && !failed && <p aria-busy="true">{say('scanner.card.loading')}</p>}
      <div className="test-card" aria-busy={render === null}>
        {TEST_CARD.map((code) => <CardCode key={code.id} code={code} render={render?.fn ?? null} />)}
      </div>
    </section>
  );
}

function CardCode({ code, render }: { code: TestCode; render: Render | null }) {
  const svg = render?.(code) ?? null;
  return (
    <figure className={`test-card-code ${code.bcid === 'gs1datamatrix' ? 'square' : 'linear'}`} data-code={code.id}>
      {svg && <div className="code" role="img" aria-label={codeName(code.id)} dangerouslySetInnerHTML={{ __html: svg }} />}
      <figcaption>
        <strong>{codeName(code.id)}</strong>
        <span>{codePurpose(code.id)}</span>
        <code>{say('scanner.card.aim-on', { sent: expectedSending(code, true) })}</code>
        <code>{say('scanner.card.aim-off', { sent: expectedSending(code, false) })}</code>
      </figcaption>
    </figure>
  );
}
