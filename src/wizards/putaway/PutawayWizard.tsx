// Putaway: staged stock from a receiving location into storage. From (a dock),
// item, the staged lot shown (R4) or verified by scan (R8a), quantity or
// serials with their lots (R13), then placement guidance (R3, R6), confirm.
import { useEffect } from 'react';
import { useRoute } from '../../app/router';
import { ItemStep } from '../move/ItemStep';
import { SerialsStep } from '../move/SerialsStep';
import { DoneStep } from './DoneStep';
import { FromStep } from './FromStep';
import { LotStep } from './LotStep';
import { PlaceStep } from './PlaceStep';
import { QuantityStep } from './QuantityStep';
import { usePutawayStore } from './store';

const TITLES = { from: 'From', item: 'Item', lot: 'Lot', quantity: 'Quantity', serials: 'Serials', place: 'Place', done: 'Done' } as const;

export function PutawayWizard() {
  const { step, item, from, source, serials, chooseSource, addSerial, removeSerial, confirmSerials, back, reset } = usePutawayStore();
  const go = useRoute((s) => s.go);
  // Opened again after a finished one (e.g. through Home): start afresh.
  useEffect(() => {
    if (usePutawayStore.getState().step === 'done') reset();
  }, [reset]);
  return (
    <section className="wizard" aria-labelledby="putaway-title">
      <header className="wizard-header">
        <h1 id="putaway-title">Putaway · {TITLES[step]}</h1>
        {item && step !== 'done' && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {step === 'from' && <FromStep />}
      {step === 'item' && from && <ItemStep from={from} onChoose={chooseSource} />}
      {step === 'lot' && <LotStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'serials' && item && source && (
        <SerialsStep slotId={source.id} item={item} chosen={serials} onAdd={addSerial} onRemove={removeSerial} onDone={confirmSerials} />
      )}
      {step === 'place' && <PlaceStep />}
      {step === 'done' && <DoneStep />}
      {step !== 'done' && (
        <footer className="wizard-footer">
          {step !== 'from' && <button type="button" className="button" onClick={back}>Back</button>}
          <button type="button" className="button subtle" onClick={() => { reset(); go('home'); }}>Cancel</button>
        </footer>
      )}
    </section>
  );
}
