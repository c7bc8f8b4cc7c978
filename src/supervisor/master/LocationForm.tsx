// Create or edit one location; deactivate rather than delete.
import { useEffect, useState } from 'react';
import type { LocationType } from '../../domain';
import type { LocationInput } from '../../domain/masterdata';
import { errorText } from '../../net/api';
import { list } from './api';
import { carryOutcome, fieldErrors, useGo, useSave } from './common';
import { MasterFormFooter } from './MasterFormFooter';
import { Text } from './ItemForm';
import { TYPE_WORDS } from './LocationsScreen';

export function LocationForm({ code }: { code: string | null }) {
  const go = useGo();
  const [form, setForm] = useState<Required<LocationInput>>({ code: '', zone: '', type: 'storage', active: true });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(code === null);
  const [codeError, setCodeError] = useState<string | undefined>();
  const { state, save } = useSave('locations');

  useEffect(() => {
    if (code === null) return;
    list('locations', { search: code, active: '', pageSize: 100 }).then((page) => {
      const row = page.rows.find((r) => r.code === code);
      if (row) setForm({ code: row.code, zone: row.zone, type: row.type, active: row.active });
      else setLoadError(`No location with code ${code}.`);
      setLoaded(true);
    }, (error: unknown) => setLoadError(errorText(error)));
  }, [code]);

  const submit = async (values: Required<LocationInput>) => {
    const trimmed = { ...values, code: values.code.trim(), zone: values.zone.trim() };
    if (trimmed.code === '') { setCodeError('Enter the code printed on the label.'); return; }
    setCodeError(undefined);
    const response = await save([trimmed]);
    if (response && response.results[0]?.status !== 'error' && code === null) {
      carryOutcome('locations', { phase: 'done', response });
      go('locations', trimmed.code);
    }
  };
  const errors = fieldErrors(state);
  if (loadError) return <p role="alert" className="error">{loadError}</p>;
  if (!loaded) return <p aria-busy="true">Loading…</p>;
  return (
    <form className="master-form" aria-label={code ? `Location ${code}` : 'New location'} onSubmit={(e) => { e.preventDefault(); void submit(form); }}>
      <h2>{code ? `Location ${code}` : 'New location'}{code && !form.active && <span className="tag off">deactivated</span>}</h2>
      <div className="form-grid">
        <Text label="Code" hint="as printed on the label" value={form.code} onChange={(v) => setForm({ ...form, code: v })} error={codeError ?? errors.code} readOnly={code !== null} />
        <Text label="Zone" value={form.zone} onChange={(v) => setForm({ ...form, zone: v })} error={errors.zone} />
        <label className="field">
          <span>Type</span>
          <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as LocationType })}>
            {Object.entries(TYPE_WORDS).map(([value, words]) => <option key={value} value={value}>{words}</option>)}
          </select>
          {errors.type && <small className="error" role="alert">{errors.type}</small>}
        </label>
      </div>
      <MasterFormFooter existing={code} one="location" active={form.active} state={state}
        onToggleActive={() => { const next = { ...form, active: !form.active }; setForm(next); void submit(next); }} />
    </form>
  );
}
