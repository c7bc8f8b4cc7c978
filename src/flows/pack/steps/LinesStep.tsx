// The shipment's lines: scan an item (a GS1 label may carry lot and serial),
// then its quantity and, where asked (R15), lot and serial.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { findItem, getSettings } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { LineEditor } from './LineEditor';
import { asks, isLotMismatch, lineScan } from '../flow';
import { usePackStore } from '../store';
import { say, sayRich } from '../../../words';

export function LinesStep() {
  const { shipment, lines, current, startLine, editLine, removeLine, toConfirm } = usePackStore();
  const settings = useLiveQuery(() => getSettings(db), []);
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!settings) return { ok: false, message: say('pack.lines.loading-settings') };
    const now = usePackStore.getState().current;
    const meaning = lineScan(result, now, now ? asks(now.item, settings) : { lot: false, serial: false });
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    if (meaning.kind === 'fill') {
      editLine({ ...(meaning.lot !== undefined ? { lot: meaning.lot } : {}), ...(meaning.serial !== undefined ? { serial: meaning.serial } : {}) });
      return { ok: true };
    }
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: say('scan.unknown-item', { code: meaning.code }) };
    startLine(item, { ...(meaning.lot !== undefined ? { lot: meaning.lot } : {}), ...(meaning.serial !== undefined ? { serial: meaning.serial } : {}) });
    return { ok: true };
  });
  if (!settings) return <p aria-busy="true">{say('kit.loading')}</p>;
  return (
    <div className="step">
      <p className="item-line">{sayRich('pack.shipment-here', { shipment: <strong>{shipment}</strong> })}</p>
      {settings.requireLotAtPack && <p className="hint">{say('pack.lines.hint')}</p>}
      {current ? <LineEditor settings={settings} /> : (
        <>
          <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
          <CameraButton />
        </>
      )}
      <ul className="lot-lines" aria-label={say('pack.lines.list')}>
        {lines.map((l) => (
          <li key={l.key} className="lot-line">
            <span className="lot">{l.item.sku} × {l.quantity}</span>
            {l.lot.trim() && <span className="tag">{say('kit.tag.lot', { lot: l.lot.trim() })}</span>}
            {l.serial.trim() && <span className="tag">{say('pack.tag.serial', { serial: l.serial.trim() })}</span>}
            {isLotMismatch(l) && <span className="tag warning">{say('pack.tag.picked', { lot: l.pickedLot.trim() })}</span>}
            <button type="button" className="button danger icon" aria-label={say('pack.lines.remove', { sku: l.item.sku })} onClick={() => removeLine(l.key)}>🗑</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" disabled={lines.length === 0 || current !== null} onClick={toConfirm}>
        {say('pack.lines.finish')}
      </button>
    </div>
  );
}
