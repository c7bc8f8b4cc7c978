// Pick: location, item (stored there), then the quantity with the slot's lot
// shown (R4, R2) or the serials with their lots (R13), confirm, done. Short
// picks and picks beyond the stock are recorded and flagged, never blocked (C2).
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './steps/ConfirmStep';
import { ItemStep } from './steps/ItemStep';
import { LocationStep } from './steps/LocationStep';
import { QuantityStep } from './steps/QuantityStep';
import { SerialsStep } from './steps/SerialsStep';
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
      {step === 'done' && <SavedStep what={say('pick.done.what')} again={say('pick.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
