// Cycle count: location, item (scanned or chosen among the slots), the
// expected lot and quantity shown (R9), the counted quantity and lot (a
// corrected lot is the remove-and-place pair, R10; an unknown lot must be
// given, R9) or the serials present with their lots (R14), confirm, done.
// A count on stale figures is recorded and flagged by the server (C2).
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './steps/ConfirmStep';
import { CountStep } from './steps/CountStep';
import { ItemStep } from './steps/ItemStep';
import { LocationStep } from './steps/LocationStep';
import { SerialsStep } from './steps/SerialsStep';
import { SavedStep } from '../kit/SavedStep';
import { useCountStore } from './store';
import { say } from '../../words';
import { CountSaved } from './steps/CountSaved';

export function CountWizard() {
  const { step, item, back, reset, savedOutcome } = useCountStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="count" title={say('count.title')} stepTitle={say(`count.step.${step}`)} item={step === 'item' ? null : item} first={step === 'location'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'location' && <LocationStep />}
      {step === 'item' && <ItemStep />}
      {step === 'count' && <CountStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <CountSaved />}
      {step === 'done' && <SavedStep what={say('count.done.what')} again={say('count.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
