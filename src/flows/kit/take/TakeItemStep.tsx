// The item must be in the scanned location. A GS1 label fills what it carries:
// its lot is verified at once (R8a) and its count sets the quantity. A durable
// item with several conditions there: the list narrows to its slots and the
// operator taps one (the location was scanned; conditions carry no label).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../device/device';
import { findItem, stockAt } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { checkLot, tracksLotPerSlot, type Location } from '../../../domain';
import { itemScan } from '../scan-meanings';
import { slotName } from '../../move/flow';
import { labelCount, lotVerdict } from './take-scan';
import type { TakeTask } from './task';
import { say } from '../../../words';

interface Props {
  from: Location;
  task: TakeTask;
}

export function TakeItemStep({ from, task }: Props) {
  const here = useLiveQuery(() => stockAt(db, from.id), [from.id]);
  const [narrowTo, setNarrowTo] = useState<string | null>(null);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = itemScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: say('scan.unknown-item', { code: meaning.code }) };
    const slots = (await stockAt(db, from.id)).filter((s) => s.item.id === item.id).map((s) => s.slot);
    if (slots.length === 0) return { ok: false, message: say('move.item.not-here', { sku: item.sku, location: from.code }) };
    const withStock = slots.filter((s) => s.quantity > 0);
    const only = slots.length === 1 ? slots[0] : withStock.length === 1 ? withStock[0] : undefined;
    if (!only) {
      setNarrowTo(item.id);
      return { ok: true };
    }
    task.chooseSource(item, only, labelCount(result));
    if (meaning.lot === undefined || !tracksLotPerSlot(item)) return { ok: true };
    // R8a: the label's lot is the lot on the goods: verified now, not asked again.
    task.scanLot(meaning.lot);
    const { advance, verdict } = lotVerdict(checkLot(only, meaning.lot));
    if (advance) task.acceptLot(false);
    return verdict;
  });
  const shown = (here ?? []).filter((s) => (narrowTo ? s.item.id === narrowTo : s.slot.quantity > 0));
  return (
    <div className="step">
      <dl className="figures">
        <dt>{say('kit.label.from')}</dt><dd>{from.code}</dd>
      </dl>
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      <ul className="choices" aria-label={say('move.item.stock-in', { location: from.code })}>
        {shown.map(({ slot, item }) => (
          <li key={slot.id}>
            <button type="button" className="choice" onClick={() => task.chooseSource(item, slot)}>
              <strong>{item.sku}</strong> {slotName(slot)} · {slot.quantity} {item.unit}
              {slot.lotUnknown ? <span className="tag">{say('kit.tag.lot-unknown')}</span> : slot.lot && <span className="tag">{say('kit.tag.lot', { lot: slot.lot })}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
