// R9: counted quantity and lot. The lot starts as the expected one; scanning a
// lot label corrects it (the server writes the remove-and-place pair, R10). A
// tracked slot with stock cannot finish without a lot.
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { ScanField } from '../../../ui/ScanField';
import { Expected } from './Expected';
import { countLotScan, finishBlock, isLotCorrection } from '../flow';
import { useCountStore } from '../store';
import { say } from '../../../words';

export function CountStep() {
  const { item, slot, expected, counted, lot, setCounted, setLot, toConfirm } = useCountStore();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = countLotScan(item, result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    setLot(meaning.lot);
    return { ok: true };
  });
  if (!item || !slot || !expected) return <p aria-busy="true">{say('kit.loading-slot')}</p>;
  const block = finishBlock(item, counted, lot);
  return (
    <div className="step">
      <Expected item={item} slot={slot} />
      <QuantityStepper label={say('count.count.quantity')} value={counted} onChange={setCounted} />
      {item.lotTracked && (
        <>
          <label className="field">
            <span>{say('count.count.lot')}</span>
            <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </label>
          <ScanField label={say('kit.field.lot-label')} submitLabel={say('kit.field.set-lot')} autoFocus={false} onSubmit={(code) => void publishScan(code, 'typed')} />
          {isLotCorrection(item, expected.lot, counted, lot) && (
            <p role="status" className="warning">
              {say('count.count.lot-corrected', { from: expected.lot, lot: lot.trim() })}
            </p>
          )}
        </>
      )}
      {block && <p role="alert" className="error">{block}</p>}
      <button type="button" className="button primary" onClick={toConfirm} disabled={block !== null}>
        {say('count.finish')}
      </button>
    </div>
  );
}
