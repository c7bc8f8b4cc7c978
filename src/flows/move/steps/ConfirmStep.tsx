import { useSessionStore } from '../../../device/session-store';
import { describeCode } from '../../../words';
import { checkLot } from '../../../domain';
import { movedLot, slotName } from '../flow';
import * as payload from '../payload';
import { useSaveOperation } from '../../kit/save';
import { useMoveStore } from '../store';

/** Everything once more; the operation is recorded on the device, then synced. */
export function ConfirmStep() {
  const { item, source, to, quantity, scannedLot, mismatchAccepted, serials, saved } = useMoveStore();
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('move', saved);
  if (!item || !source || !to || !session) return null;
  const lot = movedLot(item, source, scannedLot);
  const check = scannedLot !== null ? checkLot(source, scannedLot) : null;

  const confirm = () => save(payload.build({ item, from: source, to, quantity, scannedLot, serials: serials.map((s) => s.serial) }));

  return (
    <div className="step">
      <dl className="summary">
        <dt>Item</dt><dd>{item.sku} · {item.name}</dd>
        <dt>From</dt><dd>{slotName(source)}</dd>
        {!item.serialized && <><dt>Quantity</dt><dd>{quantity} {item.unit}</dd></>}
        {lot && <><dt>Lot</dt><dd>{lot}</dd></>}
        {item.serialized && <><dt>Serials</dt><dd>{serials.map((s) => `${s.serial}${s.lot ? ` (lot ${s.lot})` : ''}`).join(', ')}</dd></>}
        <dt>To</dt><dd>{slotName(to)}</dd>
      </dl>
      {mismatchAccepted && check?.kind === 'mismatch' && (
        <p role="alert" className="warning">
          Lot mismatch confirmed: the slot should hold lot {check.expected}, the goods are lot {check.found}. It is recorded as found: {describeCode('lot-mismatch')}
        </p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? 'Saving…' : 'Confirm move'}
      </button>
    </div>
  );
}
