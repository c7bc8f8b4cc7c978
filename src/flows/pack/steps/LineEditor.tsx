// One packed line: quantity and, when the setting asks for it (R15, R15a),
// the lot (and the serial of a serialized unit). The picked lot is optional;
// a different lot is shown, not blocked (R15).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { lotStatus, type Settings } from '../../../domain';
import { lotRecord, todayOnDevice } from '../../../replica/lots';
import { lotRefusal } from '../../kit/lot-check';
import { publishScan } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { ScanField } from '../../../ui/ScanField';
import { asks, isLotMismatch, lineBlock } from '../flow';
import { usePackStore } from '../store';

export function LineEditor({ settings }: { settings: Settings }) {
  const { current, editLine, addLine, dropCurrent } = usePackStore();
  // A held or expired lot is not packed when the device knows (the lot packed, else the one picked).
  const lot = current ? (current.lot.trim() || current.pickedLot.trim() || null) : null;
  const record = useLiveQuery(async () => (current && lot ? (await lotRecord(db, current.item.id, lot)) ?? null : null), [current?.item.id, lot]);
  if (!current) return null;
  const asked = asks(current.item, settings);
  const refused = record ? lotRefusal(lot, lotStatus(record, todayOnDevice()), record) : null;
  const block = lineBlock(current, asked);
  return (
    <div className="line-editor" aria-label={`Line ${current.item.sku}`} role="group">
      <p className="item-line"><strong>{current.item.sku}</strong> · {current.item.name}</p>
      <QuantityStepper
        label="Quantity packed" value={current.quantity} min={1} max={asked.serial ? 1 : undefined}
        onChange={(quantity) => editLine({ quantity })}
      />
      {asked.lot && (
        <>
          <label className="field">
            <span>Lot packed</span>
            <input value={current.lot} onChange={(e) => editLine({ lot: e.target.value })} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </label>
          {asked.serial && (
            <label className="field">
              <span>Serial packed</span>
              <input value={current.serial} onChange={(e) => editLine({ serial: e.target.value })} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            </label>
          )}
          <ScanField label="Scan the lot or serial label" submitLabel="Set" autoFocus={false} onSubmit={(code) => void publishScan(code, 'typed')} />
          <label className="field">
            <span>Picked lot (optional)</span>
            <input value={current.pickedLot} onChange={(e) => editLine({ pickedLot: e.target.value })} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </label>
          {isLotMismatch(current) && (
            <p role="status" className="warning">
              Lot {current.lot.trim()} differs from the picked lot {current.pickedLot.trim()}: it is recorded on the shipment as packed.
            </p>
          )}
        </>
      )}
      {refused && <p role="alert" className="error">{refused}</p>}
      {block && <p className="hint">{block}</p>}
      <button type="button" className="button primary" disabled={block !== null || refused !== null} onClick={addLine}>Add line</button>
      <button type="button" className="button subtle" onClick={dropCurrent}>Drop this line</button>
    </div>
  );
}
