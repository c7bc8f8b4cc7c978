// Pick: location (on a list line, the one it names, verified by its scan), item
// (stored there; a label's lot checked, R8a), then the quantity with the slot's
// lot shown (R4, R2) and Confirm pick, or the serials with their lots (R13) and
// a confirm step; then the list's next line, or done. Short
// picks and picks beyond the stock are recorded and flagged, never blocked (C2).
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './steps/ConfirmStep';
import { ItemStep } from './steps/ItemStep';
import { LocationStep } from './steps/LocationStep';
import { QuantityStep } from './steps/QuantityStep';
import { SerialsStep } from './steps/SerialsStep';
import { PickedSummary } from './steps/PickedSummary';
import { SavedStep } from '../kit/SavedStep';
import { usePickStore } from './store';
import { say } from '../../words';

export function PickWizard() {
  const { step, item, back, reset, savedOutcome } = usePickStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="pick" title={say('pick.title')} stepTitle={say(`pick.step.${step}`)} item={step === 'item' ? null : item} first={step === 'location'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'location' && <LocationStep />}
      {step === 'item' && <ItemStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <PickedSummary />}
      {step === 'done' && <SavedStep what={say('pick.done.what')} again={say('pick.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
