// Return: picked stock goes back into its slot or another that accepts its lot
// (R3). Item, the goods' lot (scanned, or "lot unknown") or serials with their
// lots (R13), location with slot guidance, quantity, confirm, done.
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './steps/ConfirmStep';
import { ItemStep } from './steps/ItemStep';
import { LocationStep } from './steps/LocationStep';
import { LotStep } from './steps/LotStep';
import { QuantityStep } from './steps/QuantityStep';
import { SerialsStep } from './steps/SerialsStep';
import { SavedStep } from '../kit/SavedStep';
import { useReturnStore } from './store';
import { say } from '../../words';
import { ReturnSaved } from './steps/ReturnSaved';

export function ReturnWizard() {
  const step = useReturnStore((s) => s.step);
  const item = useReturnStore((s) => s.item);
  const { back, reset, savedOutcome } = useReturnStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="return" title={say('return.title')} stepTitle={say(`return.step.${step}`)} item={item} first={step === 'item'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'item' && <ItemStep />}
      {step === 'lot' && <LotStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'location' && <LocationStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <ReturnSaved />}
      {step === 'done' && <SavedStep what={say('return.done.what')} again={say('return.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
