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
import { say } from '../../../words';

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
    <div className="line-editor" aria-label={say('pack.line.label', { sku: current.item.sku })} role="group">
      <p className="item-line" data-testid="pack-item"><strong>{current.item.sku}</strong> · {current.item.name}</p>
      <QuantityStepper
        label={say('pack.line.quantity')} value={current.quantity} min={1} max={asked.serial ? 1 : undefined}
        onChange={(quantity) => editLine({ quantity })}
      />
      {asked.lot && (
        <>
          <label className="field">
            <span>{say('pack.line.lot')}</span>
            <input value={current.lot} onChange={(e) => editLine({ lot: e.target.value })} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </label>
          {asked.serial && (
            <label className="field">
              <span>{say('pack.line.serial')}</span>
              <input value={current.serial} onChange={(e) => editLine({ serial: e.target.value })} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            </label>
          )}
          <ScanField label={say('pack.line.scan')} submitLabel={say('pack.line.set')} autoFocus={false} onSubmit={(code) => void publishScan(code, 'typed')} />
          <label className="field">
            <span>{say('pack.line.picked-lot')}</span>
            <input value={current.pickedLot} onChange={(e) => editLine({ pickedLot: e.target.value })} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </label>
          {isLotMismatch(current) && (
            <p role="status" className="warning">
              {say('pack.line.mismatch', { lot: current.lot.trim(), picked: current.pickedLot.trim() })}
            </p>
          )}
        </>
      )}
      {!asked.lot && current.lot.trim() !== '' && (
        // R15: not asked for, but read off the label: shown because it is recorded.
        <dl className="figures">
          <dt>{say('kit.label.lot')}</dt>
          <dd data-testid="pack-label-lot">{current.lot.trim()}</dd>
        </dl>
      )}
      {refused && <p role="alert" className="error">{refused}</p>}
      {block && <p className="hint">{block}</p>}
      <button type="button" className="button primary" disabled={block !== null || refused !== null} onClick={addLine}>{say('pack.line.add')}</button>
      <button type="button" className="button subtle" onClick={dropCurrent}>{say('pack.line.drop')}</button>
    </div>
  );
}
