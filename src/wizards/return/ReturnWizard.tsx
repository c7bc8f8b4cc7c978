// Return: picked stock goes back into its slot or another that accepts its lot
// (R3). Item, the goods' lot (scanned, or "lot unknown") or serials with their
// lots (R13), location with slot guidance, quantity, confirm, done.
import { useRoute } from '../../app/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './ConfirmStep';
import { ItemStep } from './ItemStep';
import { LocationStep } from './LocationStep';
import { LotStep } from './LotStep';
import { QuantityStep } from './QuantityStep';
import { SerialsStep } from './SerialsStep';
import { SavedStep } from '../SavedStep';
import { useReturnStore } from './store';

const TITLES = { item: 'Item', lot: 'Lot', serials: 'Serials', location: 'Location', quantity: 'Quantity', confirm: 'Confirm', done: 'Done' } as const;

export function ReturnWizard() {
  const step = useReturnStore((s) => s.step);
  const item = useReturnStore((s) => s.item);
  const { back, reset, savedOutcome } = useReturnStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="return" title="Return" stepTitle={TITLES[step]} item={item} first={step === 'item'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'item' && <ItemStep />}
      {step === 'lot' && <LotStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'location' && <LocationStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <SavedStep what="Return" again="Return more" saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
