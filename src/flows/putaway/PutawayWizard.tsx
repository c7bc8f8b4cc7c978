// Putaway: staged stock from a receiving location into storage. From (a dock),
// item, the staged lot verified by scan (R8a), quantity (all that is staged)
// or serials with their lots (R13), then the shelf by its label with the
// placement guidance (R3, R6), confirm. The take steps are the kit's, shared
// with move.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { TakeItemStep } from '../kit/take/TakeItemStep';
import { TakeLotStep } from '../kit/take/TakeLotStep';
import { TakeQuantityStep } from '../kit/take/TakeQuantityStep';
import { TakeSerialsStep } from '../kit/take/TakeSerialsStep';
import { TransferDone } from '../kit/take/TransferDone';
import { FromStep } from './steps/FromStep';
import { PlaceStep } from './steps/PlaceStep';
import { putawaySlots, scanShelf } from './destination';
import { slotName } from '../move/flow';
import { usePutawayStore } from './store';
import { say } from '../../words';

export function PutawayWizard() {
  const task = usePutawayStore();
  const { step, item, from, source, placements, back, reset, savedOutcome } = task;
  const go = useRoute((s) => s.go);
  const done = step === 'done';
  const slots = useLiveQuery(async () => (done && item && source ? putawaySlots(item.id, source.condition) : []), [done, item?.id, source?.condition]);
  const lines = placements.map((p) => {
    const slot = slots?.find((s) => s.id === p.slotId);
    return { lot: p.lot, quantity: p.quantity, to: slot ? slotName(slot) : '' };
  });
  return (
    <WizardFrame
      id="putaway" title={say('putaway.title')} stepTitle={say(`putaway.step.${step}`)} item={item} first={step === 'from'} done={done}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'from' && <FromStep />}
      {step === 'item' && from && <TakeItemStep from={from} task={task} />}
      {step === 'lot' && <TakeLotStep task={task} />}
      {step === 'quantity' && <TakeQuantityStep task={task} label={say('putaway.quantity.label')} onLocation={scanShelf} />}
      {step === 'serials' && <TakeSerialsStep task={task} />}
      {step === 'place' && <PlaceStep />}
      {done && (
        <TransferDone
          item={item} from={source && slotName(source)} lines={lines}
          what={say('putaway.done.what')} again={say('putaway.done.again')} saved={savedOutcome} reset={reset}
        />
      )}
    </WizardFrame>
  );
}
