import { useScanHandler } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { useReturnStore } from '../store';
import { say, sayRich } from '../../../words';

export function QuantityStep() {
  const { item, slot, lot, quantity, setQuantity, toConfirm } = useReturnStore();
  useScanHandler(() => ({ ok: false, message: say('return.quantity.scan') }));
  if (!item || !slot) return null;
  const where = <strong>{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</strong>;
  return (
    <div className="step">
      <p className="item-line">
        {item.lotTracked
          ? sayRich('return.quantity.into-lot', { where, lot: lot === null ? say('kit.tag.lot-unknown') : say('kit.tag.lot', { lot }) })
          : sayRich('return.quantity.into', { where })}
      </p>
      <QuantityStepper label={say('return.quantity.label')} value={quantity} onChange={setQuantity} min={1} />
      <p className="hint">{item.unit}</p>
      {quantity > slot.free && <p role="alert" className="warning">{say('return.quantity.over', { free: slot.free, location: slot.location.code })}</p>}
      <button type="button" className="button primary" onClick={toConfirm} disabled={quantity < 1}>{say('kit.continue')}</button>
    </div>
  );
}
