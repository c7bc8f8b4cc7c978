// Pack: the shipment reference, its lines (item, quantity and, when the
// "Require lot/serial at pack" setting is on and the item asks for it, the
// lot and serial: R15, R15a), confirm, done. The lot belongs to the shipment;
// a lot other than the picked one is shown, never blocked (R15).
import { useRoute } from '../../device/router';
import { WizardFrame } from '../../ui/WizardFrame';
import { ConfirmStep } from './steps/ConfirmStep';
import { LinesStep } from './steps/LinesStep';
import { ShipmentStep } from './steps/ShipmentStep';
import { SavedStep } from '../kit/SavedStep';
import { usePackStore } from './store';
import { say } from '../../words';

export function PackWizard() {
  const { step, back, reset, savedOutcome } = usePackStore();
  const go = useRoute((s) => s.go);
  return (
    <WizardFrame
      id="pack" title={say('pack.title')} stepTitle={say(`pack.step.${step}`)} item={null} first={step === 'shipment'} done={step === 'done'}
      onBack={back} onCancel={() => { reset(); go('home'); }}
    >
      {step === 'shipment' && <ShipmentStep />}
      {step === 'lines' && <LinesStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <SavedStep what={say('pack.done.what')} again={say('pack.done.again')} saved={savedOutcome} reset={reset} />}
    </WizardFrame>
  );
}
