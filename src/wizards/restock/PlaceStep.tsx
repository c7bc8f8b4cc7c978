// R6: placing. Slots holding the item show their lot and free capacity; the
// same lot adds to a slot, a different lot needs an empty slot; when nothing
// fits, the operator is told there is not enough space. R7: every target
// location gets its lot on its own line.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db, sync } from '../../app/device';
import { useSessionStore } from '../../app/session-store';
import { slotFit, suggestPlacement, type Item, type PlacementNeed, type Slot } from '../../domain';
import { recordOperation, type RecordResult } from '../../replica/record';
import { resendRejected, slotsOfItem, type SlotView } from '../../replica/queries';
import { useScanHandler, type ScanVerdict } from '../../scan/scan-bus';
import { QuantityStepper } from '../../ui/QuantityStepper';
import { buildRestockPayload, placementNeeds, unplacedOf } from './needs';
import { useRestockStore, type Placement } from './store';

export function PlaceStep() {
  const { item, quantity, lots, serials, placements, setPlacement, setPlacements, resendOf, saved } = useRestockStore();
  const session = useSessionStore((s) => s.session);
  // Restocked goods go into storage slots; docks and packing benches are not targets.
  const slots = useLiveQuery(
    async () => (item ? (await slotsOfItem(db, item.id)).filter((s) => s.location.type === 'storage') : []),
    [item?.id],
  );
  const needs = useMemo(() => (item ? placementNeeds(item, quantity, lots, serials) : []), [item, quantity, lots, serials]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Start from the suggested placement; the operator can change any line.
  useEffect(() => {
    if (item && slots && placements.length === 0) setPlacements(suggestPlacement(item, slots, needs).lines);
  }, [item, slots, needs, placements.length, setPlacements]);

  // Scanning a location label places what is still unplaced there, if the rules allow (R3, R6).
  useScanHandler(({ result }): ScanVerdict => {
    if (!item || !slots) return { ok: false, message: 'Slots are still loading.' };
    const code = result.ok && result.kind === 'plain' ? result.value : null;
    if (code === null) return { ok: false, message: 'Scan a location label here.' };
    const at = slots.filter((s) => s.location.code === code);
    if (at.length === 0) return { ok: false, message: `${item.sku} is not assigned to ${code}.` };
    for (const need of needs) {
      const left = unplacedOf(need, placements);
      if (left === 0) continue;
      for (const slot of at) {
        const fit = slotFit(item, withOtherLots(slot, placements, need.lot), need.lot);
        if (fit.kind !== 'same-lot' && fit.kind !== 'empty') continue;
        const mine = placements.find((p) => p.slotId === slot.id && p.lot === need.lot)?.quantity ?? 0;
        setPlacement(slot.id, need.lot, mine + Math.min(left, fit.free));
        return { ok: true };
      }
      const holding = at[0]?.lot;
      return { ok: false, message: holding ? `${code} holds lot ${holding}: only an empty slot takes another lot.` : `${code} has no room left.` };
    }
    return { ok: false, message: 'Everything is placed already.' };
  });

  if (!item || !slots || !session) return <p aria-busy="true">Loading slots…</p>;
  const shortage = suggestPlacement(item, slots, needs).unplaced;
  const complete = needs.every((n) => unplacedOf(n, placements) === 0);

  const confirm = async () => {
    // Marks for bench:client: confirm -> outbox committed -> Done screen painted.
    performance.mark('restock:confirm');
    setSaving(true);
    setError(null);
    const payload = buildRestockPayload(item, placements, slots, serials);
    const result: RecordResult = resendOf
      ? await resendRejected(db, session, resendOf, payload)
      : await recordOperation(db, session, 'restock', payload);
    setSaving(false);
    if (!result.ok) {
      setError(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      return;
    }
    performance.mark('restock:committed');
    const preview = result.preview;
    saved({ id: result.id, outcome: preview.outcome, code: preview.outcome === 'rejected' ? preview.code : preview.effects.exceptions[0]?.code ?? null });
    void sync.syncNow();
  };

  return (
    <div className="step">
      {slots.length === 0 && <p className="error" role="alert">This item is not assigned to any location. Create an assignment first.</p>}
      {shortage.length > 0 && (
        <p className="error" role="alert">
          Not enough space for {shortage.map((n) => `${n.quantity}${n.lot ? ` of lot ${n.lot}` : ''}`).join(', ')}.
          Create a new assignment or lower the quantity.
        </p>
      )}
      {needs.map((need) => (
        <NeedBlock key={need.lot ?? '(none)'} item={item} need={need} slots={slots} placements={placements} onChange={setPlacement} />
      ))}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={!complete || saving} onClick={() => void confirm()}>
        {saving ? 'Saving…' : 'Confirm restock'}
      </button>
    </div>
  );
}

interface NeedProps {
  item: Item;
  need: PlacementNeed;
  slots: SlotView[];
  placements: Placement[];
  onChange: (slotId: string, lot: string | null, quantity: number) => void;
}

/** One lot's share: which slots can take it, judged after the other lots' placements (R3). */
function NeedBlock({ item, need, slots, placements, onChange }: NeedProps) {
  const left = unplacedOf(need, placements);
  const title = need.lot ? `Lot ${need.lot}` : item.lotTracked && !item.serialized ? 'Lot unknown' : 'Units';
  return (
    <section className="need" aria-label={`Place ${title}`}>
      <h2>{title} · {need.quantity} {item.unit}</h2>
      <p className="progress">{left === 0 ? 'All placed' : `${left} left to place`}</p>
      <ul className="slots">
        {slots.map((slot) => {
          const mine = placements.find((p) => p.slotId === slot.id && p.lot === need.lot)?.quantity ?? 0;
          const fit = slotFit(item, withOtherLots(slot, placements, need.lot), need.lot);
          const where = `${slot.location.code}${slot.condition ? ` (${slot.condition})` : ''}`;
          if (fit.kind === 'other-lot' || (fit.kind === 'full' && mine === 0)) {
            return (
              <li key={slot.id} className="slot unavailable">
                <span className="where">{where}</span>
                <span>{fit.kind === 'full' ? 'Full' : fit.lot ? `Holds lot ${fit.lot}` : 'Holds stock of unknown lot'}</span>
              </li>
            );
          }
          const free = fit.kind === 'full' ? 0 : fit.free;
          return (
            <li key={slot.id} className="slot">
              <span className="where">{where}</span>
              <span className="slot-state">
                {fit.kind === 'empty' ? 'Empty' : slot.lot ? `Lot ${slot.lot}` : `${slot.quantity} in slot`} · {free} free
              </span>
              <QuantityStepper label={`Into ${where}`} value={mine} onChange={(q) => onChange(slot.id, need.lot, q)} min={0} max={Math.min(free + mine, mine + left)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The slot as it will be once the other lots' placements in it are made. */
function withOtherLots(slot: Slot, placements: Placement[], lot: string | null): Slot {
  const others = placements.filter((p) => p.slotId === slot.id && p.lot !== lot);
  return others.reduce<Slot>((s, p) => ({ ...s, quantity: Math.max(0, s.quantity) + p.quantity, lot: p.lot ?? s.lot }), slot);
}
