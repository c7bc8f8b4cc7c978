// Count tasks a supervisor plans (issue 16): count a location, every slot of
// an item, or every slot holding an item's lot. The server fixes the slots to
// count when the task is made; operators see open tasks on the count flow's
// first step and a task is done once each of its slots was counted. Online
// only (like reports): a task is a plan, not a fact that happened on the floor.
import { useState, type FormEvent } from 'react';
import { countTaskTarget, type CountTask, type CountTaskKind } from '../../domain';
import { errorText } from '../../net/api';
import { callJson } from '../api';
import { useServerData } from '../use-server-data';

const KIND_WORDS: Record<CountTaskKind, string> = { location: 'Location', item: 'Item (every slot)', lot: 'Lot of an item' };
const STATUS_WORDS = { open: 'Open', done: 'Done', cancelled: 'Cancelled' } as const;

function NewTaskForm({ onMade }: { onMade: () => void }) {
  const [kind, setKind] = useState<CountTaskKind>('location');
  const [code, setCode] = useState('');
  const [lot, setLot] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const ready = code.trim() !== '' && (kind !== 'lot' || lot.trim() !== '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const body = kind === 'location' ? { kind, location: code.trim() } : kind === 'item' ? { kind, item: code.trim() } : { kind, item: code.trim(), lot: lot.trim() };
    try {
      const task = await callJson<CountTask>('/api/supervisor/count-tasks', { method: 'POST', json: { ...body, ...(note.trim() ? { note: note.trim() } : {}) } });
      setMessage({ ok: true, text: `Count task made: ${countTaskTarget(task)}, ${task.lines.length} slot${task.lines.length === 1 ? '' : 's'} to count.` });
      setCode('');
      setLot('');
      setNote('');
      onMade();
    } catch (error) {
      setMessage({ ok: false, text: `Could not make the count task: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sv-inline-form" aria-label="New count task" onSubmit={(e) => void submit(e)}>
      <label className="field"><span>Count</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as CountTaskKind)}>
          {(Object.keys(KIND_WORDS) as CountTaskKind[]).map((k) => <option key={k} value={k}>{KIND_WORDS[k]}</option>)}
        </select>
      </label>
      <label className="field"><span>{kind === 'location' ? 'Location code' : 'SKU or GTIN'}</span>
        <input value={code} maxLength={64} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      {kind === 'lot' && (
        <label className="field"><span>Lot</span>
          <input value={lot} maxLength={64} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
      )}
      <label className="field"><span>Note (optional)</span>
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button primary-small" disabled={busy || !ready}>Make count task</button>
      {message && <p role={message.ok ? 'status' : 'alert'} className={`sv-full ${message.ok ? 'success' : 'error'}`}>{message.text}</p>}
    </form>
  );
}

export function PlannedCounts() {
  const { data, loading, error, reload } = useServerData<{ rows: CountTask[]; total: number }>('/api/supervisor/count-tasks?pageSize=200');
  const [cancelError, setCancelError] = useState<string | null>(null);
  const cancel = async (task: CountTask) => {
    try {
      await callJson(`/api/supervisor/count-tasks/${encodeURIComponent(task.id)}/cancel`, { method: 'POST', json: {} });
      setCancelError(null);
      reload();
    } catch (e) {
      setCancelError(`Could not cancel the count task: ${errorText(e)}`);
    }
  };
  return (
    <div className="sv-screen">
      <h2>Planned counts</h2>
      <p className="hint">Ask for a count of a location, of every slot of an item, or of every slot holding a lot. Operators see open tasks when they start a count; a task is done once each of its slots was counted.</p>
      <NewTaskForm onMade={reload} />
      {loading && !data && <p aria-busy="true">Loading planned counts…</p>}
      {error && <p role="alert" className="error">Could not load the planned counts: {error}</p>}
      {cancelError && <p role="alert" className="error">{cancelError}</p>}
      {data?.rows.length === 0 && <p className="hint">No count task planned yet.</p>}
      {data && data.rows.length > 0 && (
        <table className="sv-table" aria-label="Planned counts">
          <thead><tr><th>Count</th><th>Slots</th><th className="num">Counted</th><th>Status</th><th>Made</th><th>Note</th><th /></tr></thead>
          <tbody>
            {data.rows.map((task) => (
              <tr key={task.id}>
                <td>{KIND_WORDS[task.kind]}: <strong>{countTaskTarget(task)}</strong></td>
                <td>{task.lines.map((l) => `${l.locationCode} ${l.sku}${l.condition ? ` (${l.condition})` : ''}`).join(', ')}</td>
                <td className="num">{task.lines.filter((l) => l.counted).length} of {task.lines.length}</td>
                <td>{STATUS_WORDS[task.status]}</td>
                <td>{new Date(task.createdAt).toLocaleString()}</td>
                <td>{task.note || '—'}</td>
                <td>{task.status === 'open' && <button type="button" className="button subtle" onClick={() => void cancel(task)}>Cancel task</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
