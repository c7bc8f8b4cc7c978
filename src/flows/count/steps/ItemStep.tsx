// The item: scanned (its label confirms it), or, where shelves carry no labels
// and the tap-to-confirm setting allows it, chosen among the location's slots
// (each shows its lot and, unless the count is blind, its quantity, R9). An
// item with several conditions here is then chosen by condition. Scanning
// another location's label moves the count there.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../device/device';
import type { Item } from '../../../domain';
import { findItem, findLocation, getSettings, itemsById, slotsAtLocation } from '../../../replica/queries';
import { openCountTasks, openTaskForSlot } from '../../../replica/count-tasks';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { expectedLotText, itemCode } from '../flow';
import { useCountStore } from '../store';
import { say } from '../../../words';

export function ItemStep() {
  const { location, chooseSlot, chooseLocation } = useCountStore();
  const [only, setOnly] = useState<string | null>(null);
  const here = useLiveQuery(async () => {
    const floor = (await getSettings(db)).floor;
    if (!location) return { slots: [], items: new Map<string, Item>(), floor, tasked: new Map<string, string>() };
    const slots = await slotsAtLocation(db, location.id);
    // Slots a planned count task asks for here, by slot id, with the task's id.
    const tasked = new Map<string, string>();
    for (const task of await openCountTasks(db)) for (const l of task.lines) if (!l.counted && !tasked.has(l.slotId)) tasked.set(l.slotId, task.id);
    return { slots, items: await itemsById(db, slots.map((s) => s.itemId)), floor, tasked };
  }, [location?.id]);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    if (!location) return { ok: false, message: say('scan.location-first') };
    const meaning = itemCode(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) {
      const other = result.ok && result.kind === 'plain' ? await findLocation(db, meaning.code) : undefined;
      if (other) {
        chooseLocation(other);
        setOnly(null);
        return { ok: true };
      }
      return { ok: false, message: say('scan.unknown-item.wrong', { code: meaning.code }) };
    }
    const slots = (await slotsAtLocation(db, location.id)).filter((s) => s.itemId === item.id);
    if (slots.length === 0) return { ok: false, message: say('count.item.not-here', { sku: item.sku, location: location.code }) };
    const { blindCount } = (await getSettings(db)).floor;
    if (slots.length === 1) chooseSlot(item, slots[0]!, blindCount, (await openTaskForSlot(db, slots[0]!.id))?.id ?? null);
    else setOnly(item.id);
    return { ok: true };
  });
  const slots = (here?.slots ?? []).filter((s) => only === null || s.itemId === only);
  // Several conditions of the scanned item are told apart by a tap: they share one label.
  const tap = (here?.floor.tapToConfirm ?? false) || only !== null;
  const blind = here?.floor.blindCount ?? false;
  return (
    <div className="step">
      <dl className="figures">
        <dt>{say('count.expected.location-label')}</dt>
        <dd data-testid="count-location">{location?.code}</dd>
      </dl>
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {here && here.slots.length === 0 && <p role="alert" className="error">{say('kit.nothing-assigned-here')}</p>}
      <ul className="choices" aria-label={say('count.item.slots')}>
        {slots.map((slot) => {
          const item = here?.items.get(slot.itemId);
          if (!item) return null;
          const text = (
            <>
              <strong>{item.sku}</strong>{slot.condition ? ` (${slot.condition})` : ''} · {expectedLotText(item, slot)}
              {!blind && !item.serialized && ` · ${slot.quantity} ${item.unit}`}
              {slot.needsCount && <span className="tag warning">{say('count.item.needs-count')}</span>}
              {here?.tasked.has(slot.id) && <span className="tag">{say('count.item.on-task')}</span>}
            </>
          );
          return (
            <li key={slot.id}>
              {tap
                ? <button type="button" className="choice" onClick={() => chooseSlot(item, slot, blind, here?.tasked.get(slot.id) ?? null)}>{text}</button>
                : <span className="choice">{text}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
