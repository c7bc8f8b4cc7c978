// How many go back: what the goods' label said (30)/(37), else the unit
// scanned; each further unit of the item scanned adds one, a label's count
// sets it. The keypad stays for what no label says.
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { returnQuantityScan } from '../flow';
import { useReturnStore } from '../store';
import { ReturnFigures } from './ReturnFigures';
import { say } from '../../../words';

export function QuantityStep() {
  const { item, slot, lot, quantity, setQuantity, addOne, toConfirm } = useReturnStore();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = returnQuantityScan(item, lot, result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    if (meaning.kind === 'set') setQuantity(meaning.quantity);
    else addOne();
    return { ok: true };
  });
  if (!item || !slot) return null;
  return (
    <div className="step">
      <ReturnFigures item={item} lot={lot} slot={slot} />
      <QuantityStepper label={say('return.quantity.label')} value={quantity} onChange={setQuantity} min={1} />
      <p className="hint">{item.unit}</p>
      {quantity > slot.free && <p role="alert" className="warning">{say('return.quantity.over', { free: slot.free, location: slot.location.code })}</p>}
      <button type="button" className="button primary" onClick={toConfirm} disabled={quantity < 1}>{say('kit.continue')}</button>
    </div>
  );
}
