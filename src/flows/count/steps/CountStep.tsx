// R9: counted quantity and lot. The quantity starts as the recorded one (not
// in a blind count); a label's (30)/(37) count sets it. The lot starts as the
// expected one; scanning a lot label corrects it (the server writes the
// remove-and-place pair, R10). A tracked slot with stock cannot finish without a lot.
import { db } from '../../../device/device';
import { findLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { CountedQuantity } from './CountedQuantity';
import { Expected } from './Expected';
import { countStepScan, finishBlock, isLotCorrection } from '../flow';
import { useCountStore } from '../store';
import { say } from '../../../words';

export function CountStep() {
  const { item, slot, expected, counted, blind, lot, setCounted, setLot, toConfirm } = useCountStore();
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    // A location label is not a lot: the operator walked on before finishing.
    if (result.ok && result.kind === 'plain' && await findLocation(db, result.value)) {
      return { ok: false, message: say('count.count.a-location', { code: result.value }) };
    }
    const meaning = countStepScan(item, result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    if (meaning.kind === 'quantity') {
      setCounted(meaning.quantity);
      if (meaning.lot !== undefined) setLot(meaning.lot);
      return { ok: true };
    }
    setLot(meaning.lot);
    return { ok: true };
  });
  if (!item || !slot || !expected) return <p aria-busy="true">{say('kit.loading-slot')}</p>;
  const block = finishBlock(item, counted, lot);
  return (
    <div className="step">
      <Expected item={item} slot={slot} blind={blind} />
      {blind && <p className="hint">{say('count.count.blind')}</p>}
      <CountedQuantity value={counted} onChange={setCounted} />
      {item.lotTracked && (
        <>
          <label className="field">
            <span>{say('count.count.lot')}</span>
            <input className="figure" value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </label>
          <ScanField label={say('kit.field.lot-label')} submitLabel={say('kit.field.set-lot')} autoFocus={false} onSubmit={(code) => void publishScan(code, 'typed')} />
          {isLotCorrection(item, expected.lot, counted, lot) && (
            <p role="status" className="warning">
              {say('count.count.lot-corrected', { from: expected.lot, lot: lot.trim() })}
            </p>
          )}
        </>
      )}
      {block && (counted === null ? <p className="hint">{block}</p> : <p role="alert" className="error">{block}</p>)}
      <button type="button" className="button primary" onClick={toConfirm} disabled={block !== null}>
        {say('count.finish')}
      </button>
    </div>
  );
}
