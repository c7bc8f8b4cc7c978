// Cycle count: location, item (scanned or chosen among the slots), the
// expected lot and quantity shown (R9), the counted quantity and lot (a
// corrected lot is the remove-and-place pair, R10; an unknown lot must be
// given, R9) or the serials present with their lots (R14), confirm, done.
// A count on stale figures is recorded and flagged by the server (C2).
import { useRoute } from '../../app/router';
import { ConfirmStep } from './ConfirmStep';
import { CountStep } from './CountStep';
import { DoneStep } from './DoneStep';
import { ItemStep } from './ItemStep';
import { LocationStep } from './LocationStep';
import { SerialsStep } from './SerialsStep';
import { useCountStore } from './store';

const TITLES = { location: 'Location', item: 'Item', count: 'Quantity', serials: 'Serials', confirm: 'Confirm', done: 'Done' } as const;

export function CountWizard() {
  const step = useCountStore((s) => s.step);
  const item = useCountStore((s) => s.item);
  const { back, reset } = useCountStore();
  const go = useRoute((s) => s.go);
  return (
    <section className="wizard" aria-labelledby="count-title">
      <header className="wizard-header">
        <h1 id="count-title" tabIndex={-1}>Count · {TITLES[step]}</h1>
        {item && step !== 'done' && step !== 'item' && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {step === 'location' && <LocationStep />}
      {step === 'item' && <ItemStep />}
      {step === 'count' && <CountStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <DoneStep />}
      {step !== 'done' && (
        <footer className="wizard-footer">
          {step !== 'location' && <button type="button" className="button" onClick={back}>Back</button>}
          <button type="button" className="button subtle" onClick={() => { reset(); go('home'); }}>Cancel</button>
        </footer>
      )}
    </section>
  );
}
