// R3, R6: where the staged goods go, confirmed by scanning the shelf's label:
// the suggested slot, or any other that fits (the same lot adds to a slot,
// another lot needs an empty one). Each scan places what is left, as much as
// the slot has room for; a placed amount can be changed on its stepper. A tap
// accepts a suggestion only where the floor settings allow it (tapToConfirm).
// When nothing fits the operator is told there is not enough space.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useSessionStore } from '../../../device/session-store';
import { checkLot, slotFit, suggestPlacement, tracksLotPerSlot, type PlacementLine, type Slot } from '../../../domain';
import { ShortageNotice, withOtherLots } from '../../kit/placement/NeedBlock';
import { useTapToConfirm } from '../../kit/take/use-tap-to-confirm';
import { publishScan, useScanHandler } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { describeCode, say } from '../../../words';
import { locationScan, movedLot, slotName } from '../../move/flow';
import { putawaySlots, scanShelf } from '../destination';
import { putawayNeeds, unplacedOf } from '../flow';
import * as payload from '../payload';
import { useSaveOperation } from '../../kit/save';
import { usePutawayStore } from '../store';
import { ReadAloud } from '../../kit/ReadAloud';

/** The slot as it will be once every placement into it is made. */
function afterPlacements(slot: Slot, placements: readonly PlacementLine[]): Slot {
  return placements.filter((p) => p.slotId === slot.id)
    .reduce<Slot>((s, p) => ({ ...s, quantity: Math.max(0, s.quantity) + p.quantity, lot: p.lot ?? s.lot }), slot);
}

export function PlaceStep() {
  const { item, source, scannedLot, mismatchAccepted, quantity, serials, placements, setPlacement, saved } = usePutawayStore();
  const session = useSessionStore((s) => s.session);
  const slots = useLiveQuery(async () => (item && source ? putawaySlots(item.id, source.condition) : []), [item?.id, source?.condition]);
  const tapToConfirm = useTapToConfirm();
  const needs = useMemo(
    () => (item && source ? putawayNeeds(item, source, scannedLot, quantity, serials) : []),
    [item, source, scannedLot, quantity, serials],
  );
  const { save, saving, error } = useSaveOperation('putaway', saved);

  useScanHandler(({ result }) => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    return scanShelf(meaning.code);
  });

  if (!item || !source || !slots || !session) return <p aria-busy="true">{say('kit.loading-slots')}</p>;
  const shortage = suggestPlacement(item, slots, needs).unplaced;
  const left = needs.map((n) => ({ lot: n.lot, quantity: unplacedOf(n, placements) })).filter((n) => n.quantity > 0);
  // What to scan next: the suggestion for what is still unplaced, with the placements made so far in the slots.
  const next = suggestPlacement(item, slots.map((s) => afterPlacements(s, placements)), left).lines;
  const complete = left.length === 0;
  const check = scannedLot !== null ? checkLot(source, scannedLot) : null;
  const lot = tracksLotPerSlot(item) ? movedLot(item, source, scannedLot) : null;
  const byId = new Map(slots.map((s) => [s.id, s]));
  const where = (slotId: string) => {
    const slot = byId.get(slotId);
    return slot ? slotName(slot) : slotId;
  };

  const confirm = () => save(...payload.build(item, source, placements, slots, scannedLot, serials));

  return (
    <div className="step">
      {next[0] && <ReadAloud location={byId.get(next[0].slotId)?.location.code} lot={next[0].lot} quantity={next[0].quantity} unit={item.unit} />}
      <dl className="figures">
        <dt>{say('transfer.label.moving')}</dt><dd>{item.serialized ? serials.length : quantity} {item.unit}{lot ? ` · ${say('kit.tag.lot', { lot })}` : ''}</dd>
        <dt>{say('kit.label.from')}</dt><dd>{slotName(source)}</dd>
        {next.map((line) => (
          <div key={`${line.slotId}/${line.lot ?? ''}`}>
            <dt>{say('transfer.label.scan-to')}</dt><dd>{say('transfer.suggested', { where: where(line.slotId) })} · {line.quantity}</dd>
          </div>
        ))}
      </dl>
      {!complete && <ScanField label={say('kit.field.location')} onSubmit={(code) => void publishScan(code, 'typed')} />}
      {!complete && <CameraButton />}
      {mismatchAccepted && check?.kind === 'mismatch' && (
        <p role="alert" className="warning">
          {say('putaway.place.mismatch', { location: source.location.code, expected: check.expected, found: check.found, why: describeCode('lot-mismatch') })}
        </p>
      )}
      {slots.length === 0 && <p className="error" role="alert">{say('putaway.place.no-slots')}</p>}
      <ShortageNotice shortage={shortage} />
      {tapToConfirm && next.map((line) => (
        <button key={`tap-${line.slotId}/${line.lot ?? ''}`} type="button" className="button"
          onClick={() => setPlacement(line.slotId, line.lot, (placements.find((p) => p.slotId === line.slotId && p.lot === line.lot)?.quantity ?? 0) + line.quantity)}
        >
          {say('transfer.tap-suggested', { quantity: line.quantity, where: where(line.slotId) })}
        </button>
      ))}
      {placements.length > 0 && (
        <ul className="slots" aria-label={say('transfer.placed.label')}>
          {placements.map((p) => {
            const slot = byId.get(p.slotId);
            if (!slot) return null;
            const fit = slotFit(item, withOtherLots(slot, placements, p.lot), p.lot);
            const room = fit.kind === 'same-lot' || fit.kind === 'empty' ? fit.free : p.quantity;
            const need = needs.find((n) => n.lot === p.lot);
            const max = Math.min(room, p.quantity + (need ? unplacedOf(need, placements) : 0));
            return (
              <li key={`${p.slotId}/${p.lot ?? ''}`} className="slot">
                <p className="figure-line">{say('transfer.placed.into', { where: slotName(slot) })}{p.lot ? ` · ${say('kit.tag.lot', { lot: p.lot })}` : ''}</p>
                <QuantityStepper label={say('kit.place.into', { where: slotName(slot) })} value={p.quantity} onChange={(q) => setPlacement(p.slotId, p.lot, q)} min={0} max={max} />
              </li>
            );
          })}
        </ul>
      )}
      <p className="progress">{complete ? say('kit.place.all-placed') : say('kit.place.left', { left: left.reduce((n, l) => n + l.quantity, 0) })}</p>
      <ul className="slots" aria-label={say('transfer.slots.label')}>
        {slots.map((slot) => {
          const fit = slotFit(item, afterPlacements(slot, placements), lot);
          const name = slotName(slot);
          const state = fit.kind === 'other-lot'
            ? (fit.lot ? say('kit.place.holds', { lot: fit.lot, expiry: null }) : say('kit.place.holds-unknown'))
            : fit.kind === 'full' ? say('kit.place.full')
            : `${fit.kind === 'empty' ? say('kit.place.empty') : slot.lot ? say('kit.place.slot-lot', { lot: slot.lot, expiry: null }) : say('kit.place.in-slot', { quantity: slot.quantity })} · ${say('kit.place.free', { free: fit.free })}`;
          const unavailable = !item.serialized && (fit.kind === 'other-lot' || fit.kind === 'full');
          return (
            <li key={slot.id} className={`slot${unavailable ? ' unavailable' : ''}`} aria-label={unavailable ? say('kit.place.unavailable', { where: name }) : name}>
              <span className="where">{name}</span> <span className="slot-state">{state}</span>
            </li>
          );
        })}
      </ul>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" disabled={!complete || saving} onClick={() => void confirm()}>
        {saving ? say('kit.saving') : say('putaway.place.confirm')}
      </button>
    </div>
  );
}
