import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../app/device';
import { findItem, searchItems } from '../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../scan/scan-bus';
import { CameraButton } from '../../scan/camera';
import { ScanField } from '../../ui/ScanField';
import { itemCode } from './scan-meaning';
import { useAssignStore } from './store';

/** The item to assign: scanned, typed or searched. */
export function ItemStep() {
  const chooseItem = useAssignStore((s) => s.chooseItem);
  const [query, setQuery] = useState('');
  const matches = useLiveQuery(() => (query.length >= 1 ? searchItems(db, query, 8) : Promise.resolve([])), [query], []);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = itemCode(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: `No item with SKU or GTIN ${meaning.code}.` };
    chooseItem(item);
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label="Item (scan or type SKU / GTIN)" onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      <label className="field">
        <span>Search items</span>
        <input value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" placeholder="SKU or name" />
      </label>
      <ul className="choices" aria-label="Matching items">
        {matches.map((item) => (
          <li key={item.id}>
            <button type="button" className="choice" onClick={() => chooseItem(item)}>
              <strong>{item.sku}</strong> {item.name}
              {item.lotTracked && <span className="tag">lots</span>}
              {item.serialized && <span className="tag">serials</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
