// R9: counted quantity and lot. The lot starts as the expected one; scanning a
// lot label corrects it (the server writes the remove-and-place pair, R10). A
// tracked slot with stock cannot finish without a lot.
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { ScanField } from '../../../ui/ScanField';
import { Expected } from './Expected';
import { countLotScan, finishBlock, isLotCorrection } from '../flow';
import { useCountStore } from '../store';

export function CountStep() {
  const { item, slot, expected, counted, lot, setCounted, setLot, toConfirm } = useCountStore();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: 'No item chosen.' };
    const meaning = countLotScan(item, result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    setLot(meaning.lot);
    return { ok: true };
  });
  if (!item || !slot || !expected) return <p aria-busy="true">Loading the slot…</p>;
  const block = finishBlock(item, counted, lot);
  return (
    <div className="step">
      <Expected item={item} slot={slot} />
      <QuantityStepper label="Counted quantity" value={counted} onChange={setCounted} />
      {item.lotTracked && (
        <>
          <label className="field">
            <span>Counted lot</span>
            <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </label>
          <ScanField label="Scan a lot label" submitLabel="Set lot" autoFocus={false} onSubmit={(code) => void publishScan(code, 'typed')} />
          {isLotCorrection(item, expected.lot, counted, lot) && (
            <p role="status" className="warning">
              Lot corrected{expected.lot ? ` from ${expected.lot}` : ''} to {lot.trim()}: the old lot is removed and the new one placed.
            </p>
          )}
        </>
      )}
      {block && <p role="alert" className="error">{block}</p>}
      <button type="button" className="button primary" onClick={toConfirm} disabled={block !== null}>
        Finish count
      </button>
    </div>
  );
}
