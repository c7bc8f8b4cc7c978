// Count and pick both scan a slot's serials one by one: the slot's in-stock
// serials are read live, and the step lists each scanned serial with its lot
// (and whether it is in this slot), then the slot's serials not scanned yet.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../device/device';
import { serialsInStockAt } from '../../replica/queries';

export interface ScannedSerial {
  serial: string;
  lot: string | null;
  inSlot: boolean;
}

const lotTag = (lot: string | null) => (lot ? `lot ${lot}` : 'lot unknown');

/** The serials in stock in the slot, live; undefined while loading. */
export function useSerialsInSlot(slotId: string | undefined) {
  return useLiveQuery(
    async () => (slotId ? serialsInStockAt(db, slotId) : []),
    [slotId],
  );
}

interface Props {
  scanned: readonly ScannedSerial[];
  inSlot: readonly { id: string; serial: string; lot: string | null }[] | undefined;
  /** What a scan did, e.g. 'counted' ("3 counted"). */
  done: string;
  scannedLabel: string;
  leftHeading: string;
  leftLabel: string;
  onRemove: (serial: string) => void;
}

export function SlotSerialLists({ scanned, inSlot, done, scannedLabel, leftHeading, leftLabel, onRemove }: Props) {
  const left = (inSlot ?? []).filter((s) => !scanned.some((c) => c.serial === s.serial));
  return (
    <>
      <p className="progress" aria-live="polite">{scanned.length} {done}</p>
      <ul className="lot-lines" aria-label={scannedLabel}>
        {scanned.map((s) => (
          <li key={s.serial} className="lot-line">
            <span className="lot">{s.serial}</span>
            <span className="tag">{lotTag(s.lot)}</span>
            {!s.inSlot && <span className="tag warning">not in this slot</span>}
            <button type="button" className="button danger icon" aria-label={`Remove serial ${s.serial}`} onClick={() => onRemove(s.serial)}>🗑</button>
          </li>
        ))}
      </ul>
      {left.length > 0 && (
        <>
          <h2>{leftHeading}</h2>
          <ul className="lot-lines" aria-label={leftLabel}>
            {left.map((s) => (
              <li key={s.id} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{lotTag(s.lot)}</span></li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
