// Import items or locations from a CSV or XLSX file: read by the server's one
// sheet reader (POST /api/supervisor/import/read, as the stock import reads
// files), each row mapped and previewed here with its problems, the good rows
// sent as bulk upserts (in chunks), and the server's answer shown row by row.
import { useState } from 'react';
import { sync } from '../../device/device';
import type { SheetTable } from '../../domain';
import type { ItemInput, LocationInput, RowResult } from '../../domain/masterdata';
import { errorText } from '../../net/api';
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

const COLUMNS: Record<ImportKind, string> = {
  items: 'SKU, Name (required); GTIN, Unit, Lot tracked, Lot at pack, Serialized, Durable, Conditions, Shelf life days, Special handling, Active',
  locations: 'Code, Type (storage, receiving/dock, packing) (required); Zone, Active',
};

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
      setProblem(`The file could not be read: ${errorText(error)}`);
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
      setProblem(`Stopped after ${answers.length} of ${good.length} rows: ${errorText(error)}. Rows already answered are saved; import the file again to send the rest (unchanged rows are skipped).`);
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
      <div className="toolbar" role="group" aria-label="What to import">
        <button type="button" className="button" aria-pressed={kind === 'items'} onClick={() => go('import', 'items')}>Items</button>
        <button type="button" className="button" aria-pressed={kind === 'locations'} onClick={() => go('import', 'locations')}>Locations</button>
      </div>
      <p className="hint">Columns: {COLUMNS[kind]}. The first row names the columns; a row whose key exists updates it.</p>
      <label className="field file">
        <span>{kind === 'items' ? 'Items file' : 'Locations file'} (CSV or XLSX)</span>
        <input type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {problem && <p role="alert" className="error">{problem}</p>}
      {mapped && mapped.missing.length > 0 && (
        <p role="alert" className="error">{fileName}: the column{mapped.missing.length > 1 ? 's' : ''} {mapped.missing.join(' and ')} {mapped.missing.length > 1 ? 'are' : 'is'} missing in the first row.</p>
      )}
      {mapped && mapped.ignored.length > 0 && <p className="hint">Ignored columns: {mapped.ignored.join(', ')}</p>}
      {mapped && mapped.missing.length === 0 && (
        <>
          <p className="progress" aria-live="polite">{good} row{good === 1 ? '' : 's'} ready, {bad} with errors</p>
          {!sent && (
            <button type="button" className="button primary" disabled={good === 0 || sending} onClick={() => void send()}>
              {sending ? 'Importing…' : `Import ${good} row${good === 1 ? '' : 's'}`}
            </button>
          )}
          {counts && (
            <p role="status" className={counts.error ? 'warning' : 'success'}>
              Imported: {counts.created ?? 0} created, {counts.updated ?? 0} updated, {counts.unchanged ?? 0} unchanged, {counts.error ?? 0} refused by the server
            </p>
          )}
          <table className="rows preview" aria-label="Preview">
            <thead><tr><th scope="col">Line</th><th scope="col">{kind === 'items' ? 'SKU' : 'Code'}</th><th scope="col">Result</th></tr></thead>
            <tbody>
              {shownRows.map((row) => {
                const answer = answers.get(row.line);
                const status = answer ? answer.result.status : row.input ? 'ready' : 'error';
                return (
                  <tr key={row.line} className={`row-${status}`}>
                    <td>{row.line}</td>
                    <td>{row.key || '—'}</td>
                    <td>
                      {answer ? describeResult(answer.result) : row.input ? 'ready' : row.errors.map((e) => e.message).join('; ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {hidden > 0 && <p className="hint">{hidden} more rows without errors are not listed.</p>}
        </>
      )}
    </div>
  );
}
