// R5: lots for the full quantity before anything is placed. The quantity may
// be split over several lots; a lot line can be cleared. Each lot may carry its
// expiry: from the label's (17) or (15), or typed (the server keeps it on the lot).
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotsComplete } from '../flow';
import { lotScan } from '../../kit/scan-meanings';
import { useRestockStore } from '../store';
import { say } from '../../../words';

export function LotsStep() {
  const { item, quantity, lots, addLot, setLotQuantity, setLotExpiry, removeLot, confirmLots } = useRestockStore();
  const assigned = lots.reduce((n, l) => n + l.quantity, 0);
  const remaining = quantity - assigned;
  const add = (lot: string, expiry?: string): ScanVerdict => {
    if (remaining <= 0) return { ok: false, message: say('restock.lots.all-have-lot') };
    addLot(lot, remaining, expiry);
    return { ok: true };
  };
  // A scanned lot label (plain, or GS1 with this item's GTIN) adds a lot line.
  useScanHandler(({ result }) => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = lotScan(item, result, 'lot');
    return meaning.kind === 'refused' ? { ok: false, message: meaning.message } : add(meaning.lot, meaning.expiry);
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
            <span className="lot">{line.lot}</span>
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
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={confirmLots} disabled={!lotsComplete(quantity, lots)}>
        {say('restock.lots.done')}
      </button>
    </div>
  );
}
