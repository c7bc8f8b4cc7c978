// Pack: the shipment reference, its lines (item, quantity and, when the
// "Require lot/serial at pack" setting is on and the item asks for it, the
// lot and serial: R15, R15a), confirm, done. The lot belongs to the shipment;
// a lot other than the picked one is shown, never blocked (R15).
import { useRoute } from '../../app/router';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';
import { LinesStep } from './LinesStep';
import { ShipmentStep } from './ShipmentStep';
import { usePackStore } from './store';

const TITLES = { shipment: 'Shipment', lines: 'Lines', confirm: 'Confirm', done: 'Done' } as const;

export function PackWizard() {
  const step = usePackStore((s) => s.step);
  const { back, reset } = usePackStore();
  const go = useRoute((s) => s.go);
  return (
    <section className="wizard" aria-labelledby="pack-title">
      <header className="wizard-header">
        <h1 id="pack-title">Pack · {TITLES[step]}</h1>
      </header>
      {step === 'shipment' && <ShipmentStep />}
      {step === 'lines' && <LinesStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <DoneStep />}
      {step !== 'done' && (
        <footer className="wizard-footer">
          {step !== 'shipment' && <button type="button" className="button" onClick={back}>Back</button>}
          <button type="button" className="button subtle" onClick={() => { reset(); go('home'); }}>Cancel</button>
        </footer>
      )}
    </section>
  );
}
