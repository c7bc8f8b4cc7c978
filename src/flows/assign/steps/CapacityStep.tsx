import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { slotsAtLocation } from '../../../replica/queries';
import { useScanHandler } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { useAssignStore } from '../store';
import { say, sayRich } from '../../../words';

/** The capacity of the new slot(s). */
export function CapacityStep() {
  const { item, location, capacity, setCapacity, confirmCapacity } = useAssignStore();
  const existing = useLiveQuery(
    async () => (item && location ? (await slotsAtLocation(db, location.id)).filter((s) => s.itemId === item.id) : []),
    [item?.id, location?.id], [],
  );
  useScanHandler(() => ({ ok: false, message: say('assign.capacity.scan') }));
  return (
    <div className="step">
      <p className="item-line">{sayRich('kit.location-here', { location: <strong>{location?.code}</strong> })}</p>
      {existing.length > 0 && (
        <p role="status" className="warning">{say('assign.capacity.existing', { sku: item?.sku ?? '' })}</p>
      )}
      <QuantityStepper label={say('assign.capacity.label')} value={capacity} onChange={setCapacity} />
      <p className="hint">{item?.unit ?? say('kit.units')}</p>
      <button type="button" className="button primary" onClick={confirmCapacity}>{say('kit.continue')}</button>
    </div>
  );
}
