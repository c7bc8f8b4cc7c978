import { useSessionStore } from '../../../device/session-store';
import { describeCode, say } from '../../../words';
import { checkLot } from '../../../domain';
import { movedLot, slotName } from '../flow';
import * as payload from '../payload';
import { useSaveOperation } from '../../kit/save';
import { useScanHandler } from '../../../scan/scan-bus';
import { useMoveStore } from '../store';

/** Everything once more, in big figures; the operation is recorded on the device, then synced. */
export function ConfirmStep() {
  const { item, source, to, quantity, scannedLot, mismatchAccepted, serials, saved } = useMoveStore();
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('move', saved);
  // Everything is scanned: a scan here is refused with what to do (and its words leave with this step).
  useScanHandler(() => ({ ok: false, message: say('transfer.confirm.no-scan', { button: say('move.confirm.button') }) }));
  if (!item || !source || !to || !session) return null;
  const lot = movedLot(item, source, scannedLot);
  const check = scannedLot !== null ? checkLot(source, scannedLot) : null;

  const confirm = () => save(payload.build({ item, from: source, to, quantity, scannedLot, serials: serials.map((s) => s.serial) }));

  return (
    <div className="step">
      <dl className="figures">
        {!item.serialized && <><dt>{say('kit.label.quantity')}</dt><dd>{quantity} {item.unit}</dd></>}
        {lot && <><dt>{say('kit.label.lot')}</dt><dd>{lot}</dd></>}
        {item.serialized && <><dt>{say('kit.label.serials')}</dt><dd>{serials.map((s) => say('move.confirm.serial', s)).join(', ')}</dd></>}
        <dt>{say('kit.label.from')}</dt><dd>{slotName(source)}</dd>
        <dt>{say('kit.label.to')}</dt><dd>{slotName(to)}</dd>
      </dl>
      {mismatchAccepted && check?.kind === 'mismatch' && (
        <p role="alert" className="warning">
          {say('move.confirm.mismatch', { expected: check.expected, found: check.found, why: describeCode('lot-mismatch') })}
        </p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('move.confirm.button')}
      </button>
    </div>
  );
}
