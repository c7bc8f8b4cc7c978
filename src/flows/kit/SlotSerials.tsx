// Count and pick both scan a slot's serials one by one: the slot's in-stock
// serials are read live, and the step lists each scanned serial with its lot
// (and whether it is in this slot), then the slot's serials not scanned yet.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../device/device';
import { serialsInStockAt } from '../../replica/queries';
import { say } from '../../words';

export interface ScannedSerial {
  serial: string;
  lot: string | null;
  inSlot: boolean;
}

const lotTag = (lot: string | null) => (lot ? say('kit.tag.lot', { lot }) : say('kit.tag.lot-unknown'));

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
  /** How many are scanned, e.g. "3 counted". */
  progress: string;
  scannedLabel: string;
  leftHeading: string;
  leftLabel: string;
  onRemove: (serial: string) => void;
}

export function SlotSerialLists({ scanned, inSlot, progress, scannedLabel, leftHeading, leftLabel, onRemove }: Props) {
  const left = (inSlot ?? []).filter((s) => !scanned.some((c) => c.serial === s.serial));
  return (
    <>
      <p className="progress" aria-live="polite">{progress}</p>
      <ul className="lot-lines" aria-label={scannedLabel}>
        {scanned.map((s) => (
          <li key={s.serial} className="lot-line">
            <span className="lot">{s.serial}</span>
            <span className="tag">{lotTag(s.lot)}</span>
            {!s.inSlot && <span className="tag warning">{say('kit.tag.not-in-slot')}</span>}
            <button type="button" className="button danger icon" aria-label={say('kit.serial.remove', { serial: s.serial })} onClick={() => onRemove(s.serial)}>🗑</button>
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
