// R5: lots for the full quantity before anything is placed. The quantity may
// be split over several lots; a lot line can be cleared. Each lot may carry its
// expiry: from the label's (17) or (15), or typed (the server keeps it on the lot).
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotsComplete } from '../flow';
import { lotScan } from '../../kit/scan-meanings';
import { shelfScannedAhead } from '../scan-ahead';
import { useRestockStore } from '../store';
import { receiptExpiry } from '../../../domain';
import { todayOnDevice } from '../../../replica/lots';
import { expiryAnswer } from '../expiry-answer';
import { useFloorSettings } from '../use-floor';
import { say } from '../../../words';

export function LotsStep() {
  const { item, quantity, lots, scanLot, setLotQuantity, setLotExpiry, removeLot, confirmLots } = useRestockStore();
  const floor = useFloorSettings();
  const today = todayOnDevice();
  const assigned = lots.reduce((n, l) => n + l.quantity, 0);
  const remaining = quantity - assigned;
  // Issue 16: a second label adds its line and splits the quantity, never refused for lack of units.
  const add = (lot: string, expiry: string | undefined, count: number | undefined): ScanVerdict => {
    const verdict = expiryAnswer(lot, expiry, today, floor);
    if (!verdict.ok) return verdict;
    if (!scanLot(lot, { count, expiry })) return { ok: false, message: say('restock.lots.cannot-split', { lot }) };
    return verdict;
  };
  // A scanned lot label (plain, or GS1 with this item's GTIN) adds a lot line.
  // A shelf's label (a location this device knows) goes on to Place once every unit has its lot.
  useScanHandler(async ({ result }) => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    if (result.ok && result.kind === 'plain') {
      const ahead = await shelfScannedAhead(result.value, useRestockStore.getState().lots);
      if (ahead) return ahead;
    }
    const meaning = lotScan(item, result, 'lot');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    return add(meaning.lot, meaning.expiry, result.ok && result.kind === 'gs1' ? result.quantity : undefined);
  });
  // A typed expiry is judged like a scanned one: an expired lot the settings refuse keeps the step from finishing.
  const refused = lots.some((l) => {
    const judged = receiptExpiry(l.expiry, today, floor);
    return judged.kind === 'expired' && judged.refuse;
  });
  return (
    <div className="step">
      <p className="progress" aria-live="polite">
        {remaining > 0 ? say('restock.lots.need', { remaining, quantity }) : remaining < 0 ? say('restock.lots.too-many', { over: -remaining }) : say('restock.lots.complete', { quantity })}
      </p>
      <ScanField label={say('restock.lots.field')} submitLabel={say('restock.lots.add')} onSubmit={(lot) => void publishScan(lot, 'typed')} />
      <ul className="lot-lines" aria-label={say('restock.lots.list')}>
        {lots.map((line) => (
          <li key={line.key} className="lot-line">
            <span className="lot"><span className="figure">{line.lot}</span></span>
            <QuantityStepper label={say('restock.lots.quantity', { lot: line.lot })} value={line.quantity} onChange={(q) => setLotQuantity(line.key, q)} min={1} />
            <label className="field expiry">
              <span>{say('restock.lots.expiry')}</span>
              <input
                type="date" aria-label={say('restock.lots.expiry-of', { lot: line.lot })} value={line.expiry ?? ''}
                onChange={(e) => setLotExpiry(line.key, e.target.value || undefined)}
              />
            </label>
            <button type="button" className="button danger icon" aria-label={say('restock.lots.clear', { lot: line.lot })} onClick={() => removeLot(line.key)}>
              🗑
            </button>
            <ExpiryNote lot={line.lot} expiry={line.expiry} today={today} />
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={confirmLots} disabled={!lotsComplete(quantity, lots) || refused}>
        {say('restock.lots.done')}
      </button>
    </div>
  );
}

/** The caution (or refusal) an expiry earns at receipt, under its lot line. */
function ExpiryNote({ lot, expiry, today }: { lot: string; expiry: string | undefined; today: string }) {
  const floor = useFloorSettings();
  const answer = expiryAnswer(lot, expiry, today, floor);
  if (answer.ok && !answer.warning) return null;
  return (
    <p className={answer.ok ? 'warning' : 'error'} role="status">
      {answer.ok ? answer.warning : answer.message}
    </p>
  );
}
