import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../app/device';
import { findItem, searchItems } from '../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../scan/scan-bus';
import { CameraButton } from '../../scan/camera';
import { ScanField } from '../../ui/ScanField';
import { itemScan } from '../restock/scan-meaning';
import { useReturnStore } from './store';

/** The returned goods' label: SKU, GTIN, or a GS1 label that also carries the lot. */
export function ItemStep() {
  const chooseItem = useReturnStore((s) => s.chooseItem);
  const [query, setQuery] = useState('');
  const matches = useLiveQuery(() => (query.length >= 1 ? searchItems(db, query, 8) : Promise.resolve([])), [query], []);
  const choose = async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = itemScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: `No item with SKU or GTIN ${meaning.code}.` };
    chooseItem(item, meaning.lot);
    return { ok: true };
  };
  useScanHandler(choose);
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
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
