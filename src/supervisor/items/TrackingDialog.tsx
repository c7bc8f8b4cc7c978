// R1: lot tracking switched for one item or many, after the supervisor has
// read what it does to stock already on the shelves (R2).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { countTasks, type ItemOverview } from '../../replica/supervisor-queries';
import { Dialog } from '../Dialog';
import { useRecordOp } from '../record-op';
import { say } from '../../words';

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
  const what = changing.length === 1 ? changing[0]!.item.sku : say('console.items.tracking.items', { count: changing.length });
  const title = say(tracked ? 'console.items.tracking.on.title' : 'console.items.tracking.off.title', { what });

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
      <Dialog title={say(tracked ? 'console.items.tracking.on.done' : 'console.items.tracking.off.done')} onClose={onClose}>
        <p role="status" className="success">{say('console.items.tracking.saved', { what })}</p>
        {tracked && stocked.length > 0 && (
          <p>{say('console.items.tracking.count-tasks', { count: tasks.length })}</p>
        )}
        <div className="sv-actions">
          {tracked && stocked.length > 0 && (
            <button type="button" className="button primary" onClick={() => { onClose(); go('supervisor/counts'); }}>{say('console.items.tracking.see-count-tasks')}</button>
          )}
          <button type="button" className="button" onClick={onClose}>{say('console.shell.close')}</button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={changing.length === 0 ? say('console.items.tracking.nothing') : title} onClose={onClose}>
      {changing.length === 0 && <p>{say(tracked ? 'console.items.tracking.on.already' : 'console.items.tracking.off.already')}</p>}
      {changing.length > 0 && tracked && (
        stocked.length > 0 ? (
          <p className="warning">
            {stocked.length === 1
              ? say('console.items.tracking.on.stocked-one', { sku: stocked[0]!.item.sku })
              : say('console.items.tracking.on.stocked-many', { count: stocked.length })}
          </p>
        ) : <p>{say('console.items.tracking.on.unstocked')}</p>
      )}
      {changing.length > 0 && !tracked && (
        <p className="warning">{say('console.items.tracking.off.warning')}</p>
      )}
      {rows.length > changing.length && changing.length > 0 && (
        <p className="hint">{say(tracked ? 'console.items.tracking.on.unchanged' : 'console.items.tracking.off.unchanged', { count: rows.length - changing.length })}</p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="sv-actions">
        {changing.length > 0 && (
          <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
            {say(saving ? 'console.shell.saving' : tracked ? 'console.items.track' : 'console.items.stop-tracking')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>{say('console.shell.cancel')}</button>
      </div>
    </Dialog>
  );
}
