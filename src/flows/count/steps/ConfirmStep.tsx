// The count as it will be recorded: one Dexie transaction, offline or not;
// the engine's preview tells whether the server will flag it.
import { useSessionStore } from '../../../device/session-store';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import { finishBlock, isLotCorrection } from '../flow';
import * as countPayload from '../payload';
import { useCountStore } from '../store';

export function ConfirmStep() {
  const { item, location, slot, expected, counted, lot, serials, saved } = useCountStore();
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('count', saved);
  useScanHandler(() => ({ ok: false, message: 'Check the count and press Confirm count.' }));
  if (!item || !location || !slot || !expected || !session) return <p aria-busy="true">Loading…</p>;
  const payload = countPayload.build({ item, locationCode: location.code, condition: slot.condition, expected, counted, lot, serials });
  const block = item.serialized ? null : finishBlock(item, counted, lot);

  const confirm = () => save(payload);

  return (
    <div className="step">
      <dl className="summary" aria-label="Count">
        <dt>Slot</dt>
        <dd>{location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd>
        <dt>Item</dt>
        <dd>{item.sku}</dd>
        <dt>Expected</dt>
        <dd>{expected.quantity} {item.unit}{expected.lot ? ` · lot ${expected.lot}` : ''}</dd>
        <dt>Counted</dt>
        <dd>{payload.counted.quantity} {item.unit}{payload.counted.lot ? ` · lot ${payload.counted.lot}` : ''}</dd>
      </dl>
      {isLotCorrection(item, expected.lot, counted, lot) && (
        <p role="status" className="warning">The lot is corrected: the old lot is removed and {lot.trim()} placed (two transactions).</p>
      )}
      {item.serialized && (
        <ul className="lot-lines" aria-label="Serials">
          {serials.map((s) => <li key={s.serial} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{s.lot ? `lot ${s.lot}` : 'lot unknown'}</span></li>)}
        </ul>
      )}
      {block && <p role="alert" className="error">{block}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving || block !== null} onClick={() => void confirm()}>
        {saving ? 'Saving…' : 'Confirm count'}
      </button>
    </div>
  );
}
