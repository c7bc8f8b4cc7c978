// The scanner self-test: scan the test card's codes (TestCardScreen) and see,
// for each, what the scanner sent (its prefix, AIM prefix, separators, suffix
// and Enter, control characters shown) and which of its settings is wrong.
// The keys are recorded here, at any speed (key-recorder.ts); no scan reaches
// a task meanwhile: no screen that takes scans is open.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useRoute } from '../device/router';
import { say } from '../words';
import { attachKeyRecorder } from './key-recorder';
import { getScanSettings } from './scan-bus';
import { diagnose, visible, visibleEnd, type Capture, type SelfTestAnswer } from './self-test';
import { codeName, findingSentence, readsSentence } from './self-test-words';
import { TEST_CARD, type TestCodeId } from './test-card';
import './self-test.css';

export function SelfTestScreen() {
  const go = useRoute((s) => s.go);
  const [captures, setCaptures] = useState<Capture[]>([]);
  const [expectAim, setExpectAim] = useState(true);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => attachKeyRecorder(document, (capture) => {
    setCaptures((list) => [...list, capture]);
    // The field only gives the keys a place to land (input methods need one).
    if (field.current) field.current.value = '';
  }), []);
  const answers = useMemo(
    () => captures.map((capture) => diagnose(capture, { settings: getScanSettings(), expectAim })),
    [captures, expectAim],
  );
  const last = answers.at(-1) ?? null;
  const latest = new Map<TestCodeId, SelfTestAnswer>();
  for (const answer of answers) if (answer.code) latest.set(answer.code.id, answer);

  return (
    <section className="self-test">
      <h1>{say('scanner.test.title')}</h1>
      <p className="hint">{say('scanner.test.hint')}</p>
      <button type="button" className="button" onClick={() => go('scanner-card')}>{say('scanner.card.open')}</button>
      <fieldset className="aim-choice">
        <legend>{say('scanner.test.aim')}</legend>
        <label className="choice-line">
          <input type="radio" name="aim" checked={expectAim} onChange={() => setExpectAim(true)} />
          <span>{say('scanner.test.aim-on')}</span>
        </label>
        <label className="choice-line">
          <input type="radio" name="aim" checked={!expectAim} onChange={() => setExpectAim(false)} />
          <span>{say('scanner.test.aim-off')}</span>
        </label>
      </fieldset>
      <label className="field">
        <span>{say('scanner.test.field')}</span>
        <input ref={field} inputMode="none" autoFocus autoComplete="off" autoCapitalize="off" spellCheck={false} />
      </label>
      <section className="self-test-answer" aria-label={say('scanner.test.answer')} aria-live="polite">
        {last ? <Answer answer={last} /> : <p className="hint">{say('scanner.test.waiting')}</p>}
      </section>
      <h2>{say('scanner.test.card')}</h2>
      <ul className="self-test-card">
        {TEST_CARD.map((code) => {
          const answer = latest.get(code.id);
          const status = !answer ? 'not-scanned' : answer.findings.length === 0 ? 'passed' : 'to-change';
          return (
            <li key={code.id} className={`self-test-code ${status}`} data-code={code.id}>
              <span>{codeName(code.id)}</span>
              <span className="status">{say(`scanner.test.${status}`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Answer({ answer }: { answer: SelfTestAnswer }) {
  const { sent, findings } = answer;
  return (
    <>
      {answer.code && <p className="figure-line">{say('scanner.test.which', { code: codeName(answer.code.id) })}</p>}
      <p className="hint">{say('scanner.test.sent')}</p>
      <p className="sent" data-testid="sent">
        {sent.prefix && <mark className="part prefix">{visible(sent.prefix)}</mark>}
        {sent.aim && <mark className="part aim">{sent.aim}</mark>}
        {sent.segments.map((segment, i) => (
          <Fragment key={i}>
            <span className="data">{visible(segment)}</span>
            {i < sent.separators.length && (sent.separators[i] === ''
              ? <mark className="part missing">‸</mark>
              : <mark className="part separator">{visible(sent.separators[i]!)}</mark>)}
          </Fragment>
        ))}
        {sent.suffix && <mark className="part suffix">{visible(sent.suffix)}</mark>}
        {sent.end && <mark className="part end">{visibleEnd(sent.end)}</mark>}
      </p>
      <p className="hint">{say('scanner.test.legend')}</p>
      <p>{readsSentence(answer.reads)}</p>
      <p className="hint">{say('scanner.test.gap', { gap: answer.largestGapMs })}</p>
      {findings.length === 0
        ? <p className="success" role="status">{say('scanner.test.good')}</p>
        : (
          <ul className="findings">
            {findings.map((finding) => <li key={finding.kind} className="warning">{findingSentence(finding)}</li>)}
          </ul>
        )}
    </>
  );
}
