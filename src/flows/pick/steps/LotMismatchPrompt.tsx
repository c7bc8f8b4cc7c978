// R8a, C2: the goods' label carries another lot than the slot records. Nothing
// is booked silently: the picker scans another location to take it from
// there, or records it (the same label scanned again, or this button): the
// pick then carries the scanned lot and the server opens a lot mismatch on
// the slot, flagged for a count.
import type { Item } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { say } from '../../../words';

export interface MismatchPending {
  item: Item;
  slots: SlotView[];
  /** The lot on the label. */
  lot: string;
  count: number | null;
}

export function LotMismatchPrompt({ pending, onRecord }: { pending: MismatchPending; onRecord: () => void }) {
  const slot = pending.slots[0];
  return (
    <div className="lot-mismatch" role="group" aria-label={say('pick.lot.mismatch-label')}>
      <dl className="figures">
        <dt>{say('kit.label.lot')}</dt>
        <dd data-testid="label-lot">{pending.lot}</dd>
        <dt>{say('kit.label.slot')}</dt>
        <dd>{slot ? `${slot.location.code}: ${slot.lot ?? '—'}` : '—'}</dd>
      </dl>
      <button type="button" className="button" onClick={onRecord}>{say('pick.lot.record', { lot: pending.lot })}</button>
    </div>
  );
}
