import { useScanHandler } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { useReturnStore } from '../store';

export function QuantityStep() {
  const { item, slot, lot, quantity, setQuantity, toConfirm } = useReturnStore();
  useScanHandler(() => ({ ok: false, message: 'Enter the quantity returned, then Continue.' }));
  if (!item || !slot) return null;
  return (
    <div className="step">
      <p className="item-line">Into <strong>{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</strong>{item.lotTracked ? ` · ${lot === null ? 'lot unknown' : `lot ${lot}`}` : ''}</p>
      <QuantityStepper label="Quantity returned" value={quantity} onChange={setQuantity} min={1} />
      <p className="hint">{item.unit}</p>
      {quantity > slot.free && <p role="alert" className="warning">Only {slot.free} fit in {slot.location.code}: the server will flag it.</p>}
      <button type="button" className="button primary" onClick={toConfirm} disabled={quantity < 1}>Continue</button>
    </div>
  );
}
