// R4: the slot's lot and quantity are shown, never asked. The quantity starts
// at what the task implies (the list line's remainder, no more than the slot
// holds); a label's (30)/(37) count sets it. Picking fewer than the list asks
// is a short pick, allowed and flagged by the engine (C2). Confirm pick saves
// from here: the slot, item, lot and quantity are all on this screen.
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { ConditionChoice } from './ConditionChoice';
import { itemCode, isShortPick, labelCount } from '../flow';
import { SlotFacts, useLiveSlot } from './SlotFacts';
import { usePickStore } from '../store';
import { usePickSave } from './use-pick-save';
import { isCodeOf } from '../../../domain';
import { say } from '../../../words';
import { ReadAloud } from '../../kit/ReadAloud';

export function QuantityStep() {
  const { item, slot, quantity, setQuantity, requested, setRequested, pickList, setPickList, listLine } = usePickStore();
  const live = useLiveSlot(slot);
  const { confirm, saving, error } = usePickSave();
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = itemCode(result);
    if (meaning.kind === 'refused') return { ok: false, message: say('pick.quantity.scan', { sku: item.sku }) };
    if (!isCodeOf(item, meaning.code)) return { ok: false, message: say('pick.quantity.wrong-item', { sku: item.sku }) };
    // The label's count is the quantity taken; a label without one says nothing new.
    const count = labelCount(result);
    if (count === null) return { ok: false, message: say('pick.quantity.scan', { sku: item.sku }) };
    setQuantity(count);
    const wanted = usePickStore.getState().requested;
    return isShortPick(count, wanted) ? { ok: true, warning: say('pick.quantity.short', { quantity: count, requested: wanted }) } : { ok: true };
  });
  if (!item || !live) return <p aria-busy="true">{say('kit.loading-slot')}</p>;
  const short = isShortPick(quantity, requested);
  const canConfirm = quantity > 0 || (requested !== null && requested > 0);
  return (
    <div className="step">
      <ConditionChoice />
      <SlotFacts item={item} slot={live} quantity={quantity} />
      {/* The lot to take, and how many the list asks for (a quantity being typed is not read out at each key). */}
      <ReadAloud lot={live.lot} quantity={listLine ? requested : null} unit={item.unit} />
      <QuantityStepper label={say('pick.quantity.label')} value={quantity} onChange={setQuantity} min={0} />
      <p className="hint">{item.unit}</p>
      {quantity > live.quantity && (
        <p role="alert" className="warning">{say('pick.quantity.over', { quantity: live.quantity })}</p>
      )}
      {listLine ? (
        <p className="hint" aria-label={say('pick.list.line-label')}>
          {say('pick.quantity.list-line', { list: listLine.number, line: listLine.line, requested: requested ?? 0, unit: item.unit })}
        </p>
      ) : (
        <>
          <label className="field">
            <span>{say('pick.quantity.requested')}</span>
            <input
              inputMode="numeric" pattern="[0-9]*" autoComplete="off"
              value={requested === null ? '' : String(requested)}
              onChange={(e) => {
                const digits = e.target.value.replace(/\D/g, '');
                setRequested(digits === '' ? null : Number(digits));
              }}
            />
          </label>
          <label className="field">
            <span>{say('pick.quantity.reference')}</span>
            <input value={pickList} onChange={(e) => setPickList(e.target.value)} autoComplete="off" maxLength={64} />
          </label>
        </>
      )}
      {short && <p role="status" className="warning">{say('pick.quantity.short', { quantity, requested })}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="button primary" onClick={confirm} disabled={!canConfirm || saving}>
        {saving ? say('kit.saving') : say('pick.confirm.button')}
      </button>
    </div>
  );
}
