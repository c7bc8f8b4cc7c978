// R11: slot quantities from an Excel or CSV sheet. The preview shows each
// row's result before anything is written; Commit applies the sheet as one
// audited operation. Its id is made once per preview, so a double tap or a
// retry after a lost answer is applied once (C1).
import { useState, type FormEvent } from 'react';
import { sync } from '../../device/device';
import { errorText } from '../../net/api';
import { postFile } from '../api';
import { toQuery } from '../query';
import type { ImportCommit, ImportPreview } from '../server-types';
import { importContentType } from './file-type';
import { ImportTable } from './ImportTable';

const BASE = '/api/supervisor/import/stock';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ImportScreen() {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<{ opId: string; result: ImportPreview } | null>(null);
  const [result, setResult] = useState<ImportCommit | null>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const type = file ? importContentType(file.name) : null;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    setError(chosen && !importContentType(chosen.name) ? 'Choose a .csv or .xlsx file.' : null);
  };

  const runPreview = async (e: FormEvent) => {
    e.preventDefault();
    if (!file || !type) return;
    setBusy('preview');
    setError(null);
    setResult(null);
    try {
      const answer = await postFile<ImportPreview>(`${BASE}/preview${toQuery({ file: file.name })}`, file, type);
      setPreview({ opId: crypto.randomUUID(), result: answer });
    } catch (err) {
      setError(`The sheet could not be read: ${errorText(err)}`);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file || !type || !preview || busy) return;
    setBusy('commit');
    setError(null);
    try {
      const answer = await postFile<ImportCommit>(`${BASE}/commit${toQuery({ opId: preview.opId, file: file.name })}`, file, type);
      setResult(answer);
      void sync.syncNow();
    } catch (err) {
      setError(`The import was not confirmed: ${errorText(err)} Press Commit again: it is applied once, however often it is sent.`);
    } finally {
      setBusy(null);
    }
  };

  const summary = result?.summary ?? preview?.result.summary;
  const writable = preview ? preview.result.summary.set + preview.result.summary.lotChange : 0;
  return (
    <div className="sv-screen">
      <h1>Import stock</h1>
      <p className="hint">A sheet of slot quantities: columns SKU, location, condition (optional), quantity and lot. Items that track lots need the lot on every row (R11); a lot change is written as the remove-and-place pair.</p>
      <form className="sv-toolbar" onSubmit={(e) => void runPreview(e)}>
        <label className="field sv-grow">
          <span>Sheet (.csv or .xlsx)</span>
          <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="button primary-small" disabled={!file || !type || busy !== null}>
          {busy === 'preview' ? 'Reading…' : 'Preview'}
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {summary && (
        <p role="status" className={result ? 'success' : undefined} aria-label="Import summary">
          {result ? (result.duplicate ? 'Already imported earlier (nothing applied twice): ' : 'Imported: ') : 'Preview: '}
          {plural(summary.total, 'row')} · {summary.set} set · {plural(summary.lotChange, 'lot change')} · {summary.unchanged} unchanged · {summary.refused} refused
        </p>
      )}
      {preview && !result && (
        <div className="sv-toolbar">
          <button type="button" className="button primary-small" disabled={busy !== null || writable === 0} onClick={() => void commit()}>
            {busy === 'commit' ? 'Importing…' : `Commit ${writable} ${writable === 1 ? 'row' : 'rows'}`}
          </button>
          {preview.result.summary.refused > 0 && <span className="warning">Refused rows are left out; the others go through.</span>}
          {writable === 0 && <span className="hint">Nothing to write: every row is unchanged or refused.</span>}
        </div>
      )}
      {result && <button type="button" className="button" onClick={() => choose(null)}>Import another sheet</button>}
      {(result ?? preview?.result) && <ImportTable rows={(result ?? preview!.result).rows} />}
    </div>
  );
}
