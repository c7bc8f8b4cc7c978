// R4: the slot's lot and quantity are shown, never asked. A pick-list line may
// give the requested quantity: picking fewer is a short pick, allowed and
// flagged by the engine (C2).
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { ConditionChoice } from './ConditionChoice';
import { itemCode, isShortPick } from '../flow';
import { SlotFacts, useLiveSlot } from './SlotFacts';
import { usePickStore } from '../store';
import { isCodeOf } from '../../../domain';
import { say } from '../../../words';

export function QuantityStep() {
  const { item, slot, quantity, setQuantity, requested, setRequested, pickList, setPickList, listLine, toConfirm } = usePickStore();
  const live = useLiveSlot(slot);
  // Scanning the item's label again counts one more unit.
  useScanHandler(({ result }): ScanVerdict => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = itemCode(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const same = isCodeOf(item, meaning.code);
    if (!same) return { ok: false, message: say('pick.quantity.wrong-item', { sku: item.sku }) };
    setQuantity(quantity + 1);
    return { ok: true };
  });
  if (!item || !live) return <p aria-busy="true">{say('kit.loading-slot')}</p>;
  const short = isShortPick(quantity, requested);
  const canContinue = quantity > 0 || (requested !== null && requested > 0);
  return (
    <div className="step">
      <ConditionChoice />
      <SlotFacts item={item} slot={live} />
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
      <button type="button" className="button primary" onClick={toConfirm} disabled={!canContinue}>
        {say('kit.continue')}
      </button>
    </div>
  );
}
