// The item: scanned, or chosen among the location's slots (each shows its lot
// and quantity, R9). An item with several conditions here is then chosen by condition.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../device/device';
import type { Item } from '../../../domain';
import { findItem, itemsById, slotsAtLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { expectedLotText, itemCode } from '../flow';
import { useCountStore } from '../store';
import { say, sayRich } from '../../../words';

export function ItemStep() {
  const { location, chooseSlot } = useCountStore();
  const [only, setOnly] = useState<string | null>(null);
  const here = useLiveQuery(async () => {
    if (!location) return { slots: [], items: new Map<string, Item>() };
    const slots = await slotsAtLocation(db, location.id);
    return { slots, items: await itemsById(db, slots.map((s) => s.itemId)) };
  }, [location?.id]);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    if (!location) return { ok: false, message: say('scan.location-first') };
    const meaning = itemCode(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: say('scan.unknown-item.wrong', { code: meaning.code }) };
    const slots = (await slotsAtLocation(db, location.id)).filter((s) => s.itemId === item.id);
    if (slots.length === 0) return { ok: false, message: say('count.item.not-here', { sku: item.sku, location: location.code }) };
    if (slots.length === 1) chooseSlot(item, slots[0]!);
    else setOnly(item.id);
    return { ok: true };
  });
  const slots = (here?.slots ?? []).filter((s) => only === null || s.itemId === only);
  return (
    <div className="step">
      <p className="item-line">{sayRich('kit.location-here', { location: <strong>{location?.code}</strong> })}</p>
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {here && here.slots.length === 0 && <p role="alert" className="error">{say('kit.nothing-assigned-here')}</p>}
      <ul className="choices" aria-label={say('count.item.slots')}>
        {slots.map((slot) => {
          const item = here?.items.get(slot.itemId);
          if (!item) return null;
          return (
            <li key={slot.id}>
              <button type="button" className="choice" onClick={() => chooseSlot(item, slot)}>
                <strong>{item.sku}</strong>{slot.condition ? ` (${slot.condition})` : ''} · {expectedLotText(item, slot)} · {slot.quantity} {item.unit}
                {slot.needsCount && <span className="tag warning">{say('count.item.needs-count')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
