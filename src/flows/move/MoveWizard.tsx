// Move: from location, item (must be in that slot), lot verified by scan for
// tracked goods (R8a) or serials with their lots (R13), quantity (the whole
// slot unless changed), destination by its label (empty or the same lot, R3;
// room, R6), confirm. Every step works offline. The take steps are the kit's,
// shared with putaway.
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './steps/ConfirmStep';
import { FromStep } from './steps/FromStep';
import { ToStep } from './steps/ToStep';
import { TakeItemStep } from '../kit/take/TakeItemStep';
import { TakeLotStep } from '../kit/take/TakeLotStep';
import { TakeQuantityStep } from '../kit/take/TakeQuantityStep';
import { TakeSerialsStep } from '../kit/take/TakeSerialsStep';
import { TransferDone } from '../kit/take/TransferDone';
import { savedLines } from '../kit/take/saved-lines';
import { scanDestination } from './destination';
import { movedLot, slotName } from './flow';
import { useMoveStore } from './store';
import { say } from '../../words';

export function MoveWizard() {
  const task = useMoveStore();
  const { step, item, from, source, to, scannedLot, quantity, serials, back, reset, savedOutcome } = task;
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="move" title={say('move.title')} stepTitle={say(`move.step.${step}`)} item={item} first={step === 'from'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'from' && <FromStep />}
      {step === 'item' && from && <TakeItemStep from={from} task={task} />}
      {step === 'lot' && <TakeLotStep task={task} />}
      {step === 'quantity' && <TakeQuantityStep task={task} label={say('move.quantity.label')} onLocation={scanDestination} />}
      {step === 'serials' && <TakeSerialsStep task={task} />}
      {step === 'to' && <ToStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && (
        <TransferDone
          item={item} from={source && slotName(source)}
          lines={item && source && to ? savedLines(item, movedLot(item, source, scannedLot), quantity, serials, slotName(to)) : []}
          what={say('move.done.what')} again={say('move.done.again')} saved={savedOutcome} reset={reset}
        />
      )}
    </WizardFrame>
  );
}
