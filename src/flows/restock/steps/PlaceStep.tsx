// R6: placing. Slots holding the item show their lot and free capacity; the
// same lot adds to a slot, a different lot needs an empty slot. R7: every
// target location gets its lot on its own line. Issue 16: each share is
// confirmed by scanning its shelf's label (another shelf that fits takes it
// there); a tap accepts the suggestion only where settings.floor.tapToConfirm
// allows it; what no shelf can take goes to a receiving dock.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { db } from '../../../device/device';
import { isStorageInUse } from '../../kit/placement/storage-in-use';
import { receivingDocks, slotsOfItem } from '../../../replica/queries';
import { NeedBlock, ShortageNotice } from '../../kit/placement/NeedBlock';
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { placementNeeds, unplacedOf } from '../flow';
import * as restockPayload from '../payload';
import { canConfirm, isDock, planPlacement, placeByScan, shelvesToScan, type Target } from '../place';
import { placeRefusal } from '../place-words';
import { useRestockStore } from '../store';
import { useFloorSettings } from '../use-floor';
import { useSaveOperation } from '../../kit/save';
import { say } from '../../../words';
import { ReadAloud } from '../../kit/ReadAloud';

export function PlaceStep() {
  const {
    item, quantity, lots, serials, placements, confirmed, setPlacement, setPlacements, placeScanned, saved, recording, purchaseOrder,
  } = useRestockStore();
  const floor = useFloorSettings();
  const all = useLiveQuery(async () => (item ? slotsOfItem(db, item.id) : []), [item?.id]);
  const docks = useLiveQuery(() => receivingDocks(db), []);
  const needs = useMemo(() => (item ? placementNeeds(item, quantity, lots, serials) : []), [item, quantity, lots, serials]);
  const plan = useMemo(() => {
    if (!item || !all || !docks) return null;
    // Restocked goods go into storage slots; a dock takes only what no shelf can.
    const shelves = all.filter(isStorageInUse);
    const dockSlots = all.filter((s) => s.location.type === 'receiving');
    return { shelves, ...planPlacement(item, shelves, needs, docks, dockSlots) };
  }, [item, all, docks, needs]);
  const targets: Target[] = useMemo(() => (plan ? [...plan.shelves, ...plan.docks] : []), [plan]);
  const { save, saving, error } = useSaveOperation('restock', (outcome) => {
    performance.mark('restock:committed');
    saved(outcome);
  });

  // Start from the suggested placement; the operator scans its shelves (or others that fit).
  useEffect(() => {
    if (plan && placements.length === 0 && plan.placements.length > 0) setPlacements(plan.placements);
  }, [plan, placements.length, setPlacements]);

  const pending = shelvesToScan(placements, confirmed, targets);
  const expected = pending[0]?.location.code;

  useScanHandler(({ result }): ScanVerdict => {
    if (!item || !plan) return { ok: false, message: say('scan.slots-loading') };
    const code = result.ok && result.kind === 'plain' ? result.value : null;
    if (code === null) {
      return { ok: false, message: expected ? say('restock.place.not-location', { expected }) : say('restock.place.not-location-done') };
    }
    const answer = placeByScan(item, targets, needs, placements, confirmed, code);
    if (answer.kind !== 'placed') return placeRefusal(answer, code, expected);
    placeScanned(answer.placements, answer.confirmed);
    return { ok: true };
  });

  if (!item || !plan) return <p aria-busy="true">{say('kit.loading-slots')}</p>;
  const complete = needs.every((n) => unplacedOf(n, placements) === 0);
  const toDock = placements.filter((p) => p.quantity > 0 && targets.some((t) => t.id === p.slotId && isDock(t)));
  // The next shelf to scan, and what goes onto it.
  const nextShare = pending[0] ? placements.find((p) => p.slotId === pending[0]!.id && p.quantity > 0) : undefined;

  const confirm = async () => {
    // Marks for bench:client: confirm -> outbox committed -> Done screen painted.
    performance.mark('restock:confirm');
    const expiries = new Map(lots.flatMap((l) => (l.expiry ? [[l.lot, l.expiry] as const] : [])));
    const payload = restockPayload.build(item, placements, targets, serials, purchaseOrder, expiries);
    recording(payload.lines);
    await save(payload);
  };

  return (
    <div className="step">
      {expected ? (
        <p className="figure-line" data-testid="scan-next">
          {pending[0] && isDock(pending[0]) ? say('restock.place.scan-dock', { code: expected }) : say('restock.place.scan-shelf', { code: expected })}
        </p>
      ) : complete && <p className="success" role="status">{say('restock.place.all-scanned')}</p>}
      {expected && <ReadAloud location={expected} lot={nextShare?.lot} quantity={nextShare?.quantity} unit={item.unit} />}
      {expected && floor.tapToConfirm && <p className="hint">{say('restock.place.tap-allowed')}</p>}
      {toDock.map((p) => {
        const dock = targets.find((t) => t.id === p.slotId)!.location.code;
        return <p key={`${p.slotId}|${p.lot ?? ''}`} className="warning" role="status">{say('restock.place.to-dock', { lot: p.lot, dock })}</p>;
      })}
      <dl className="figures" aria-label={say('restock.place.to-scan')}>
        {placements.filter((p) => p.quantity > 0).map((p) => {
          const where = targets.find((t) => t.id === p.slotId)?.location.code ?? '';
          const done = confirmed.includes(p.slotId);
          return (
            <div key={`${p.slotId}|${p.lot ?? ''}`} className={done ? 'placed scanned' : 'placed'} data-testid="placement" data-shelf={where} data-scanned={done}>
              <dt>{p.lot ? say('kit.tag.lot', { lot: p.lot }) : item.sku}</dt>
              <dd className="figure">
                {where} · {say('restock.place.units', { quantity: p.quantity, unit: item.unit })}
                {done && <span className="tag"> {say('restock.place.scanned', { code: where })}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {plan.shelves.length === 0 && plan.docks.length === 0 && <p className="error" role="alert">{say('restock.place.no-slots')}</p>}
      <ShortageNotice shortage={plan.unplaced} />
      {needs.map((need) => (
        <NeedBlock key={need.lot ?? '(none)'} item={item} need={need} slots={plan.shelves} placements={placements} onChange={setPlacement} />
      ))}
      {error && <p role="alert" className="error">{error}</p>}
      <button
        type="button" className="button primary" data-testid="confirm-restock"
        disabled={saving || !canConfirm(complete, pending.length, floor.tapToConfirm)} onClick={() => void confirm()}
      >
        {saving ? say('kit.saving') : say('restock.place.confirm')}
      </button>
    </div>
  );
}
