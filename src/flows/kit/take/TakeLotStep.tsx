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
import { say, sayRich } from '../../../words';

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
  const check = scannedLot !== null ? checkLot(source, scannedLot) : null;
  return (
    <div className="step">
      <dl className="figures">
        <dt>{say('kit.label.slot')}</dt><dd>{source.location.code}{source.condition ? ` (${source.condition})` : ''}</dd>
        <dt>{say('transfer.lot.in-slot')}</dt><dd>{slotLot ?? say('kit.place.lot-unknown')}</dd>
        {check?.kind === 'mismatch'
          ? <><dt>{say('transfer.lot.goods-say')}</dt><dd>{check.found}</dd></>
          : <><dt>{say('transfer.label.holds')}</dt><dd>{source.quantity} {item.unit}</dd></>}
      </dl>
      {check === null && <ScanField label={say('kit.field.lot-on-goods')} submitLabel={say('kit.field.verify')} onSubmit={(lot) => void publishScan(lot, 'typed')} />}
      {check?.kind === 'mismatch' && (
        // The toast above says what to do; this keeps both lots in view and the two ways on.
        <div className="lot-check mismatch" role="alert" aria-label={say('kit.lot-check.mismatch-label')}>
          <p className="warning">
            {sayRich('kit.lot-check.mismatch', {
              title: <strong>{say('kit.lot-check.mismatch-title')}</strong>, expected: <strong>{check.expected}</strong>, found: <strong>{check.found}</strong>,
            })}
          </p>
          <button type="button" className="button" onClick={() => scanLot(null)}>{say('kit.lot-check.rescan')}</button>
        </div>
      )}
      {check?.kind === 'mismatch' && (
        <button type="button" className="button primary danger" onClick={() => acceptLot(true)}>{say('kit.lot-check.accept', { found: check.found })}</button>
      )}
      {check && check.kind !== 'mismatch' && <LotCheckPanel check={check} onRescan={() => scanLot(null)} onAccept={acceptLot} />}
    </div>
  );
}
