// Pick: location, item (stored there), then the quantity with the slot's lot
// shown (R4, R2) or the serials with their lots (R13), confirm, done. Short
// picks and picks beyond the stock are recorded and flagged, never blocked (C2).
import { useRoute } from '../../app/router';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';
import { ItemStep } from './ItemStep';
import { LocationStep } from './LocationStep';
import { QuantityStep } from './QuantityStep';
import { SerialsStep } from './SerialsStep';
import { usePickStore } from './store';

const TITLES = { location: 'Location', item: 'Item', quantity: 'Quantity', serials: 'Serials', confirm: 'Confirm', done: 'Done' } as const;

export function PickWizard() {
  const step = usePickStore((s) => s.step);
  const item = usePickStore((s) => s.item);
  const { back, reset } = usePickStore();
  const go = useRoute((s) => s.go);
  return (
    <section className="wizard" aria-labelledby="pick-title">
      <header className="wizard-header">
        <h1 id="pick-title">Pick · {TITLES[step]}</h1>
        {item && step !== 'done' && step !== 'item' && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {step === 'location' && <LocationStep />}
      {step === 'item' && <ItemStep />}
      {step === 'quantity' && <QuantityStep />}
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
