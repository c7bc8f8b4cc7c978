// R1: lot tracking switched for one item or many, after the supervisor has
// read what it does to stock already on the shelves (R2).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { countTasks, type ItemOverview } from '../../replica/supervisor-queries';
import { Dialog } from '../Dialog';
import { useRecordOp } from '../record-op';

/** setLotTracking takes up to 5,000 items per operation. */
const PER_OPERATION = 5000;

interface Props {
  rows: readonly ItemOverview[];
  tracked: boolean;
  onClose: () => void;
  onSaved?: () => void;
}

export function TrackingDialog({ rows: given, tracked, onClose, onSaved }: Props) {
  // The rows as chosen when the dialog opened: the saved switch changes them underneath.
  const [rows] = useState(given);
  const go = useRoute((s) => s.go);
  const { run, saving, error } = useRecordOp();
  const [saved, setSaved] = useState(false);
  const changing = rows.filter((r) => r.item.lotTracked !== tracked);
  const stocked = changing.filter((r) => r.stock !== 0);
  const ids = new Set(changing.map((r) => r.item.id));
  const tasks = useLiveQuery(async () => (await countTasks(db)).filter((t) => ids.has(t.slot.itemId)), [saved], []);
  const what = changing.length === 1 ? changing[0]!.item.sku : `${changing.length} items`;
  const title = tracked ? `Track lots for ${what}?` : `Stop tracking lots for ${what}?`;

  const confirm = async () => {
    const skus = changing.map((r) => r.item.sku);
    for (let i = 0; i < skus.length; i += PER_OPERATION) {
      const outcome = await run('setLotTracking', { items: skus.slice(i, i + PER_OPERATION), tracked });
      if (!outcome.ok || outcome.flagged) return;
    }
    setSaved(true);
    onSaved?.();
  };

  if (saved) {
    return (
      <Dialog title={tracked ? 'Lot tracking switched on' : 'Lot tracking switched off'} onClose={onClose}>
        <p role="status" className="success">Saved for {what}. It reaches the server with the next sync.</p>
        {tracked && stocked.length > 0 && (
          <p>{tasks.length} {tasks.length === 1 ? 'slot needs' : 'slots need'} a count to set the lot of the stock already there (R2).</p>
        )}
        <div className="sv-actions">
          {tracked && stocked.length > 0 && (
            <button type="button" className="button primary" onClick={() => { onClose(); go('supervisor/counts'); }}>See count tasks</button>
          )}
          <button type="button" className="button" onClick={onClose}>Close</button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={changing.length === 0 ? 'Nothing to change' : title} onClose={onClose}>
      {changing.length === 0 && <p>{tracked ? 'All chosen items already track lots.' : 'None of the chosen items tracks lots.'}</p>}
      {changing.length > 0 && tracked && (
        stocked.length > 0 ? (
          <p className="warning">
            {stocked.length === 1 ? `${stocked[0]!.item.sku} has` : `${stocked.length} of them have`} stock in slots.
            Nobody knows the lot of that stock yet (rule R2): each of those slots gets the lot “unknown” and is listed as a
            count task. Picks from such a slot are recorded with lot unknown and flagged, until a count or an import sets its lot.
          </p>
        ) : <p>None of them has stock, so no count is needed: every lot is recorded from the next restock on.</p>
      )}
      {changing.length > 0 && !tracked && (
        <p className="warning">
          The lots of stock in their slots are forgotten and new movements are recorded without a lot. Switching tracking on
          again later makes that stock's lot unknown, and the slots will need a count (R2).
        </p>
      )}
      {rows.length > changing.length && changing.length > 0 && (
        <p className="hint">{rows.length - changing.length} of the chosen items already {tracked ? 'track lots' : 'do not track lots'} and stay as they are.</p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="sv-actions">
        {changing.length > 0 && (
          <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
            {saving ? 'Saving…' : tracked ? 'Track lots' : 'Stop tracking'}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>Cancel</button>
      </div>
    </Dialog>
  );
}
