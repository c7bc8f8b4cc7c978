import { useSessionStore } from '../../../device/session-store';
import { tracksLotPerSlot } from '../../../domain';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import * as returnPayload from '../payload';
import { useReturnStore } from '../store';

export function ConfirmStep() {
  const { item, lot, slot, quantity, serials, saved } = useReturnStore();
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('return', saved);
  useScanHandler(() => ({ ok: false, message: 'Check the return and press Confirm return.' }));
  if (!item || !slot || !session) return <p aria-busy="true">Loading…</p>;
  const payload = returnPayload.build({ item, lot, locationCode: slot.location.code, condition: slot.condition, quantity, serials });

  const confirm = () => save(payload);

  return (
    <div className="step">
      <dl className="summary" aria-label="Return">
        <dt>Item</dt>
        <dd>{item.sku}</dd>
        {tracksLotPerSlot(item) && <><dt>Lot</dt><dd>{lot ?? 'Unknown'}</dd></>}
        <dt>Into</dt>
        <dd>{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd>
        <dt>Quantity</dt>
        <dd>{payload.quantity} {item.unit}</dd>
      </dl>
      {item.serialized && (
        <ul className="lot-lines" aria-label="Serials">
          {serials.map((s) => <li key={s.serial} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{s.lot ? `lot ${s.lot}` : 'lot unknown'}</span></li>)}
        </ul>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? 'Saving…' : 'Confirm return'}
      </button>
    </div>
  );
}
