// Restock: item, quantity, lots until every unit has one (R5) or serials with
// their lots (R13), then placing into slots (R6, R7), then the operation is
// written to the outbox. Every step works offline.
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { useRestockStore } from './store';
import { ItemStep } from './steps/ItemStep';
import { QuantityStep } from './steps/QuantityStep';
import { LotsStep } from './steps/LotsStep';
import { SerialsStep } from './steps/SerialsStep';
import { PlaceStep } from './steps/PlaceStep';
import { DoneStep } from './steps/DoneStep';
import { say } from '../../words';

export function RestockWizard() {
  const step = useRestockStore((s) => s.step);
  const item = useRestockStore((s) => s.item);
  const { back, reset } = useRestockStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="restock" title={say('restock.title')} stepTitle={say(`restock.step.${step}`)} item={item} first={step === 'item'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'item' && <ItemStep />}
      {step === 'quantity' && <QuantityStep />}
      {step === 'lots' && <LotsStep />}
      {step === 'serials' && <SerialsStep />}
      {step === 'place' && <PlaceStep />}
      {step === 'done' && <DoneStep />}
    </WizardFrame>
  );
}
