// The assignment as it will be recorded: one Dexie transaction, offline or
// not; the engine's preview tells whether the server will flag it.
import { useSessionStore } from '../../../device/session-store';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import { rowBlock } from '../flow';
import * as assignPayload from '../payload';
import { useAssignStore } from '../store';
import { say } from '../../../words';

export function ConfirmStep() {
  const { item, location, capacity, rows, saved } = useAssignStore();
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('assign', saved);
  useScanHandler(() => ({ ok: false, message: say('assign.confirm.scan') }));
  if (!item || !location || !session) return <p aria-busy="true">{say('kit.loading')}</p>;
  const payload = assignPayload.build(item, location.code, capacity, rows);
  const blocked = rows.some((r) => rowBlock(item, r) !== null);

  const confirm = () => save(payload);

  return (
    <div className="step">
      <dl className="summary" aria-label={say('assign.confirm.label')}>
        <dt>{say('kit.label.item')}</dt>
        <dd>{item.sku}</dd>
        <dt>{say('kit.label.location')}</dt>
        <dd>{location.code}</dd>
        <dt>{say('assign.capacity.label')}</dt>
        <dd>{capacity} {item.unit}</dd>
      </dl>
      <ul className="lot-lines" aria-label={say('assign.confirm.stock')}>
        {payload.conditions.map((c) => (
          <li key={c.condition || 'default'} className="lot-line">
            <span className="lot">{c.condition ? `${c.condition}: ` : ''}{c.quantity} {item.unit}</span>
            {c.lot && <span className="tag">{say('kit.tag.lot', { lot: c.lot })}</span>}
            {c.serials?.map((s) => <span key={s.serial} className="tag">{say('assign.confirm.serial', s)}</span>)}
          </li>
        ))}
      </ul>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving || blocked} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('assign.confirm.button')}
      </button>
    </div>
  );
}
