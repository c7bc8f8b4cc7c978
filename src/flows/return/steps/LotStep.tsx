// The lot of the returned stock: scanned from the goods' lot label (a GS1
// label's count, (30)/(37), is the quantity returned), or "lot unknown" when
// the label is gone (the return is then flagged, C2).
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotScan } from '../../kit/scan-meanings';
import { labelCount } from '../flow';
import { useReturnStore } from '../store';
import { say } from '../../../words';

export function LotStep() {
  const { item, chooseLot } = useReturnStore();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = lotScan(item, result, 'lot');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    chooseLot(meaning.lot, labelCount(result));
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label={say('return.lot.field')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <button type="button" className="button" onClick={() => chooseLot(null)}>{say('return.lot.unknown')}</button>
    </div>
  );
}
