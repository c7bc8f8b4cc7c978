// Return: picked stock goes back into its slot or another that accepts its lot
// (R3). Item, the goods' lot (scanned, or "lot unknown") or serials with their
// lots (R13), location with slot guidance, quantity, confirm, done.
import { useRoute } from '../../app/router';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';
import { ItemStep } from './ItemStep';
import { LocationStep } from './LocationStep';
import { LotStep } from './LotStep';
import { QuantityStep } from './QuantityStep';
import { SerialsStep } from './SerialsStep';
import { useReturnStore } from './store';

const TITLES = { item: 'Item', lot: 'Lot', serials: 'Serials', location: 'Location', quantity: 'Quantity', confirm: 'Confirm', done: 'Done' } as const;

export function ReturnWizard() {
  const step = useReturnStore((s) => s.step);
  const item = useReturnStore((s) => s.item);
  const { back, reset } = useReturnStore();
  const go = useRoute((s) => s.go);
  return (
    <section className="wizard" aria-labelledby="return-title">
      <header className="wizard-header">
        <h1 id="return-title">Return · {TITLES[step]}</h1>
        {item && step !== 'done' && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {step === 'item' && <ItemStep />}
      {step === 'lot' && <LotStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'location' && <LocationStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <DoneStep />}
      {step !== 'done' && (
        <footer className="wizard-footer">
          {step !== 'item' && <button type="button" className="button" onClick={back}>Back</button>}
          <button type="button" className="button subtle" onClick={() => { reset(); go('home'); }}>Cancel</button>
        </footer>
      )}
    </section>
  );
}
