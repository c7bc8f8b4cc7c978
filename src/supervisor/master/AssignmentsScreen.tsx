// Assignments: an item in a location (per condition for durable items) with
// its capacity, the slots the lot rules work on (R3, R6). Saving an existing
// (item, location, condition) changes its capacity.
import { useState } from 'react';
import { say } from '../../words';
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
    if (form.sku.trim() === '' || form.location.trim() === '') { setFormError(say('console.master.assignments.enter-keys')); return; }
    if (!Number.isInteger(capacity) || capacity < 1) { setFormError(say('console.master.assignments.whole-capacity')); return; }
    setFormError(null);
    const response = await save([{ sku: form.sku.trim(), location: form.location.trim(), condition: form.condition.trim(), capacity }]);
    if (response) reload();
  };

  return (
    <div className="master-list">
      <form className="master-form" aria-label={say('console.master.assignments.title')} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2>{say('console.master.assignments.title')}</h2>
        <div className="form-grid">
          <Text label={say('console.master.assignments.sku')} value={form.sku} onChange={(v) => setForm({ ...form, sku: v })} error={errors.sku} />
          <Text label={say('console.master.assignments.location')} value={form.location} onChange={(v) => setForm({ ...form, location: v })} error={errors.location} />
          <Text label={say('console.master.assignments.condition')} hint={say('console.master.assignments.condition-hint')} value={form.condition}
            onChange={(v) => setForm({ ...form, condition: v })} error={errors.condition} />
          <Text label={say('console.master.assignments.capacity')} value={form.capacity} onChange={(v) => setForm({ ...form, capacity: v })} error={errors.capacity} inputMode="numeric" />
        </div>
        {formError && <p role="alert" className="error">{formError}</p>}
        <SaveOutcome state={state} />
        <button type="submit" className="button primary" disabled={state.phase === 'saving'}>{say('console.master.assignments.save')}</button>
      </form>
      <div className="filters">
        <Text label={say('console.master.assignments.filter-sku')} value={sku} onChange={setSku} />
        <Text label={say('console.master.assignments.filter-location')} value={location} onChange={setLocation} />
      </div>
      <ListStatus error={error} loading={loading} total={page?.total} shown={page?.rows.length} />
      <table className="rows" aria-label={say('console.master.section.assignments')}>
        <thead>
          <tr>
            <th scope="col">{say('console.master.assignments.item')}</th><th scope="col">{say('console.master.assignments.location-column')}</th>
            <th scope="col">{say('console.master.assignments.condition')}</th><th scope="col">{say('console.master.assignments.capacity')}</th>
            <th scope="col">{say('console.master.assignments.in-stock')}</th><th scope="col" />
          </tr>
        </thead>
        <tbody>
          {(page?.rows ?? []).map((a) => (
            <tr key={`${a.sku}|${a.location}|${a.condition}`}>
              <td><strong>{a.sku}</strong></td>
              <td>{a.location}</td>
              <td>{a.condition || '—'}</td>
              <td>{a.capacity}</td>
              <td>{say('console.master.assignments.stock', { quantity: a.quantity ?? null, lot: a.lot })}</td>
              <td>
                <button type="button" className="button" aria-label={say('console.master.assignments.change-row', { sku: a.sku, location: a.location })}
                  onClick={() => setForm({ sku: a.sku, location: a.location, condition: a.condition, capacity: String(a.capacity) })}>
                  {say('console.master.assignments.change')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
