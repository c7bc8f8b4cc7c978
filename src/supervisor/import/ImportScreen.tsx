// R11: slot quantities from an Excel or CSV sheet. The preview shows each
// row's result before anything is written; Commit applies the sheet as one
// audited operation. Its id is made once per preview, so a double tap or a
// retry after a lost answer is applied once (C1).
import { useState, type FormEvent } from 'react';
import { sync } from '../../device/device';
import { errorText } from '../../net/api';
import { say } from '../../words';
import { postFile } from '../api';
import { toQuery } from '../query';
import type { ImportCommit, ImportPreview } from '../server-types';
import { importContentType } from './file-type';
import { ImportTable } from './ImportTable';

const BASE = '/api/supervisor/import/stock';

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
    setError(chosen && !importContentType(chosen.name) ? say('console.import.wrong-file') : null);
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
      setError(say('console.import.unreadable', { reason: errorText(err) }));
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
      setError(say('console.import.not-confirmed', { reason: errorText(err) }));
    } finally {
      setBusy(null);
    }
  };

  const summary = result?.summary ?? preview?.result.summary;
  const writable = preview ? preview.result.summary.set + preview.result.summary.lotChange : 0;
  return (
    <div className="sv-screen">
      <h1>{say('console.import.title')}</h1>
      <p className="hint">{say('console.import.about')}</p>
      <form className="sv-toolbar" onSubmit={(e) => void runPreview(e)}>
        <label className="field sv-grow">
          <span>{say('console.import.sheet')}</span>
          <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="button primary-small" disabled={!file || !type || busy !== null}>
          {busy === 'preview' ? say('console.import.reading') : say('console.import.preview')}
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {summary && (
        <p role="status" className={result ? 'success' : undefined} aria-label={say('console.import.summary')}>
          {say(result ? (result.duplicate ? 'console.import.summary.duplicate' : 'console.import.summary.imported') : 'console.import.summary.preview', summary)}
        </p>
      )}
      {preview && !result && (
        <div className="sv-toolbar">
          <button type="button" className="button primary-small" disabled={busy !== null || writable === 0} onClick={() => void commit()}>
            {busy === 'commit' ? say('console.import.importing') : say('console.import.commit', { rows: writable })}
          </button>
          {preview.result.summary.refused > 0 && <span className="warning">{say('console.import.refused-left-out')}</span>}
          {writable === 0 && <span className="hint">{say('console.import.nothing-to-write')}</span>}
        </div>
      )}
      {result && <button type="button" className="button" onClick={() => choose(null)}>{say('console.import.another')}</button>}
      {(result ?? preview?.result) && <ImportTable rows={(result ?? preview!.result).rows} />}
    </div>
  );
}
