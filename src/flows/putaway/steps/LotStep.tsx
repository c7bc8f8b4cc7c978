// R4: the staged slot's lot is shown, not asked; the operator may verify it by
// scanning the goods' lot (R8a), and a mismatch is shown before anything is recorded.
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotScan } from '../../kit/scan-meanings';
import { checkLot } from '../../../domain';
import { LotCheckPanel } from '../../kit/LotCheckPanel';
import { usePutawayStore } from '../store';
import { say, sayRich } from '../../../words';

export function LotStep() {
  const { item, source, scannedLot, scanLot, acceptLot } = usePutawayStore();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = lotScan(item, result, 'lot');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    scanLot(meaning.lot);
    return { ok: true };
  });
  if (!item || !source) return null;
  const slotLot = source.lotUnknown ? null : source.lot;
  return (
    <div className="step">
      <p className="slot-lot">
        {slotLot
          ? sayRich('putaway.lot.holds', { location: source.location.code, quantity: source.quantity, unit: item.unit, lot: <strong>{slotLot}</strong> })
          : say('putaway.lot.holds-unknown', { location: source.location.code, quantity: source.quantity, unit: item.unit })}
      </p>
      {scannedLot === null && (
        <>
          <ScanField label={say('kit.field.lot-on-goods')} submitLabel={say('kit.field.verify')} onSubmit={(lot) => void publishScan(lot, 'typed')} />
          {slotLot && <button type="button" className="button primary" onClick={() => acceptLot(false)}>{say('putaway.lot.continue', { lot: slotLot })}</button>}
        </>
      )}
      {scannedLot !== null && <LotCheckPanel check={checkLot(source, scannedLot)} onRescan={() => scanLot(null)} onAccept={acceptLot} />}
    </div>
  );
}
