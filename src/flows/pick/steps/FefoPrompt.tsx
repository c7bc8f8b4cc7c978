// FEFO at the slot: an earlier-expiring lot is available elsewhere. The picker
// goes there (scans that location, or taps Go to), or takes this lot anyway
// and says why (recorded on the pick).
import { useState } from 'react';
import type { FefoRanked, Item } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { fefoNotice } from '../../kit/lot-check';
import { usePickStore } from '../store';
import { say } from '../../../words';

export interface FefoPending {
  item: Item;
  slots: SlotView[];
  own: string | null;
  earlier: FefoRanked;
  /** What the label carried, kept for the pick when it is taken anyway. */
  lot: string | null;
  count: number | null;
}

export function FefoPrompt({ pending, onDone }: { pending: FefoPending; onDone: () => void }) {
  const { chooseItem, chooseLocation } = usePickStore();
  const [reason, setReason] = useState('');
  const here = pending.slots[0];
  const earlierSlot = pending.earlier.slot as SlotView;
  return (
    <div className="fefo" role="group" aria-label={say('pick.fefo.label')}>
      {/* The scan's answer (above the step) reads this out; here it stays beside the choice. */}
      <p className="warning">{fefoNotice(here?.lot ?? null, pending.own, pending.earlier)}</p>
      <button type="button" className="button primary" onClick={() => { onDone(); chooseLocation(earlierSlot.location); }}>
        {say('pick.fefo.go', { location: pending.earlier.locationCode })}
      </button>
      <label>
        {say('pick.fefo.reason')}
        <input type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button
        type="button" className="button" disabled={reason.trim() === ''}
        onClick={() => { onDone(); chooseItem(pending.item, pending.slots, { fefoReason: reason.trim(), lot: pending.lot, count: pending.count }); }}
      >
        {say('pick.fefo.anyway')}
      </button>
    </div>
  );
}
