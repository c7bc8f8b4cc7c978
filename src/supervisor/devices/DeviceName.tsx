// A device's name on the Devices screen (issue 16.8): what people call it,
// with its id as small print (to tell it from others on the phone's own
// settings), and a Rename form. The name is saved on the server at once
// (PATCH /api/supervisor/devices/:id): it labels lists, not stock, so it is not an operation.
import { useState, type FormEvent } from 'react';
import type { DeviceRow } from '../../domain';
import { errorText } from '../../net/api';
import { callJson } from '../api';
import { say } from '../../words';

export function DeviceName({ row, onRenamed }: { row: DeviceRow; onRenamed: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(row.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await callJson(`/api/supervisor/devices/${encodeURIComponent(row.deviceId)}`, { method: 'PATCH', json: { name: name.trim() } });
      setEditing(false);
      onRenamed();
    } catch (e) {
      setError(say('console.devices.name.failed', { error: errorText(e) }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="device-name">
      <strong className={row.name ? undefined : 'unnamed'}>{row.name ?? say('console.devices.name.unnamed')}</strong>
      <small className="device-id">{row.deviceId}</small>
      {!editing && (
        <button type="button" className="sv-link" onClick={() => { setName(row.name ?? ''); setEditing(true); }}
          aria-label={say('console.devices.name.rename-label', { name: row.name ?? row.deviceId })}>{say('console.devices.name.rename')}</button>
      )}
      {editing && (
        <form className="sv-inline-form" onSubmit={(e) => void save(e)} aria-label={say('console.devices.name.form', { id: row.deviceId })}>
          <label className="field"><span>{say('console.devices.name.field')}</span>
            <input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} autoComplete="off" spellCheck={false} autoFocus />
          </label>
          <button type="submit" className="button primary-small" disabled={saving}>{say('console.devices.name.save')}</button>
          <button type="button" className="button subtle" onClick={() => setEditing(false)}>{say('console.shell.cancel')}</button>
          <small className="hint sv-full">{say('console.devices.name.hint')}</small>
        </form>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
