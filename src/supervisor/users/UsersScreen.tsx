// Users (issue 17): who logs in, and the language their devices speak. A
// language set here reaches the user's devices with their next sync (the pull
// tells it), and holds offline from then on; "the device's own" leaves each
// device on the language picked on it. Server-backed (GET/PATCH/POST /api/users).
import { useState, type FormEvent } from 'react';
import { LANGUAGE_INFO, isLanguage, type Language, type Role, type UserInfo } from '../../domain';
import { errorText } from '../../net/api';
import { say } from '../../words';
import { callJson } from '../api';
import { useServerData } from '../use-server-data';


const ROLES: readonly Role[] = ['operator', 'picker', 'supervisor'];

function LanguageSelect({ value, label, onChange, disabled = false }: {
  value: Language | null; label: string; onChange: (language: Language | null) => void; disabled?: boolean;
}) {
  return (
    <select aria-label={label} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(isLanguage(e.target.value) ? e.target.value : null)}>
      <option value="">{say('console.users.language.device')}</option>
      {LANGUAGE_INFO.map((l) => <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>{l.name}</option>)}
    </select>
  );
}

function UserLine({ row, onSaved }: { row: UserInfo; onSaved: (message: string) => void }) {
  const [language, setLanguage] = useState(row.language);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = async (next: Language | null) => {
    const before = language;
    setLanguage(next);
    setSaving(true);
    setError(null);
    try {
      await callJson(`/api/users/${encodeURIComponent(row.id)}`, { method: 'PATCH', json: { language: next } });
      onSaved(say('console.users.language.saved', { name: row.name }));
    } catch (e) {
      setLanguage(before); // the select shows what the server holds, never a change that did not land
      setError(say('console.users.save-failed', { error: errorText(e) }));
    } finally {
      setSaving(false);
    }
  };
  const status = row.lockedUntil ? say('console.users.locked') : row.active ? say('console.users.active') : say('console.users.inactive');
  return (
    <tr data-active={row.active}>
      <td>{row.name}</td>
      <td className="code">{row.badge}</td>
      <td>{say(`role.${row.role}`)}</td>
      <td>{status}</td>
      <td>
        <LanguageSelect value={language} label={say('console.users.language-of', { name: row.name })} disabled={saving} onChange={(l) => void change(l)} />
        {error && <p role="alert" className="error">{error}</p>}
      </td>
    </tr>
  );
}

function AddUser({ onAdded }: { onAdded: (message: string) => void }) {
  const [draft, setDraft] = useState({ badge: '', name: '', role: 'operator' as Role, pin: '', language: null as Language | null });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await callJson('/api/users', { method: 'POST', json: draft });
      onAdded(say('console.users.created', { name: draft.name.trim(), badge: draft.badge.trim() }));
      setDraft({ badge: '', name: '', role: 'operator', pin: '', language: null });
    } catch (e) {
      // What was typed stays, so the one wrong field can be put right.
      setError(say('console.users.save-failed', { error: errorText(e) }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="sv-form sv-add-user" onSubmit={(e) => void submit(e)} aria-labelledby="sv-add-user-title">
      <h2 id="sv-add-user-title">{say('console.users.add')}</h2>
      <label className="field"><span>{say('console.users.name')}</span>
        <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} maxLength={100} required autoComplete="off" />
      </label>
      <label className="field"><span>{say('console.users.badge')}</span>
        <input value={draft.badge} onChange={(e) => setDraft({ ...draft, badge: e.target.value })} maxLength={64} required autoComplete="off" spellCheck={false} />
      </label>
      <label className="field"><span>{say('console.users.role')}</span>
        <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
          {ROLES.map((r) => <option key={r} value={r}>{say(`role.${r}`)}</option>)}
        </select>
      </label>
      <label className="field"><span>{say('console.users.pin')}</span>
        <input value={draft.pin} onChange={(e) => setDraft({ ...draft, pin: e.target.value })} inputMode="numeric" pattern="\d{4,12}" required autoComplete="new-password" />
      </label>
      <label className="field"><span>{say('console.users.language')}</span>
        <LanguageSelect value={draft.language} label={say('console.users.language')} onChange={(language) => setDraft({ ...draft, language })} />
      </label>
      <button type="submit" className="button primary-small" disabled={saving}>{say('console.users.create')}</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}

export function UsersScreen() {
  const { data, loading, error, reload } = useServerData<{ rows: UserInfo[]; total: number }>('/api/users');
  const [message, setMessage] = useState<string | null>(null);
  const saved = (text: string) => { setMessage(text); reload(); };
  return (
    <div className="sv-screen sv-users">
      <h1>{say('console.users.title')}</h1>
      <div className="sv-toolbar">
        <button type="button" className="button subtle" onClick={reload}>{say('console.users.refresh')}</button>
        {loading && <span className="hint" aria-live="polite">{say('console.users.loading')}</span>}
      </div>
      {error && <p role="alert" className="error">{say('console.users.load-failed', { error })}</p>}
      <p className="hint" role="status">{message ?? (data ? say('console.users.count', { count: data.total }) : '')}</p>
      {data && data.rows.length > 0 && (
        <div className="sv-table-wrap">
          <table className="sv-table" aria-label={say('console.users.table')}>
            <thead>
              <tr>
                <th>{say('console.users.name')}</th><th>{say('console.users.badge')}</th><th>{say('console.users.role')}</th>
                <th>{say('console.users.status')}</th><th>{say('console.users.language')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => <UserLine key={`${row.id}:${row.language ?? ''}`} row={row} onSaved={saved} />)}
            </tbody>
          </table>
        </div>
      )}
      <AddUser onAdded={saved} />
    </div>
  );
}
