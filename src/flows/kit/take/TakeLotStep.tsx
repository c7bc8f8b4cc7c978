// R8a: the lot on the goods is scanned and verified against the slot's lot
// (R4: the slot's lot is shown, never asked). Scanning is required in move and
// putaway alike: a match moves on, a different lot stays here with the warning
// tone until it is scanned again or recorded as found.
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { checkLot, knownLot } from '../../../domain';
import { lotScan } from '../scan-meanings';
import { LotCheckPanel } from '../LotCheckPanel';
import { labelCount, lotVerdict } from './take-scan';
import type { TakeTask } from './task';
import { say } from '../../../words';

export function TakeLotStep({ task }: { task: TakeTask }) {
  const { item, source, scannedLot, scanLot, acceptLot, setQuantity } = task;
  useScanHandler(({ result }): ScanVerdict => {
    if (!item || !source) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = lotScan(item, result, 'lot');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    scanLot(meaning.lot);
    const count = labelCount(result);
    if (count !== undefined && count <= source.quantity) setQuantity(count);
    const { advance, verdict } = lotVerdict(checkLot(source, meaning.lot));
    if (advance) acceptLot(false);
    return verdict;
  });
  if (!item || !source) return null;
  const slotLot = knownLot(source);
  return (
    <div className="step">
      <dl className="figures">
        <dt>{say('kit.label.slot')}</dt><dd>{source.location.code}{source.condition ? ` (${source.condition})` : ''}</dd>
        <dt>{say('transfer.lot.in-slot')}</dt><dd>{slotLot ?? say('kit.place.lot-unknown')}</dd>
        <dt>{say('transfer.label.holds')}</dt><dd>{source.quantity} {item.unit}</dd>
      </dl>
      {scannedLot === null
        ? <ScanField label={say('kit.field.lot-on-goods')} submitLabel={say('kit.field.verify')} onSubmit={(lot) => void publishScan(lot, 'typed')} />
        : <LotCheckPanel check={checkLot(source, scannedLot)} onRescan={() => scanLot(null)} onAccept={acceptLot} />}
    </div>
  );
}
