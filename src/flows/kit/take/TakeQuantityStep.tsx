// How many units are taken. It starts at all the slot holds (the task's
// quantity: putaway takes what is staged, move the whole slot); a differing
// quantity is one tap away on the stepper, and a GS1 label's (30)/(37) count
// fills it. Scanning the destination's label here confirms the quantity on
// screen and the destination at once (`onLocation`): no tap on Continue.
import { checkLot, lotLeaving, tracksLotPerSlot } from '../../../domain';
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { slotName } from '../../move/flow';
import { quantityScan } from './take-scan';
import type { TakeTask } from './task';
import { say } from '../../../words';

interface Props {
  task: TakeTask;
  label: string;
  /** The destination's label scanned on this step: the wizard's own destination rules answer. */
  onLocation: (code: string) => Promise<ScanVerdict>;
}

export function TakeQuantityStep({ task, label, onLocation }: Props) {
  const { item, source, scannedLot, quantity, setQuantity, confirmQuantity } = task;
  const lot = item && source && tracksLotPerSlot(item) ? lotLeaving(source, scannedLot) : null;
  useScanHandler(({ result }): ScanVerdict | Promise<ScanVerdict> => {
    if (!item || !source) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = quantityScan(item, result, { holds: source.quantity, where: slotName(source), lot });
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    if (meaning.kind === 'location') return onLocation(meaning.code);
    setQuantity(meaning.quantity);
    return { ok: true };
  });
  if (!item || !source) return null;
  const max = Math.max(1, source.quantity);
  const check = scannedLot !== null ? checkLot(source, scannedLot) : null;
  return (
    <div className="step">
      <dl className="figures">
        <dt>{say('kit.label.from')}</dt><dd>{slotName(source)}</dd>
        {lot !== null && <><dt>{say('kit.label.lot')}</dt><dd>{lot}</dd></>}
        <dt>{say('transfer.label.holds')}</dt><dd>{source.quantity} {item.unit}</dd>
      </dl>
      {check?.kind === 'match' && <p role="status" className="success">{say('kit.lot-check.match', { lot: check.lot })}</p>}
      <QuantityStepper label={label} value={quantity} onChange={setQuantity} min={1} max={max} />
      <p className="hint">{say('transfer.quantity.next')}</p>
      <CameraButton />
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>{say('kit.continue')}</button>
    </div>
  );
}
