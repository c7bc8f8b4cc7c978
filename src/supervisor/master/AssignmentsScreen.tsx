// Assignments: an item in a location (per condition for durable items) with
// its capacity, the slots the lot rules work on (R3, R6). Saving an existing
// (item, location, condition) changes its capacity.
import { useState } from 'react';
import { fieldErrors, ListStatus, SaveOutcome, useApiList, useSave } from './common';
import { Text } from './ItemForm';

export function AssignmentsScreen() {
  const [sku, setSku] = useState('');
  const [location, setLocation] = useState('');
  const [form, setForm] = useState({ sku: '', location: '', condition: '', capacity: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const { page, error, loading, reload } = useApiList('assignments', { sku: sku.trim(), location: location.trim() });
  const { state, save } = useSave('assignments');
  const errors = fieldErrors(state);

  const submit = async () => {
    const capacity = Number(form.capacity);
    if (form.sku.trim() === '' || form.location.trim() === '') { setFormError('Enter the item SKU and the location code.'); return; }
    if (!Number.isInteger(capacity) || capacity < 1) { setFormError('Capacity is a whole number of units, at least 1.'); return; }
    setFormError(null);
    const response = await save([{ sku: form.sku.trim(), location: form.location.trim(), condition: form.condition.trim(), capacity }]);
    if (response) reload();
  };

  return (
    <div className="master-list">
      <form className="master-form" aria-label="Assign an item to a location" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2>Assign an item to a location</h2>
        <div className="form-grid">
          <Text label="Item SKU" value={form.sku} onChange={(v) => setForm({ ...form, sku: v })} error={errors.sku} />
          <Text label="Location code" value={form.location} onChange={(v) => setForm({ ...form, location: v })} error={errors.location} />
          <Text label="Condition" hint="durable items only" value={form.condition} onChange={(v) => setForm({ ...form, condition: v })} error={errors.condition} />
          <Text label="Capacity" value={form.capacity} onChange={(v) => setForm({ ...form, capacity: v })} error={errors.capacity} inputMode="numeric" />
        </div>
        {formError && <p role="alert" className="error">{formError}</p>}
        <SaveOutcome state={state} />
        <button type="submit" className="button primary" disabled={state.phase === 'saving'}>Save assignment</button>
      </form>
      <div className="filters">
        <Text label="Filter by SKU" value={sku} onChange={setSku} />
        <Text label="Filter by location" value={location} onChange={setLocation} />
      </div>
      <ListStatus error={error} loading={loading} total={page?.total} shown={page?.rows.length} />
      <table className="rows" aria-label="Assignments">
        <thead>
          <tr><th scope="col">Item</th><th scope="col">Location</th><th scope="col">Condition</th><th scope="col">Capacity</th><th scope="col">In stock</th><th scope="col" /></tr>
        </thead>
        <tbody>
          {(page?.rows ?? []).map((a) => (
            <tr key={`${a.sku}|${a.location}|${a.condition}`}>
              <td><strong>{a.sku}</strong></td>
              <td>{a.location}</td>
              <td>{a.condition || '—'}</td>
              <td>{a.capacity}</td>
              <td>{a.quantity ?? '—'}{a.lot ? ` (lot ${a.lot})` : ''}</td>
              <td>
                <button type="button" className="button" aria-label={`Change ${a.sku} in ${a.location}`}
                  onClick={() => setForm({ sku: a.sku, location: a.location, condition: a.condition, capacity: String(a.capacity) })}>
                  Change
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
