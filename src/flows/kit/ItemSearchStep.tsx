// Assign and return both start from an item that is scanned, typed or found by
// SKU or name: one step serves both; each wizard says what its scan means and
// what choosing the item does.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../device/device';
import { isItemActive, type Item, type ScanResult } from '../../domain';
import { findItem, searchItems } from '../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../scan/scan-bus';
import { CameraButton } from '../../scan/camera';
import { ScanField } from '../../ui/ScanField';
import { say } from '../../words';

/** What a scan at the item step means: an item's SKU or GTIN (a GS1 label may also carry the lot), or a refusal. */
export type ItemScanMeaning = { kind: 'item'; code: string; lot?: string } | { kind: 'refused'; message: string };

interface Props {
  read: (result: ScanResult) => ItemScanMeaning;
  /** A scanned item comes with the lot its label carries; a searched one without. */
  onItem: (item: Item, lot?: string) => void;
  /** Tag the matches that are lot tracked or serialized. */
  showTracking?: boolean;
  /** Why this wizard cannot take the item (e.g. deactivated), or null. */
  refuse?: (item: Item) => string | null;
}

export function ItemSearchStep({ read, onItem, showTracking = false, refuse = () => null }: Props) {
  const [refusal, setRefusal] = useState<string | null>(null);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = read(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: say('scan.unknown-item', { code: meaning.code }) };
    const refused = refuse(item);
    if (refused) return { ok: false, message: refused };
    onItem(item, meaning.lot);
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {refusal && <p role="alert" className="error">{refusal}</p>}
      <ItemSearch
        showTracking={showTracking}
        onChoose={(item) => {
          const refused = refuse(item);
          setRefusal(refused);
          if (!refused) onItem(item);
        }}
      />
    </div>
  );
}

/** Items found by SKU or name in the replica, each a button that chooses it (restock's item step uses it too). */
export function ItemSearch({ onChoose, showTracking = false }: { onChoose: (item: Item) => void; showTracking?: boolean }) {
  const [query, setQuery] = useState('');
  const matches = useLiveQuery(() => (query.length >= 1 ? searchItems(db, query, 8) : Promise.resolve([])), [query], []);
  return (
    <>
      <label className="field">
        <span>{say('kit.search.label')}</span>
        <input value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" placeholder={say('kit.search.placeholder')} />
      </label>
      <ul className="choices" aria-label={say('kit.search.matches')}>
        {matches.map((item) => (
          <li key={item.id}>
            <button type="button" className="choice" onClick={() => onChoose(item)}>
              <strong>{item.sku}</strong> {item.name}
              {showTracking && item.lotTracked && <span className="tag">{say('kit.tag.lots')}</span>}
              {showTracking && item.serialized && <span className="tag">{say('kit.tag.serials')}</span>}
              {!isItemActive(item) && <span className="tag off">{say('kit.tag.deactivated')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
