// R4: the staged slot's lot is shown, not asked; the operator may verify it by
// scanning the goods' lot (R8a), and a mismatch is shown before anything is recorded.
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotScan } from '../../kit/scan-meanings';
import { checkLot } from '../../../domain';
import { LotCheckPanel } from '../../kit/LotCheckPanel';
import { usePutawayStore } from '../store';

export function LotStep() {
  const { item, source, scannedLot, scanLot, acceptLot } = usePutawayStore();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: 'No item chosen.' };
    const meaning = lotScan(item, result, 'lot');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    scanLot(meaning.lot);
    return { ok: true };
  });
  if (!item || !source) return null;
  const slotLot = source.lotUnknown ? null : source.lot;
  return (
    <div className="step">
      <p className="slot-lot">{source.location.code} holds {source.quantity} {item.unit} of {slotLot ? <>lot <strong>{slotLot}</strong></> : 'unknown lot'}</p>
      {scannedLot === null && (
        <>
          <ScanField label="Lot on the goods (scan to verify)" submitLabel="Verify" onSubmit={(lot) => void publishScan(lot, 'typed')} />
          {slotLot && <button type="button" className="button primary" onClick={() => acceptLot(false)}>Lot {slotLot}: continue</button>}
        </>
      )}
      {scannedLot !== null && <LotCheckPanel check={checkLot(source, scannedLot)} onRescan={() => scanLot(null)} onAccept={acceptLot} />}
    </div>
  );
}
