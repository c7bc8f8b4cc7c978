// Assign: item, location (scanned), capacity, then per condition the quantity
// and, for a tracked item with stock, its lot (R8), or the serials with their
// lots (R13); confirm, done. Works offline.
import { useRoute } from '../../app/router';
import { CapacityStep } from './CapacityStep';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';
import { ItemStep } from './ItemStep';
import { LocationStep } from './LocationStep';
import { StockStep } from './StockStep';
import { useAssignStore } from './store';

const TITLES = { item: 'Item', location: 'Location', capacity: 'Capacity', stock: 'Stock', confirm: 'Confirm', done: 'Done' } as const;

export function AssignWizard() {
  const step = useAssignStore((s) => s.step);
  const item = useAssignStore((s) => s.item);
  const { back, reset } = useAssignStore();
  const go = useRoute((s) => s.go);
  return (
    <section className="wizard" aria-labelledby="assign-title">
      <header className="wizard-header">
        <h1 id="assign-title">Assign · {TITLES[step]}</h1>
        {item && step !== 'done' && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {step === 'item' && <ItemStep />}
      {step === 'location' && <LocationStep />}
      {step === 'capacity' && <CapacityStep />}
      {step === 'stock' && <StockStep />}
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
