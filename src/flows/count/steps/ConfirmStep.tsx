// The count as it will be recorded: one Dexie transaction, offline or not;
// the engine's preview tells whether the server will flag it (or, above the
// review threshold, hold it for a supervisor).
import { useSessionStore } from '../../../device/session-store';
import { useScanHandler } from '../../../scan/scan-bus';
import { useSaveOperation } from '../../kit/save';
import { finishBlock, isLotCorrection } from '../flow';
import * as countPayload from '../payload';
import { useCountStore } from '../store';
import { CountFigures } from './CountFigures';
import { say } from '../../../words';

export function ConfirmStep() {
  const { item, location, slot, expected, counted, blind, lot, serials, saved, countTask } = useCountStore();
  const session = useSessionStore((s) => s.session);
  const { save, saving, error } = useSaveOperation('count', saved);
  useScanHandler(() => ({ ok: false, message: say('count.confirm.scan') }));
  if (!item || !location || !slot || !expected || !session || counted === null) return <p aria-busy="true">{say('kit.loading')}</p>;
  const payload = countPayload.build({ item, locationCode: location.code, condition: slot.condition, expected, counted, lot, serials, countTask });
  const block = item.serialized ? null : finishBlock(item, counted, lot);

  const confirm = () => save(payload);

  return (
    <div className="step">
      <CountFigures item={item} slot={slot} expected={blind ? null : expected} counted={payload.counted} label={say('count.confirm.label')} />
      {isLotCorrection(item, expected.lot, counted, lot) && (
        <p role="status" className="warning">{say('count.confirm.lot-corrected', { lot: lot.trim() })}</p>
      )}
      {item.serialized && (
        <ul className="lot-lines" aria-label={say('kit.serials')}>
          {serials.map((s) => <li key={s.serial} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{s.lot ? say('kit.tag.lot', { lot: s.lot }) : say('kit.tag.lot-unknown')}</span></li>)}
        </ul>
      )}
      {block && <p role="alert" className="error">{block}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving || block !== null} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('count.confirm.button')}
      </button>
    </div>
  );
}
