// R12, R15: a lot's whole story for a recall or an auditor: where it is now,
// its serials, every transaction, and every shipment that recorded it at
// packing. Typed, or scanned (a GS1 label fills the lot). Printable.
import { useState, type FormEvent } from 'react';
import { useScanHandler } from '../../scan';
import { toQuery } from '../query';
import { ExportButtons } from '../reports/ExportButtons';
import type { RecallResult } from '../server-types';
import { useServerData } from '../use-server-data';
import { LotPage } from '../lots/LotsScreen';
import { RecallReport } from './RecallReport';
import { recallTarget } from './scan-lot';
import { say } from '../../words';

const PATH = '/api/supervisor/recall';

export function RecallScreen() {
  const [lot, setLot] = useState('');
  const [item, setItem] = useState('');
  const [asked, setAsked] = useState<{ lot: string; item: string } | null>(null);
  const query = asked ? toQuery(asked) : '';
  const { data, loading, error } = useServerData<RecallResult>(asked ? `${PATH}${query}` : null);

  useScanHandler((event) => {
    const target = recallTarget(event.result);
    if (!target.ok) return target;
    setLot(target.lot);
    setItem(target.item);
    setAsked({ lot: target.lot, item: target.item });
    return { ok: true };
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (lot.trim() === '') return;
    setAsked({ lot: lot.trim(), item: item.trim() });
  };

  return (
    <div className="sv-screen sv-recall">
      <h1>{say('console.recall.title')}</h1>
      <form className="sv-filters no-print" onSubmit={submit} aria-label={say('console.recall.search')}>
        <label className="field">
          <span>{say('console.shell.label.lot')}</span>
          <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <label className="field">
          <span>{say('console.recall.item')}</span>
          <input value={item} onChange={(e) => setItem(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <div className="sv-filter-actions">
          <button type="submit" className="button primary-small" disabled={lot.trim() === ''}>{say('console.recall.find')}</button>
        </div>
      </form>
      <p className="hint no-print">{say('console.recall.hint')}</p>
      {loading && <p aria-busy="true">{say('console.recall.tracing', { lot: asked?.lot ?? '' })}</p>}
      {error && <p role="alert" className="error">{say('console.recall.failed', { error })}</p>}
      {data && (
        <>
          <div className="sv-toolbar no-print">
            <button type="button" className="button" onClick={() => window.print()}>{say('console.recall.print')}</button>
            <ExportButtons path={PATH} query={query} name={`recall-${data.lot}`} />
          </div>
          <RecallReport result={data} />
          {/* Issue 8: hold or release the lot right here, with its expiry and hold history. */}
          <div className="no-print">
            {data.items.map((i) => <LotPage key={i.itemId} sku={i.sku} lot={data.lot} />)}
          </div>
        </>
      )}
    </div>
  );
}
