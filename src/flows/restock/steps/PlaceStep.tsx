// R6: placing. Slots holding the item show their lot and free capacity; the
// same lot adds to a slot, a different lot needs an empty slot; when nothing
// fits, the operator is told there is not enough space. R7: every target
// location gets its lot on its own line.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { db } from '../../../device/device';
import { slotFit, suggestPlacement } from '../../../domain';
import { isStorageInUse } from '../../kit/placement/storage-in-use';
import { slotsOfItem } from '../../../replica/queries';
import { NeedBlock, ShortageNotice, withOtherLots } from '../../kit/placement/NeedBlock';
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { placementNeeds, unplacedOf } from '../flow';
import * as restockPayload from '../payload';
import { useRestockStore } from '../store';
import { useSaveOperation } from '../../kit/save';
import { say } from '../../../words';

export function PlaceStep() {
  const { item, quantity, lots, serials, placements, setPlacement, setPlacements, saved, purchaseOrder } = useRestockStore();
  // Restocked goods go into storage slots; docks and packing benches are not targets.
  const slots = useLiveQuery(
    async () => (item ? (await slotsOfItem(db, item.id)).filter(isStorageInUse) : []),
    [item?.id],
  );
  const needs = useMemo(() => (item ? placementNeeds(item, quantity, lots, serials) : []), [item, quantity, lots, serials]);
  const { save, saving, error } = useSaveOperation('restock', (outcome) => {
    performance.mark('restock:committed');
    saved(outcome);
  });

  // Start from the suggested placement; the operator can change any line.
  useEffect(() => {
    if (item && slots && placements.length === 0) setPlacements(suggestPlacement(item, slots, needs).lines);
  }, [item, slots, needs, placements.length, setPlacements]);

  // Scanning a location label places what is still unplaced there, if the rules allow (R3, R6).
  useScanHandler(({ result }): ScanVerdict => {
    if (!item || !slots) return { ok: false, message: say('scan.slots-loading') };
    const code = result.ok && result.kind === 'plain' ? result.value : null;
    if (code === null) return { ok: false, message: say('restock.place.scan-location') };
    const at = slots.filter((s) => s.location.code === code);
    if (at.length === 0) return { ok: false, message: say('scan.not-assigned', { sku: item.sku, code }) };
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
      return { ok: false, message: holding ? say('scan.place.other-lot', { code, holding: say('kit.tag.lot', { lot: holding }) }) : say('scan.place.no-room', { code }) };
    }
    return { ok: false, message: say('scan.place.all-placed') };
  });

  if (!item || !slots) return <p aria-busy="true">{say('kit.loading-slots')}</p>;
  const shortage = suggestPlacement(item, slots, needs).unplaced;
  const complete = needs.every((n) => unplacedOf(n, placements) === 0);

  const confirm = async () => {
    // Marks for bench:client: confirm -> outbox committed -> Done screen painted.
    performance.mark('restock:confirm');
    const expiries = new Map(lots.flatMap((l) => (l.expiry ? [[l.lot, l.expiry] as const] : [])));
    await save(restockPayload.build(item, placements, slots, serials, purchaseOrder, expiries));
  };

  return (
    <div className="step">
      {slots.length === 0 && <p className="error" role="alert">{say('restock.place.no-slots')}</p>}
      <ShortageNotice shortage={shortage} />
      {needs.map((need) => (
        <NeedBlock key={need.lot ?? '(none)'} item={item} need={need} slots={slots} placements={placements} onChange={setPlacement} />
      ))}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={!complete || saving} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('restock.place.confirm')}
      </button>
    </div>
  );
}
