// R3, R6: placement guidance as in restock. Storage slots of the item show
// their lot and free room; the same lot adds to a slot, another lot needs an
// empty slot; when nothing fits the operator is told there is not enough space.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { db } from '../../../device/device';
import { useSessionStore } from '../../../device/session-store';
import { slotFit, suggestPlacement } from '../../../domain';
import { isStorageInUse } from '../../kit/placement/storage-in-use';
import { slotsOfItem } from '../../../replica/queries';
import { NeedBlock, ShortageNotice, withOtherLots } from '../../kit/placement/NeedBlock';
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { describeCode, say } from '../../../words';
import { locationScan, slotName } from '../../move/flow';
import { checkLot } from '../../../domain';
import { putawayNeeds, unplacedOf } from '../flow';
import * as payload from '../payload';
import { useSaveOperation } from '../../kit/save';
import { usePutawayStore } from '../store';

export function PlaceStep() {
  const { item, source, scannedLot, mismatchAccepted, quantity, serials, placements, setPlacement, setPlacements, saved } = usePutawayStore();
  const session = useSessionStore((s) => s.session);
  // Storage slots only; a putaway keeps the staged condition (its payload has no target condition).
  const slots = useLiveQuery(
    async () => (item && source
      ? (await slotsOfItem(db, item.id)).filter((s) => isStorageInUse(s) && s.condition === source.condition)
      : []),
    [item?.id, source?.condition],
  );
  const needs = useMemo(
    () => (item && source ? putawayNeeds(item, source, scannedLot, quantity, serials) : []),
    [item, source, scannedLot, quantity, serials],
  );
  const { save, saving, error } = useSaveOperation('putaway', saved);

  useEffect(() => {
    if (item && slots && placements.length === 0) setPlacements(suggestPlacement(item, slots, needs).lines);
  }, [item, slots, needs, placements.length, setPlacements]);

  // A scanned location label takes what is still unplaced, when the rules allow (R3, R6).
  useScanHandler(({ result }): ScanVerdict => {
    if (!item || !slots) return { ok: false, message: say('scan.slots-loading') };
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const at = slots.filter((s) => s.location.code.toLowerCase() === meaning.code.toLowerCase());
    if (at.length === 0) return { ok: false, message: say('putaway.place.no-slot-here', { sku: item.sku, code: meaning.code }) };
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
      const holding = at[0]?.lotUnknown ? say('kit.stock-unknown-lot') : at[0]?.lot ? say('kit.tag.lot', { lot: at[0].lot }) : null;
      return { ok: false, message: holding ? say('scan.place.other-lot', { code: meaning.code, holding }) : say('scan.place.no-room', { code: meaning.code }) };
    }
    return { ok: false, message: say('scan.place.all-placed') };
  });

  if (!item || !source || !slots || !session) return <p aria-busy="true">{say('kit.loading-slots')}</p>;
  const shortage = suggestPlacement(item, slots, needs).unplaced;
  const complete = needs.every((n) => unplacedOf(n, placements) === 0);
  const check = scannedLot !== null ? checkLot(source, scannedLot) : null;

  const confirm = () => save(...payload.build(item, source, placements, slots, scannedLot, serials));

  return (
    <div className="step">
      <p className="hint">{say('putaway.place.from', { where: slotName(source) })}</p>
      {mismatchAccepted && check?.kind === 'mismatch' && (
        <p role="alert" className="warning">
          {say('putaway.place.mismatch', { location: source.location.code, expected: check.expected, found: check.found, why: describeCode('lot-mismatch') })}
        </p>
      )}
      {slots.length === 0 && <p className="error" role="alert">{say('putaway.place.no-slots')}</p>}
      <ShortageNotice shortage={shortage} />
      {needs.map((need) => (
        <NeedBlock key={need.lot ?? '(none)'} item={item} need={need} slots={slots} placements={placements} onChange={setPlacement} />
      ))}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={!complete || saving} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('putaway.place.confirm')}
      </button>
    </div>
  );
}
