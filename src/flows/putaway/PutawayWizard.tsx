// Putaway: staged stock from a receiving location into storage. From (a dock),
// item, the staged lot shown (R4) or verified by scan (R8a), quantity or
// serials with their lots (R13), then placement guidance (R3, R6), confirm.
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ItemStep } from '../move/steps/ItemStep';
import { SerialsStep } from '../move/steps/SerialsStep';
import { FromStep } from './steps/FromStep';
import { LotStep } from './steps/LotStep';
import { PlaceStep } from './steps/PlaceStep';
import { QuantityStep } from './steps/QuantityStep';
import { SavedStep } from '../kit/SavedStep';
import { usePutawayStore } from './store';
import { say } from '../../words';

export function PutawayWizard() {
  const { step, item, from, source, serials, chooseSource, addSerial, removeSerial, confirmSerials, back, reset, savedOutcome } = usePutawayStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="putaway" title={say('putaway.title')} stepTitle={say(`putaway.step.${step}`)} item={item} first={step === 'from'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'from' && <FromStep />}
      {step === 'item' && from && <ItemStep from={from} onChoose={chooseSource} />}
      {step === 'lot' && <LotStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'serials' && item && source && (
        <SerialsStep slotId={source.id} item={item} chosen={serials} onAdd={addSerial} onRemove={removeSerial} onDone={confirmSerials} />
      )}
      {step === 'place' && <PlaceStep />}
      {step === 'done' && <SavedStep what={say('putaway.done.what')} again={say('putaway.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
