import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../app/device';
import { findItem, searchItems } from '../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../scan/scan-bus';
import { CameraButton } from '../../scan/camera';
import { ScanField } from '../../ui/ScanField';
import { itemScan } from './scan-meaning';
import { useRestockStore } from './store';

export function ItemStep() {
  const { chooseItem, draft, loadDraft } = useRestockStore();
  const [orderRef, setOrderRef] = useState('');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const matches = useLiveQuery(() => (query.length >= 1 ? searchItems(db, query, 8) : Promise.resolve([])), [query], []);

  // A rejected restock being fixed: find its item and go straight to placing.
  useEffect(() => {
    if (!draft) return;
    void findItem(db, draft.item).then((item) => {
      if (item) loadDraft(item);
      else setError(`Item ${draft.item} is not known on this device.`);
    });
  }, [draft, loadDraft]);

  // A scan (wedge, camera or typed) names the item; a GS1 label also carries lot, serial and expiry.
  const choose = async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = itemScan(result);
    // A refusal's words are shown by the scan toast (ScanErrorToast).
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: `No item with SKU or GTIN ${meaning.code}.` };
    const { code: _, kind: __, ...carried } = meaning;
    chooseItem(item, orderRef.trim(), carried);
    return { ok: true };
  };
  useScanHandler(choose);

  return (
    <div className="step">
      <ScanField label="Item (scan or type SKU / GTIN)" onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {error && <p role="alert" className="error">{error}</p>}
      <label className="field">
        <span>Order reference (optional)</span>
        <input value={orderRef} onChange={(e) => setOrderRef(e.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span>Search items</span>
        <input value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" placeholder="SKU or name" />
      </label>
      <ul className="choices" aria-label="Matching items">
        {matches.map((item) => (
          <li key={item.id}>
            <button type="button" className="choice" onClick={() => chooseItem(item, orderRef.trim())}>
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
