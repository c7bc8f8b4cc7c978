import { useSessionStore } from '../../../device/session-store';
import { tracksLotPerSlot } from '../../../domain';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import * as returnPayload from '../payload';
import { useReturnStore } from '../store';
import { say } from '../../../words';

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
      <dl className="summary" aria-label={say('return.confirm.label')}>
        <dt>{say('kit.label.item')}</dt>
        <dd>{item.sku}</dd>
        {tracksLotPerSlot(item) && <><dt>{say('kit.label.lot')}</dt><dd>{lot ?? say('return.confirm.lot-unknown')}</dd></>}
        <dt>{say('return.confirm.into')}</dt>
        <dd>{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd>
        <dt>{say('kit.label.quantity')}</dt>
        <dd>{payload.quantity} {item.unit}</dd>
      </dl>
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
