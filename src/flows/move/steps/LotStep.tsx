// R8a: the lot on the goods is scanned and verified against the slot's lot (R4: shown, never asked).
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotScan } from '../../kit/scan-meanings';
import { checkLot } from '../../../domain';
import { LotCheckPanel } from '../../kit/LotCheckPanel';
import { useMoveStore } from '../store';
import { say } from '../../../words';

export function LotStep() {
  const { item, source, scannedLot, scanLot, acceptLot } = useMoveStore();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = lotScan(item, result, 'lot');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    scanLot(meaning.lot);
    return { ok: true };
  });
  if (!item || !source) return null;
  return (
    <div className="step">
      <p className="slot-lot">
        {source.lotUnknown
          ? say('move.lot.slot-holds-unknown', { location: source.location.code, quantity: source.quantity, unit: item.unit })
          : say('move.lot.slot-holds', { location: source.location.code, quantity: source.quantity, unit: item.unit, lot: source.lot })}
      </p>
      {scannedLot === null && <ScanField label={say('kit.field.lot-on-goods')} submitLabel={say('kit.field.verify')} onSubmit={(lot) => void publishScan(lot, 'typed')} />}
      {scannedLot !== null && (
        <LotCheckPanel check={checkLot(source, scannedLot)} onRescan={() => scanLot(null)} onAccept={acceptLot} />
      )}
    </div>
  );
}
