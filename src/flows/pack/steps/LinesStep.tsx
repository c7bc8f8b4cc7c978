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

export function LinesStep() {
  const { shipment, lines, current, startLine, editLine, removeLine, toConfirm } = usePackStore();
  const settings = useLiveQuery(() => getSettings(db), []);
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!settings) return { ok: false, message: 'Loading the settings…' };
    const now = usePackStore.getState().current;
    const meaning = lineScan(result, now, now ? asks(now.item, settings) : { lot: false, serial: false });
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    if (meaning.kind === 'fill') {
      editLine({ ...(meaning.lot !== undefined ? { lot: meaning.lot } : {}), ...(meaning.serial !== undefined ? { serial: meaning.serial } : {}) });
      return { ok: true };
    }
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: `No item with SKU or GTIN ${meaning.code}.` };
    startLine(item, { ...(meaning.lot !== undefined ? { lot: meaning.lot } : {}), ...(meaning.serial !== undefined ? { serial: meaning.serial } : {}) });
    return { ok: true };
  });
  if (!settings) return <p aria-busy="true">Loading…</p>;
  return (
    <div className="step">
      <p className="item-line">Shipment <strong>{shipment}</strong></p>
      {settings.requireLotAtPack && <p className="hint">Lots (and serials) are recorded at packing for items that require them.</p>}
      {current ? <LineEditor settings={settings} /> : (
        <>
          <ScanField label="Item (scan or type SKU / GTIN)" onSubmit={(code) => void publishScan(code, 'typed')} />
          <CameraButton />
        </>
      )}
      <ul className="lot-lines" aria-label="Packed lines">
        {lines.map((l) => (
          <li key={l.key} className="lot-line">
            <span className="lot">{l.item.sku} × {l.quantity}</span>
            {l.lot.trim() && <span className="tag">lot {l.lot.trim()}</span>}
            {l.serial.trim() && <span className="tag">serial {l.serial.trim()}</span>}
            {isLotMismatch(l) && <span className="tag warning">picked {l.pickedLot.trim()}</span>}
            <button type="button" className="button danger icon" aria-label={`Remove line ${l.item.sku}`} onClick={() => removeLine(l.key)}>🗑</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" disabled={lines.length === 0 || current !== null} onClick={toConfirm}>
        Finish packing
      </button>
    </div>
  );
}
