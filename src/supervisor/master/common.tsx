// Pieces every master-data screen uses: the online gate, loading a list from
// the API, saving rows and showing the server's answer per row.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { sync } from '../../device/device';
import { useRoute } from '../../device/router';
import { useSyncStatus } from '../../device/sync-status';
import type { RowResult, UpsertResponse } from '../../domain/masterdata';
import type { Page } from '../../domain/supervisor-api';
import { errorText } from '../../net/api';
import { say } from '../../words';
import { list, upsert, type Kind } from './api';

/** The base path of the master-data screens. */
export const MASTER = 'supervisor/master';

/** Navigates to a master-data path, e.g. masterPath('items', 'MILK-1L'); keys are URL-encoded. */
export function masterPath(...segments: string[]): string {
  return [MASTER, ...segments.map((s) => encodeURIComponent(s))].join('/');
}

export function useGo(): (...segments: string[]) => void {
  const go = useRoute((s) => s.go);
  return useCallback((...segments: string[]) => go(masterPath(...segments)), [go]);
}

/** Master data lives on the server: without a connection the screen says so instead of failing later. */
export function NeedsConnection({ children }: { children: ReactNode }) {
  const { online } = useSyncStatus();
  if (online) return <>{children}</>;
  return (
    <div className="needs-connection" role="alert">
      <h2>{say('console.master.needs-connection.title')}</h2>
      <p>{say('console.master.needs-connection.why')}</p>
      <p className="hint">{say('console.master.needs-connection.floor')}</p>
    </div>
  );
}

export interface ListState<T> {
  page: Page<T> | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads one page of a kind from the API; reloads when the query changes or on reload(). */
export function useApiList<K extends Kind>(kind: K, query: Record<string, string | number | undefined>) {
  type Row = Awaited<ReturnType<typeof list<K>>>['rows'][number];
  const [round, setRound] = useState(0);
  const key = JSON.stringify(query);
  const wanted = `${key}#${round}`;
  // The answer remembers which request it is for: loading = the latest request has no answer yet.
  const [state, setState] = useState<{ for: string; page: Page<Row> | null; error: string | null }>({ for: '', page: null, error: null });
  useEffect(() => {
    let live = true;
    list(kind, JSON.parse(key) as Record<string, string>).then(
      (page) => { if (live) setState({ for: wanted, page, error: null }); },
      (error: unknown) => { if (live) setState({ for: wanted, page: null, error: errorText(error) }); },
    );
    return () => { live = false; };
  }, [kind, key, wanted]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const { page, error } = state;
  return { page, error, loading: state.for !== wanted, reload } satisfies ListState<Row>;
}

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'done'; response: UpsertResponse }
  | { phase: 'failed'; message: string };

/** Sends rows as one bulk upsert; afterwards the device pulls so its replica has the change. */
export function useSave<K extends Kind>(kind: K) {
  const [state, setState] = useState<SaveState>(() => takeCarried(kind));
  const save = useCallback(async (rows: Parameters<typeof upsert<K>>[1]): Promise<UpsertResponse | null> => {
    setState({ phase: 'saving' });
    try {
      const response = await upsert(kind, rows);
      setState({ phase: 'done', response });
      void sync.syncNow();
      return response;
    } catch (error) {
      setState({ phase: 'failed', message: errorText(error) });
      return null;
    }
  }, [kind]);
  return { state, save, reset: () => setState({ phase: 'idle' }) };
}

/**
 * The answer to a create, carried to the new row's own page (a new form
 * mounts there): shown once, then gone.
 */
const carried = new Map<Kind, SaveState>();
export function carryOutcome(kind: Kind, state: SaveState): void {
  carried.set(kind, state);
}
function takeCarried(kind: Kind): SaveState {
  const state = carried.get(kind) ?? { phase: 'idle' };
  carried.delete(kind);
  return state;
}

/** One sentence for one row's answer. */
export function describeResult(result: RowResult): string {
  const { key } = result;
  if (result.status !== 'error') return say(`console.master.result.${result.status}`, { key });
  // The server's row errors carry a field and its English words, no code (src/domain/masterdata/rows.ts).
  const why = (result.errors ?? []).map((e) => say('console.master.result.field', { field: e.field, message: e.message })).join('; ');
  return say('console.master.result.error', { key, why });
}

/** The answer to a save of one row: success as status, failure as alert with each field's reason. */
export function SaveOutcome({ state }: { state: SaveState }) {
  if (state.phase === 'saving') return <p aria-busy="true">{say('kit.saving')}</p>;
  if (state.phase === 'failed') return <p role="alert" className="error">{say('console.master.save-failed', { reason: state.message })}</p>;
  if (state.phase !== 'done') return null;
  const [first] = state.response.results;
  if (!first) return null;
  return first.status === 'error'
    ? <p role="alert" className="error">{describeResult(first)}</p>
    : <p role="status" className="success">{say('console.master.saved', { result: describeResult(first) })}</p>;
}

/** The field errors of a one-row save, by field, to show next to the inputs. */
export function fieldErrors(state: SaveState): Record<string, string> {
  if (state.phase !== 'done') return {};
  const out: Record<string, string> = {};
  for (const e of state.response.results[0]?.errors ?? []) out[e.field.split('.')[0]!] = e.message;
  return out;
}

export function ListStatus({ error, loading, total, shown }: { error: string | null; loading: boolean; total?: number; shown?: number }) {
  if (error) return <p role="alert" className="error">{say('console.master.load-failed', { reason: error })}</p>;
  if (loading) return <p aria-busy="true" className="hint">{say('kit.loading')}</p>;
  if (total !== undefined) return <p className="hint" aria-live="polite">{say('console.master.shown', { shown: shown ?? total, total })}</p>;
  return null;
}
