// Import items or locations from a CSV or XLSX file: read by the server's one
// sheet reader (POST /api/supervisor/import/read, as the stock import reads
// files), each row mapped and previewed here with its problems, the good rows
// sent as bulk upserts (in chunks), and the server's answer shown row by row.
import { useState } from 'react';
import { sync } from '../../device/device';
import type { SheetTable } from '../../domain';
import type { ItemInput, LocationInput, RowResult } from '../../domain/masterdata';
import { errorText } from '../../net/api';
import { say } from '../../words';
import { postFile } from '../api';
import { importContentType } from '../import/file-type';
import { upsert } from './api';
import { describeResult, useGo } from './common';
import { mapItemRows, mapLocationRows, type Mapped, type MappedRow } from './import/map-rows';

type ImportKind = 'items' | 'locations';
/** Rows per request: well under the server's body limit, a few requests for thousands of rows. */
const CHUNK = 1000;
/** Rows shown besides every refused one: a 10,000-row file stays quick to preview. */
const SHOW_GOOD = 200;

/** A file's header and rows as the server reads it; a file of another name is sent as bytes, and the server tells what it is. */
function readTable(file: File): Promise<SheetTable> {
  return postFile<SheetTable>('/api/supervisor/import/read', file, importContentType(file.name) ?? 'application/octet-stream');
}

type Sent = { line: number; result: RowResult };

/** Every refused row, and the first SHOW_GOOD of the others. */
function rowsToShow<T extends { line: number; input: unknown }>(rows: T[], answers: Map<number, Sent>): T[] {
  const shown: T[] = [];
  let good = 0;
  for (const row of rows) {
    const refused = row.input === null || answers.get(row.line)?.result.status === 'error';
    if (refused || good < SHOW_GOOD) shown.push(row);
    if (!refused) good += 1;
  }
  return shown;
}

export function ImportScreen({ kind }: { kind: ImportKind }) {
  const go = useGo();
  const [fileName, setFileName] = useState<string | null>(null);
  const [mapped, setMapped] = useState<Mapped<ItemInput> | Mapped<LocationInput> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<Sent[] | null>(null);

  const choose = async (file: File | undefined) => {
    setMapped(null);
    setSent(null);
    setProblem(null);
    if (!file) return;
    setFileName(file.name);
    try {
      const table = await readTable(file);
      setMapped(kind === 'items' ? mapItemRows(table) : mapLocationRows(table));
    } catch (error) {
      setProblem(say('console.master.import.unreadable', { reason: errorText(error) }));
    }
  };

  const send = async () => {
    if (!mapped) return;
    const good = mapped.rows.filter((r) => r.input !== null);
    setSending(true);
    setProblem(null);
    const answers: Sent[] = [];
    try {
      for (let at = 0; at < good.length; at += CHUNK) {
        const chunk = good.slice(at, at + CHUNK);
        const response = kind === 'items'
          ? await upsert('items', chunk.map((r) => r.input as ItemInput))
          : await upsert('locations', chunk.map((r) => r.input as LocationInput));
        for (const result of response.results) answers.push({ line: chunk[result.index]?.line ?? 0, result });
        setSent([...answers]);
      }
      void sync.syncNow();
    } catch (error) {
      setProblem(say('console.master.import.stopped', { answered: answers.length, rows: good.length, reason: errorText(error).replace(/\.$/, '') }));
    } finally {
      setSending(false);
    }
  };

  const good = mapped?.rows.filter((r) => r.input !== null).length ?? 0;
  const bad = (mapped?.rows.length ?? 0) - good;
  const answers = new Map((sent ?? []).map((s) => [s.line, s]));
  const shownRows = rowsToShow<MappedRow<unknown>>(mapped?.rows ?? [], answers);
  const hidden = (mapped?.rows.length ?? 0) - shownRows.length;
  const counts = sent && sent.reduce<Record<string, number>>((n, s) => ({ ...n, [s.result.status]: (n[s.result.status] ?? 0) + 1 }), {});
  return (
    <div className="master-import">
      <div className="toolbar" role="group" aria-label={say('console.master.import.what')}>
        <button type="button" className="button" aria-pressed={kind === 'items'} onClick={() => go('import', 'items')}>{say('console.master.section.items')}</button>
        <button type="button" className="button" aria-pressed={kind === 'locations'} onClick={() => go('import', 'locations')}>{say('console.master.section.locations')}</button>
      </div>
      <p className="hint">{say('console.master.import.columns', { columns: say(`console.master.import.${kind}.columns`) })}</p>
      <label className="field file">
        <span>{say(`console.master.import.${kind}.file`)}</span>
        <input type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {problem && <p role="alert" className="error">{problem}</p>}
      {mapped && mapped.missing.length > 0 && (
        <p role="alert" className="error">{say('console.master.import.missing', { file: fileName ?? '', columns: mapped.missing })}</p>
      )}
      {mapped && mapped.ignored.length > 0 && <p className="hint">{say('console.master.import.ignored', { columns: mapped.ignored })}</p>}
      {mapped && mapped.missing.length === 0 && (
        <>
          <p className="progress" aria-live="polite">{say('console.master.import.ready', { good, bad })}</p>
          {!sent && (
            <button type="button" className="button primary" disabled={good === 0 || sending} onClick={() => void send()}>
              {sending ? say('console.master.import.importing') : say('console.master.import.send', { rows: good })}
            </button>
          )}
          {counts && (
            <p role="status" className={counts.error ? 'warning' : 'success'}>
              {say('console.master.import.done', { created: counts.created ?? 0, updated: counts.updated ?? 0, unchanged: counts.unchanged ?? 0, refused: counts.error ?? 0 })}
            </p>
          )}
          <table className="rows preview" aria-label={say('console.master.import.preview')}>
            <thead>
              <tr>
                <th scope="col">{say('console.master.import.line')}</th>
                <th scope="col">{say(kind === 'items' ? 'console.master.import.column.sku' : 'console.master.import.column.code')}</th>
                <th scope="col">{say('console.master.import.result')}</th>
              </tr>
            </thead>
            <tbody>
              {shownRows.map((row) => {
                const answer = answers.get(row.line);
                const status = answer ? answer.result.status : row.input ? 'ready' : 'error';
                return (
                  <tr key={row.line} className={`row-${status}`}>
                    <td>{row.line}</td>
                    <td>{row.key || '—'}</td>
                    <td>
                      {answer ? describeResult(answer.result) : row.input ? say('console.master.import.row-ready') : row.errors.map((e) => e.message).join('; ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {hidden > 0 && <p className="hint">{say('console.master.import.not-listed', { rows: hidden })}</p>}
        </>
      )}
    </div>
  );
}
