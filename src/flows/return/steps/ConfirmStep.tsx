import { useSessionStore } from '../../../device/session-store';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import * as returnPayload from '../payload';
import { useReturnStore } from '../store';
import { say } from '../../../words';
import { ReturnFigures } from './ReturnFigures';

export function ConfirmStep() {
  const { item, lot, slot, quantity, serials, saved } = useReturnStore();
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('return', saved);
  useScanHandler(() => ({ ok: false, message: say('return.confirm.scan') }));
  if (!item || !slot || !session) return <p aria-busy="true">{say('kit.loading')}</p>;
  const payload = returnPayload.build({ item, lot, locationCode: slot.location.code, condition: slot.condition, quantity, serials });

  const confirm = () => save(payload);

  return (
    <div className="step">
      <ReturnFigures item={item} lot={lot} slot={slot} quantity={payload.quantity} label={say('return.confirm.label')} />
      {item.serialized && (
        <ul className="lot-lines" aria-label={say('kit.serials')}>
          {serials.map((s) => <li key={s.serial} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{s.lot ? say('kit.tag.lot', { lot: s.lot }) : say('kit.tag.lot-unknown')}</span></li>)}
        </ul>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('return.confirm.button')}
      </button>
    </div>
  );
}
