// Count tasks a supervisor plans (issue 16): count a location, every slot of
// an item, or every slot holding an item's lot. The server fixes the slots to
// count when the task is made; operators see open tasks on the count flow's
// first step and a task is done once each of its slots was counted. Online
// only (like reports): a task is a plan, not a fact that happened on the floor.
import { useState, type FormEvent } from 'react';
import { countTaskTarget, type CountTask, type CountTaskKind } from '../../domain';
import { errorText } from '../../net/api';
import { say, sayRich, type SentenceKey } from '../../words';
import { callJson } from '../api';
import { toQuery } from '../query';
import { localTime } from '../context';
import { useServerData } from '../use-server-data';

const KIND_WORDS: Record<CountTaskKind, SentenceKey> = {
  location: 'console.count-tasks.kind.location', item: 'console.count-tasks.kind.item', lot: 'console.count-tasks.kind.lot',
};
const STATUS_WORDS = {
  open: 'console.count-tasks.status.open', done: 'console.count-tasks.status.done', cancelled: 'console.count-tasks.status.cancelled',
} as const satisfies Record<CountTask['status'], SentenceKey>;

/** What a task counts: a location's code, an item's SKU, or an item's lot in words. */
function targetText(task: CountTask): string {
  return task.kind === 'lot' ? say('console.count-tasks.target.lot', { sku: task.sku ?? '', lot: task.lot ?? '' }) : countTaskTarget(task);
}

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
      setMessage({ ok: true, text: say('console.count-tasks.new.made', { target: targetText(task), slots: task.lines.length }) });
      setCode('');
      setLot('');
      setNote('');
      onMade();
    } catch (error) {
      setMessage({ ok: false, text: say('console.count-tasks.new.failed', { error: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sv-inline-form" aria-label={say('console.count-tasks.new.label')} onSubmit={(e) => void submit(e)}>
      <label className="field"><span>{say('console.count-tasks.new.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as CountTaskKind)}>
          {(Object.keys(KIND_WORDS) as CountTaskKind[]).map((k) => <option key={k} value={k}>{say(KIND_WORDS[k])}</option>)}
        </select>
      </label>
      <label className="field"><span>{say(kind === 'location' ? 'console.count-tasks.new.location' : 'console.count-tasks.new.item')}</span>
        <input value={code} maxLength={64} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      {kind === 'lot' && (
        <label className="field"><span>{say('console.shell.label.lot')}</span>
          <input value={lot} maxLength={64} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
      )}
      <label className="field"><span>{say('console.shell.note-optional')}</span>
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button primary-small" disabled={busy || !ready}>{say('console.count-tasks.new.submit')}</button>
      {message && <p role={message.ok ? 'status' : 'alert'} className={`sv-full ${message.ok ? 'success' : 'error'}`}>{message.text}</p>}
    </form>
  );
}

export function PlannedCounts() {
  const { data, loading, error, reload } = useServerData<{ rows: CountTask[]; total: number }>(`/api/supervisor/count-tasks${toQuery({ pageSize: 200 })}`);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const cancel = async (task: CountTask) => {
    try {
      await callJson(`/api/supervisor/count-tasks/${encodeURIComponent(task.id)}/cancel`, { method: 'POST', json: {} });
      setCancelError(null);
      reload();
    } catch (e) {
      setCancelError(say('console.count-tasks.cancel-failed', { error: errorText(e) }));
    }
  };
  return (
    <div className="sv-screen">
      <h2>{say('console.count-tasks.planned.title')}</h2>
      <p className="hint">{say('console.count-tasks.planned.hint')}</p>
      <NewTaskForm onMade={reload} />
      {loading && !data && <p aria-busy="true">{say('console.count-tasks.planned.loading')}</p>}
      {error && <p role="alert" className="error">{say('console.count-tasks.planned.load-failed', { error })}</p>}
      {cancelError && <p role="alert" className="error">{cancelError}</p>}
      {data?.rows.length === 0 && <p className="hint">{say('console.count-tasks.planned.none')}</p>}
      {data && data.rows.length > 0 && (
        <table className="sv-table" aria-label={say('console.count-tasks.planned.title')}>
          <thead>
            <tr>
              <th>{say('console.count-tasks.column.count')}</th><th>{say('console.count-tasks.column.slots')}</th>
              <th className="num">{say('console.count-tasks.column.counted')}</th><th>{say('console.shell.label.status')}</th>
              <th>{say('console.count-tasks.column.made')}</th><th>{say('console.count-tasks.column.note')}</th><th />
            </tr>
          </thead>
          <tbody>
            {data.rows.map((task) => (
              <tr key={task.id}>
                <td>{sayRich('console.count-tasks.target', { kind: say(KIND_WORDS[task.kind]), target: <strong>{targetText(task)}</strong> })}</td>
                <td>{task.lines.map((l) => `${l.locationCode} ${l.sku}${l.condition ? ` (${l.condition})` : ''}`).join(', ')}</td>
                <td className="num">{say('console.count-tasks.counted', { counted: task.lines.filter((l) => l.counted).length, total: task.lines.length })}</td>
                <td>{say(STATUS_WORDS[task.status])}</td>
                <td>{localTime(task.createdAt)}</td>
                <td>{task.note || '—'}</td>
                <td>{task.status === 'open' && <button type="button" className="button subtle" onClick={() => void cancel(task)}>{say('console.count-tasks.cancel')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
