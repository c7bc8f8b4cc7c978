import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { slotsAtLocation } from '../../../replica/queries';
import { useScanHandler } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { useAssignStore } from '../store';

/** The capacity of the new slot(s). */
export function CapacityStep() {
  const { item, location, capacity, setCapacity, confirmCapacity } = useAssignStore();
  const existing = useLiveQuery(
    async () => (item && location ? (await slotsAtLocation(db, location.id)).filter((s) => s.itemId === item.id) : []),
    [item?.id, location?.id], [],
  );
  useScanHandler(() => ({ ok: false, message: 'Enter the capacity, then Continue.' }));
  return (
    <div className="step">
      <p className="item-line">Location <strong>{location?.code}</strong></p>
      {existing.length > 0 && (
        <p role="status" className="warning">{item?.sku} is already assigned here: the capacity is updated and stock added.</p>
      )}
      <QuantityStepper label="Capacity" value={capacity} onChange={setCapacity} />
      <p className="hint">{item?.unit ?? 'units'}</p>
      <button type="button" className="button primary" onClick={confirmCapacity}>Continue</button>
    </div>
  );
}
