// Move: from location, item (must be in that slot), lot verified by scan for
// tracked goods (R8a) or serials with their lots (R13), quantity, destination
// (empty or the same lot, R3; room, R6), confirm. Every step works offline.
import { useEffect } from 'react';
import { useRoute } from '../../app/router';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';
import { FromStep } from './FromStep';
import { ItemStep } from './ItemStep';
import { LotStep } from './LotStep';
import { QuantityStep } from './QuantityStep';
import { SerialsStep } from './SerialsStep';
import { ToStep } from './ToStep';
import { useMoveStore } from './store';

const TITLES = { from: 'From', item: 'Item', lot: 'Lot', quantity: 'Quantity', serials: 'Serials', to: 'To', confirm: 'Confirm', done: 'Done' } as const;

export function MoveWizard() {
  const { step, item, from, source, serials, chooseSource, addSerial, removeSerial, confirmSerials, back, reset } = useMoveStore();
  const go = useRoute((s) => s.go);
  // Opened again after a finished one (e.g. through Home): start afresh.
  useEffect(() => {
    if (useMoveStore.getState().step === 'done') reset();
  }, [reset]);
  return (
    <section className="wizard" aria-labelledby="move-title">
      <header className="wizard-header">
        <h1 id="move-title">Move · {TITLES[step]}</h1>
        {item && step !== 'done' && <p className="item-line">{item.sku} · {item.name}</p>}
      </header>
      {step === 'from' && <FromStep />}
      {step === 'item' && from && <ItemStep from={from} onChoose={chooseSource} />}
      {step === 'lot' && <LotStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'serials' && item && source && (
        <SerialsStep slotId={source.id} item={item} chosen={serials} onAdd={addSerial} onRemove={removeSerial} onDone={confirmSerials} />
      )}
      {step === 'to' && <ToStep />}
      {step === 'confirm' && <ConfirmStep />}
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
