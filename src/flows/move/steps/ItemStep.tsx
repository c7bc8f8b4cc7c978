import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../device/device';
import { findItem, stockAt } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import type { Item, Location } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { itemScan } from '../../kit/scan-meanings';
import { slotName } from '../flow';
import { say } from '../../../words';

interface Props {
  from: Location;
  onChoose: (item: Item, slot: SlotView) => void;
}

/**
 * The item must be in the scanned location. A durable item with several
 * conditions there: the list narrows to its slots and the operator taps one.
 */
export function ItemStep({ from, onChoose }: Props) {
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
    if (only) onChoose(item, only);
    else setNarrowTo(item.id);
    return { ok: true };
  });
  const shown = (here ?? []).filter((s) => (narrowTo ? s.item.id === narrowTo : s.slot.quantity > 0));
  return (
    <div className="step">
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      <ul className="choices" aria-label={say('move.item.stock-in', { location: from.code })}>
        {shown.map(({ slot, item }) => (
          <li key={slot.id}>
            <button type="button" className="choice" onClick={() => onChoose(item, slot)}>
              <strong>{item.sku}</strong> {slotName(slot)} · {slot.quantity} {item.unit}
              {slot.lotUnknown ? <span className="tag">{say('kit.tag.lot-unknown')}</span> : slot.lot && <span className="tag">{say('kit.tag.lot', { lot: slot.lot })}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
