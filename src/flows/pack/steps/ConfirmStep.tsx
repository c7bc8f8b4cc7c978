// The pack as it will be recorded: one Dexie transaction, offline or not;
// the engine's preview tells whether the server will flag it.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { useSessionStore } from '../../../device/session-store';
import { getSettings } from '../../../replica/queries';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import { isLotMismatch } from '../flow';
import * as packPayload from '../payload';
import { usePackStore } from '../store';

export function ConfirmStep() {
  const { shipment, lines, saved } = usePackStore();
  const settings = useLiveQuery(() => getSettings(db), []);
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('pack', saved);
  useScanHandler(() => ({ ok: false, message: 'Check the shipment and press Confirm pack.' }));
  if (!settings || !session) return <p aria-busy="true">Loading…</p>;
  const payload = packPayload.build(shipment, lines, settings);
  const mismatches = lines.filter(isLotMismatch).length;

  const confirm = () => save(payload);

  return (
    <div className="step">
      <p className="item-line">Shipment <strong>{payload.shipment}</strong></p>
      <ul className="lot-lines" aria-label="Lines to record">
        {payload.lines.map((l, i) => (
          <li key={lines[i]?.key ?? i} className="lot-line">
            <span className="lot">{l.item} × {l.quantity}</span>
            {l.lot && <span className="tag">lot {l.lot}</span>}
            {l.serial && <span className="tag">serial {l.serial}</span>}
            {lines[i] && isLotMismatch(lines[i]) && <span className="tag warning">picked lot {l.pickedLot}</span>}
          </li>
        ))}
      </ul>
      {mismatches > 0 && (
        <p role="status" className="warning">
          {mismatches === 1 ? 'One line records a lot' : `${mismatches} lines record a lot`} other than the picked lot: the shipment keeps the lot packed.
        </p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? 'Saving…' : 'Confirm pack'}
      </button>
    </div>
  );
}
