// The pick as it will be recorded: one Dexie transaction, offline or not;
// the engine's preview tells whether the server will flag it.
import { useSessionStore } from '../../../device/session-store';
import { useScanHandler } from '../../../scan/scan-bus';
import { isShortPick, slotLotText } from '../flow';
import { useLiveSlot } from './SlotFacts';
import { currentPayload, usePickSave } from './use-pick-save';
import type { ListLine } from '../pick-list';
import { usePickStore } from '../store';
import { say } from '../../../words';

function requestedText(requested: number, listLine: ListLine | null, reference: string): string {
  if (listLine) return say('pick.confirm.requested', { requested, list: listLine.number, line: listLine.line });
  return say('pick.confirm.requested', { requested, list: reference.trim() || null, line: null });
}

export function ConfirmStep() {
  const { item, location, slot, requested, pickList, listLine, serials, fefoReason } = usePickStore();
  const live = useLiveSlot(slot);
  const session = useSessionStore((s) => s.session);
  const { confirm, saving, error } = usePickSave();
  useScanHandler(() => ({ ok: false, message: say('pick.confirm.scan') }));
  const payload = currentPayload();
  if (!item || !location || !live || !session || !payload) return <p aria-busy="true">{say('kit.loading')}</p>;

  return (
    <div className="step">
      <dl className="summary figures" aria-label={say('pick.confirm.label')}>
        <dt>{say('kit.label.from')}</dt>
        <dd>{location.code}{live.condition ? ` (${live.condition})` : ''}</dd>
        <dt>{say('kit.label.item')}</dt>
        <dd>{item.sku}</dd>
        {!item.serialized && <><dt>{say('kit.label.lot')}</dt><dd>{slotLotText(item, live)}</dd></>}
        <dt>{say('pick.confirm.picked')}</dt>
        <dd>{payload.quantity} {item.unit}</dd>
        {fefoReason && <><dt>{say('pick.confirm.fefo-reason')}</dt><dd>{fefoReason}</dd></>}
        {requested !== null && <><dt>{say('pick.confirm.requested-label')}</dt><dd>{requestedText(requested, listLine, pickList)}</dd></>}
      </dl>
      {item.serialized && (
        <ul className="lot-lines" aria-label={say('kit.serials')}>
          {serials.map((s) => <li key={s.serial} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{s.lot ? say('kit.tag.lot', { lot: s.lot }) : say('kit.tag.lot-unknown')}</span></li>)}
        </ul>
      )}
      {isShortPick(payload.quantity, requested) && <p role="status" className="warning">{say('pick.confirm.short')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={confirm}>
        {saving ? say('kit.saving') : say('pick.confirm.button')}
      </button>
    </div>
  );
}
