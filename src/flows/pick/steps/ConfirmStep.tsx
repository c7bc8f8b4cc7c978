// The pick as it will be recorded: one Dexie transaction, offline or not;
// the engine's preview tells whether the server will flag it.
import { useSessionStore } from '../../../device/session-store';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import { isShortPick, slotLotText } from '../flow';
import * as pickPayload from '../payload';
import { useLiveSlot } from './SlotFacts';
import type { ListLine } from '../pick-list';
import { usePickStore } from '../store';

function listLineText(listLine: ListLine | null, reference: string): string {
  if (listLine) return ` (list ${listLine.number}, line ${listLine.line})`;
  return reference.trim() ? ` (list ${reference.trim()})` : '';
}

export function ConfirmStep() {
  const { item, location, slot, quantity, requested, pickList, listLine, serials, saved, fefoReason } = usePickStore();
  const live = useLiveSlot(slot);
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('pick', saved);
  useScanHandler(() => ({ ok: false, message: 'Check the pick and press Confirm pick.' }));
  if (!item || !location || !live || !session) return <p aria-busy="true">Loading…</p>;
  const payload = {
    ...pickPayload.build({
      item, locationCode: location.code, condition: live.condition, quantity, requested, serials,
      pickList: listLine ? { number: listLine.number, line: listLine.line } : pickList,
    }),
    // FEFO: a later-expiring lot taken on purpose carries the picker's reason.
    ...(fefoReason ? { fefoReason } : {}),
  };

  const confirm = () => save(payload);

  return (
    <div className="step">
      <dl className="summary" aria-label="Pick">
        <dt>From</dt>
        <dd>{location.code}{live.condition ? ` (${live.condition})` : ''}</dd>
        <dt>Item</dt>
        <dd>{item.sku}</dd>
        {!item.serialized && <><dt>Lot</dt><dd>{slotLotText(item, live)}</dd></>}
        <dt>Picked</dt>
        <dd>{payload.quantity} {item.unit}</dd>
        {fefoReason && <><dt>Later lot because</dt><dd>{fefoReason}</dd></>}
        {requested !== null && <><dt>Requested</dt><dd>{requested}{listLineText(listLine, pickList)}</dd></>}
      </dl>
      {item.serialized && (
        <ul className="lot-lines" aria-label="Serials">
          {serials.map((s) => <li key={s.serial} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{s.lot ? `lot ${s.lot}` : 'lot unknown'}</span></li>)}
        </ul>
      )}
      {isShortPick(payload.quantity, requested) && <p role="status" className="warning">Short pick: it is recorded and flagged.</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? 'Saving…' : 'Confirm pick'}
      </button>
    </div>
  );
}
