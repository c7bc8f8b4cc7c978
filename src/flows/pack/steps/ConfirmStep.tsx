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
import { say, sayRich } from '../../../words';

export function ConfirmStep() {
  const { shipment, lines, saved } = usePackStore();
  const settings = useLiveQuery(() => getSettings(db), []);
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('pack', saved);
  useScanHandler(() => ({ ok: false, message: say('pack.confirm.scan') }));
  if (!settings || !session) return <p aria-busy="true">{say('kit.loading')}</p>;
  const payload = packPayload.build(shipment, lines, settings);
  const mismatches = lines.filter(isLotMismatch).length;

  const confirm = () => save(payload);

  return (
    <div className="step">
      <p className="item-line">{sayRich('pack.shipment-here', { shipment: <strong>{payload.shipment}</strong> })}</p>
      <ul className="lot-lines" aria-label={say('pack.confirm.lines')}>
        {payload.lines.map((l, i) => (
          <li key={lines[i]?.key ?? i} className="lot-line">
            <span className="lot">{l.item} × {l.quantity}</span>
            {l.lot && <span className="tag">{say('kit.tag.lot', { lot: l.lot })}</span>}
            {l.serial && <span className="tag">{say('pack.tag.serial', { serial: l.serial })}</span>}
            {lines[i] && isLotMismatch(lines[i]) && <span className="tag warning">{say('pack.tag.picked-lot', { lot: l.pickedLot ?? '' })}</span>}
          </li>
        ))}
      </ul>
      {mismatches > 0 && (
        <p role="status" className="warning">{say('pack.confirm.mismatches', { count: mismatches })}</p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('pack.confirm.button')}
      </button>
    </div>
  );
}
