// Assign: item, location (scanned), capacity, then per condition the quantity
// and, for a tracked item with stock, its lot (R8), or the serials with their
// lots (R13); confirm, done. Works offline.
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { CapacityStep } from './steps/CapacityStep';
import { ConfirmStep } from './steps/ConfirmStep';
import { ItemStep } from './steps/ItemStep';
import { LocationStep } from './steps/LocationStep';
import { StockStep } from './steps/StockStep';
import { SavedStep } from '../kit/SavedStep';
import { useAssignStore } from './store';
import { say } from '../../words';

export function AssignWizard() {
  const step = useAssignStore((s) => s.step);
  const item = useAssignStore((s) => s.item);
  const { back, reset, savedOutcome } = useAssignStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="assign" title={say('assign.title')} stepTitle={say(`assign.step.${step}`)} item={item} first={step === 'item'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'item' && <ItemStep />}
      {step === 'location' && <LocationStep />}
      {step === 'capacity' && <CapacityStep />}
      {step === 'stock' && <StockStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <SavedStep what={say('assign.done.what')} again={say('assign.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
