// R13: a serialized item is taken by its serials; each shows its own lot.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { serialsInStockAt } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotScan } from '../scan-meanings';
import { pickSerial, slotName } from '../../move/flow';
import type { TakeTask } from './task';
import { say } from '../../../words';

export function TakeSerialsStep({ task }: { task: TakeTask }) {
  const { item, source, serials: chosen, addSerial, removeSerial, confirmSerials } = task;
  const slotId = source?.id ?? '';
  const inSlot = useLiveQuery(() => serialsInStockAt(db, slotId), [slotId]);
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = lotScan(item, result, 'serial');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const verdict = pickSerial(inSlot ?? [], chosen, meaning.serial ?? '');
    if (!verdict.ok) return verdict;
    addSerial(verdict.serial);
    return { ok: true };
  });
  if (!item || !source) return null;
  const isChosen = (serial: string) => chosen.some((c) => c.serial === serial);
  return (
    <div className="step">
      <dl className="figures">
        <dt>{say('kit.label.from')}</dt><dd>{slotName(source)}</dd>
      </dl>
      <p className="figure-line" aria-live="polite">{say('move.serials.chosen', { count: chosen.length })}</p>
      <ScanField label={say('kit.field.serial')} submitLabel={say('kit.field.add-serial')} onSubmit={(s) => void publishScan(s, 'typed')} />
      <ul className="choices" aria-label={say('kit.serials-in-slot')}>
        {(inSlot ?? []).map((s) => (
          <li key={s.id}>
            <button
              type="button" className={`choice${isChosen(s.serial) ? ' selected' : ''}`} aria-pressed={isChosen(s.serial)}
              onClick={() => (isChosen(s.serial) ? removeSerial(s.serial) : addSerial({ serial: s.serial, lot: s.lot }))}
            >
              {s.serial} {s.lot && <span className="tag">{say('kit.tag.lot', { lot: s.lot })}</span>}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={confirmSerials} disabled={chosen.length === 0}>{say('kit.continue')}</button>
    </div>
  );
}
