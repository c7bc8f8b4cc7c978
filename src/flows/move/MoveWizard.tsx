// Move: from location, item (must be in that slot), lot verified by scan for
// tracked goods (R8a) or serials with their lots (R13), quantity, destination
// (empty or the same lot, R3; room, R6), confirm. Every step works offline.
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './steps/ConfirmStep';
import { FromStep } from './steps/FromStep';
import { ItemStep } from './steps/ItemStep';
import { LotStep } from './steps/LotStep';
import { QuantityStep } from './steps/QuantityStep';
import { SerialsStep } from './steps/SerialsStep';
import { ToStep } from './steps/ToStep';
import { SavedStep } from '../kit/SavedStep';
import { useMoveStore } from './store';
import { say } from '../../words';

export function MoveWizard() {
  const { step, item, from, source, serials, chooseSource, addSerial, removeSerial, confirmSerials, back, reset, savedOutcome } = useMoveStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="move" title={say('move.title')} stepTitle={say(`move.step.${step}`)} item={item} first={step === 'from'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'from' && <FromStep />}
      {step === 'item' && from && <ItemStep from={from} onChoose={chooseSource} />}
      {step === 'lot' && <LotStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'serials' && item && source && (
        <SerialsStep slotId={source.id} item={item} chosen={serials} onAdd={addSerial} onRemove={removeSerial} onDone={confirmSerials} />
      )}
      {step === 'to' && <ToStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <SavedStep what={say('move.done.what')} again={say('move.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
