// R13: a serialized item moves by its serials; each shows its own lot.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { serialsInStockAt } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotScan } from '../../kit/scan-meanings';
import { pickSerial } from '../flow';
import type { ChosenSerial } from '../store';
import { say } from '../../../words';

interface Props {
  slotId: string;
  chosen: ChosenSerial[];
  onAdd: (serial: ChosenSerial) => void;
  onRemove: (serial: string) => void;
  onDone: () => void;
  item: { sku: string } & Parameters<typeof lotScan>[0];
}

export function SerialsStep({ slotId, chosen, onAdd, onRemove, onDone, item }: Props) {
  const inSlot = useLiveQuery(() => serialsInStockAt(db, slotId), [slotId]);
  useScanHandler(({ result }): ScanVerdict => {
    const meaning = lotScan(item, result, 'serial');
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const verdict = pickSerial(inSlot ?? [], chosen, meaning.serial ?? '');
    if (!verdict.ok) return verdict;
    onAdd(verdict.serial);
    return { ok: true };
  });
  const isChosen = (serial: string) => chosen.some((c) => c.serial === serial);
  return (
    <div className="step">
      <p className="progress" aria-live="polite">{say('move.serials.chosen', { count: chosen.length })}</p>
      <ScanField label={say('kit.field.serial')} submitLabel={say('kit.field.add-serial')} onSubmit={(s) => void publishScan(s, 'typed')} />
      <ul className="choices" aria-label={say('kit.serials-in-slot')}>
        {(inSlot ?? []).map((s) => (
          <li key={s.id}>
            <button
              type="button" className={`choice${isChosen(s.serial) ? ' selected' : ''}`} aria-pressed={isChosen(s.serial)}
              onClick={() => (isChosen(s.serial) ? onRemove(s.serial) : onAdd({ serial: s.serial, lot: s.lot }))}
            >
              {s.serial} {s.lot && <span className="tag">{say('kit.tag.lot', { lot: s.lot })}</span>}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={onDone} disabled={chosen.length === 0}>{say('kit.continue')}</button>
    </div>
  );
}
