import { useState } from 'react';
import { db, sync } from '../../app/device';
import { useSessionStore } from '../../app/session-store';
import { recordOperation } from '../../replica/record';
import { useScanHandler } from '../../scan/scan-bus';
import { buildReturnPayload } from './scan-meaning';
import { useReturnStore } from './store';

export function ConfirmStep() {
  const { item, lot, slot, quantity, serials, saved } = useReturnStore();
  const session = useSessionStore((s) => s.session);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useScanHandler(() => ({ ok: false, message: 'Check the return and press Confirm return.' }));
  if (!item || !slot || !session) return <p aria-busy="true">Loading…</p>;
  const payload = buildReturnPayload({ item, lot, locationCode: slot.location.code, condition: slot.condition, quantity, serials });

  const confirm = async () => {
    setSaving(true);
    setError(null);
    const result = await recordOperation(db, session, 'return', payload);
    setSaving(false);
    if (!result.ok) {
      setError(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      return;
    }
    const preview = result.preview;
    saved({ id: result.id, outcome: preview.outcome, code: preview.outcome === 'rejected' ? preview.code : preview.effects.exceptions[0]?.code ?? null });
    void sync.syncNow();
  };

  return (
    <div className="step">
      <dl className="summary" aria-label="Return">
        <dt>Item</dt>
        <dd>{item.sku}</dd>
        {item.lotTracked && !item.serialized && <><dt>Lot</dt><dd>{lot ?? 'Unknown'}</dd></>}
        <dt>Into</dt>
        <dd>{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd>
        <dt>Quantity</dt>
        <dd>{payload.quantity} {item.unit}</dd>
      </dl>
      {item.serialized && (
        <ul className="lot-lines" aria-label="Serials">
          {serials.map((s) => <li key={s.serial} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{s.lot ? `lot ${s.lot}` : 'lot unknown'}</span></li>)}
        </ul>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={saving} onClick={() => void confirm()}>
        {saving ? 'Saving…' : 'Confirm return'}
      </button>
    </div>
  );
}
