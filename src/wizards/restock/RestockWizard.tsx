// Restock: item, quantity, lots until every unit has one (R5) or serials with
// their lots (R13), then placing into slots (R6, R7), then the operation is
// written to the outbox. Every step works offline.
import { useRoute } from '../../app/router';
import { useRestockStore } from './store';
import { ItemStep } from './ItemStep';
import { QuantityStep } from './QuantityStep';
import { LotsStep } from './LotsStep';
import { SerialsStep } from './SerialsStep';
import { PlaceStep } from './PlaceStep';
import { DoneStep } from './DoneStep';

const TITLES = { item: 'Item', quantity: 'Quantity', lots: 'Lots', serials: 'Serials', place: 'Place', done: 'Done' } as const;

export function RestockWizard() {
  const step = useRestockStore((s) => s.step);
  const item = useRestockStore((s) => s.item);
  const { back, reset } = useRestockStore();
  const go = useRoute((s) => s.go);
  return (
    <section className="wizard" aria-labelledby="restock-title">
      <header className="wizard-header">
        <h1 id="restock-title">Restock · {TITLES[step]}</h1>
        {item && step !== 'done' && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {step === 'item' && <ItemStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'lots' && <LotsStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'place' && <PlaceStep />}
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
