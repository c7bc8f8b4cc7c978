// The frame every operator wizard shares: "Flow · Step" heading, the chosen
// item, the step, and Back / Cancel until the task is done. A scan on a step
// that takes none is answered here (never silence), and Cancel of a task with
// something entered asks first: one slip must not lose the work.
import { useEffect, useState, type ReactNode } from 'react';
import type { Item } from '../domain';
import { stepChanged, useScanHandler } from '../scan/scan-bus';
import { say } from '../words';

interface Props {
  /** Used for the heading's id, e.g. 'restock'. */
  id: string;
  title: string;
  stepTitle: string;
  item: Item | null;
  /** The first step has no Back. */
  first: boolean;
  done: boolean;
  /** Something was entered that Cancel would lose (default: past the first step). */
  dirty?: boolean;
  onBack: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function WizardFrame({ id, title, stepTitle, item, first, done, dirty = !first, onBack, onCancel, children }: Props) {
  const [asking, setAsking] = useState(false);
  // Below the step's own handler: answers only when the step takes no scan.
  useScanHandler(() => ({ ok: false, message: say('scan.step-takes-none', { step: stepTitle }) }), !done, { fallback: true });
  // Also for steps without a handler of their own: a refusal the frame answered goes with its step.
  useEffect(() => stepChanged(), [stepTitle, done]);
  const cancel = () => (dirty && !done ? setAsking(true) : onCancel());
  return (
    <section className="wizard" aria-labelledby={`${id}-title`}>
      <header className="wizard-header">
        <h1 id={`${id}-title`}>{title} · {stepTitle}</h1>
        {item && !done && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {children}
      {asking && (
        // Over the step, which stays mounted: keeping the task loses nothing typed.
        <div className="dialog-backdrop">
          <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-cancel-q`}>
            <p id={`${id}-cancel-q`} className="figure-line">{say('ui.cancel.question', { task: title })}</p>
            <p className="hint">{say('ui.cancel.lost')}</p>
            <button type="button" className="button primary" autoFocus onClick={() => setAsking(false)}>{say('ui.cancel.keep')}</button>
            <button type="button" className="button danger" onClick={() => { setAsking(false); onCancel(); }}>{say('ui.cancel.discard')}</button>
          </div>
        </div>
      )}
      {!done && (
        <footer className="wizard-footer">
          {!first && <button type="button" className="button" onClick={onBack}>{say('ui.back')}</button>}
          <button type="button" className="button subtle cancel" onClick={cancel}>{say('ui.cancel')}</button>
        </footer>
      )}
    </section>
  );
}
