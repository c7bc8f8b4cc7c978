// R8: the quantity per condition and, for a tracked item with stock, its lot;
// R13: a serialized item's serials, each with its lot. Scans go to the active row.
import { useState } from 'react';
import { db } from '../../../device/device';
import type { Item } from '../../../domain';
import { findSerial } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { ScanField } from '../../../ui/ScanField';
import { addSerialCheck, rowBlock, stockScan, type ConditionRow } from '../flow';
import { useAssignStore } from '../store';
import { say } from '../../../words';

export function StockStep() {
  const { item, rows, active, setActive, editRow, addSerial, removeSerial, toConfirm } = useAssignStore();
  const [serialLot, setSerialLot] = useState('');
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const meaning = stockScan(item, result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const state = useAssignStore.getState();
    if (meaning.kind === 'lot') {
      editRow(state.active, { lot: meaning.lot });
      return { ok: true };
    }
    const lot = meaning.lot ?? serialLot;
    const known = await findSerial(db, meaning.serial);
    const refusal = addSerialCheck(item, meaning.serial, lot, state.rows, known?.status === 'in-stock');
    if (refusal) return { ok: false, message: refusal };
    if (meaning.lot) setSerialLot(meaning.lot);
    addSerial(state.active, { serial: meaning.serial, lot: item.lotTracked ? lot.trim() : null });
    return { ok: true };
  });
  if (!item) return null;
  const blocked = rows.some((r) => rowBlock(item, r) !== null);
  return (
    <div className="step">
      {item.serialized && item.lotTracked && (
        <label className="field">
          <span>{say('kit.field.next-serials-lot')}</span>
          <input value={serialLot} onChange={(e) => setSerialLot(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </label>
      )}
      {(item.serialized || item.lotTracked) && (
        <ScanField
          label={item.serialized ? say('kit.field.serial') : say('kit.field.lot-label')} submitLabel={item.serialized ? say('kit.field.add-serial') : say('kit.field.set-lot')} autoFocus={false}
          onSubmit={(code) => void publishScan(code, 'typed')}
        />
      )}
      {rows.map((row, index) => (
        <Row key={row.condition || 'default'} item={item} row={row} index={index} active={index === active} several={rows.length > 1}
          onActivate={() => setActive(index)} onEdit={(patch) => editRow(index, patch)} onRemoveSerial={(s) => removeSerial(index, s)} />
      ))}
      <button type="button" className="button primary" onClick={toConfirm} disabled={blocked}>{say('kit.continue')}</button>
    </div>
  );
}

function Row({ item, row, index, active: isActive, several, onActivate, onEdit, onRemoveSerial }: {
  item: Item; row: ConditionRow; index: number; active: boolean; several: boolean;
  onActivate: () => void; onEdit: (patch: Partial<Pick<ConditionRow, 'quantity' | 'lot'>>) => void; onRemoveSerial: (serial: string) => void;
}) {
  const block = rowBlock(item, row);
  return (
    <fieldset className={`condition-row${isActive ? ' active' : ''}`} aria-label={say('assign.stock.row', { condition: row.condition })} data-index={index}>
      {row.condition && <legend>{row.condition}</legend>}
      {several && !isActive && <button type="button" className="button" onClick={onActivate}>{say('assign.stock.scan-into', { condition: row.condition })}</button>}
      {item.serialized ? (
        <>
          <p className="progress">{say('assign.stock.serials-count', { count: row.serials.length })}</p>
          <ul className="lot-lines" aria-label={say('assign.stock.serials', { condition: row.condition })}>
            {row.serials.map((s) => (
              <li key={s.serial} className="lot-line">
                <span className="lot">{s.serial}</span>
                {s.lot && <span className="tag">{say('kit.tag.lot', { lot: s.lot })}</span>}
                <button type="button" className="button danger icon" aria-label={say('kit.serial.remove', { serial: s.serial })} onClick={() => onRemoveSerial(s.serial)}>🗑</button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <QuantityStepper label={say('assign.stock.quantity', { condition: row.condition })} value={row.quantity} onChange={(quantity) => onEdit({ quantity })} />
          {item.lotTracked && row.quantity > 0 && (
            <label className="field">
              <span>{say('assign.stock.lot', { condition: row.condition })}</span>
              <input value={row.lot} onChange={(e) => onEdit({ lot: e.target.value })} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            </label>
          )}
        </>
      )}
      {block && <p role="alert" className="error">{block}</p>}
    </fieldset>
  );
}
