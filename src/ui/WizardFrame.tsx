// The frame every operator wizard shares: "Flow · Step" heading, the chosen
// item, the step, and Back / Cancel until the task is done.
import type { ReactNode } from 'react';
import type { Item } from '../domain';
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
  onBack: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function WizardFrame({ id, title, stepTitle, item, first, done, onBack, onCancel, children }: Props) {
  return (
    <section className="wizard" aria-labelledby={`${id}-title`}>
      <header className="wizard-header">
        <h1 id={`${id}-title`}>{title} · {stepTitle}</h1>
        {item && !done && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {children}
      {!done && (
        <footer className="wizard-footer">
          {!first && <button type="button" className="button" onClick={onBack}>{say('ui.back')}</button>}
          <button type="button" className="button subtle" onClick={onCancel}>{say('ui.cancel')}</button>
        </footer>
      )}
    </section>
  );
}
