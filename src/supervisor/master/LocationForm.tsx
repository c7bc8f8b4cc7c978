// Create or edit one location; deactivate rather than delete.
import { useEffect, useState } from 'react';
import type { LocationType } from '../../domain';
import type { LocationInput } from '../../domain/masterdata';
import { errorText } from '../../net/api';
import { say } from '../../words';
import { list } from './api';
import { carryOutcome, fieldErrors, useGo, useSave } from './common';
import { MasterFormFooter } from './MasterFormFooter';
import { Text } from './ItemForm';
import { LOCATION_TYPES, typeWords } from './LocationsScreen';

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
      else setLoadError(say('console.master.location.none', { code }));
      setLoaded(true);
    }, (error: unknown) => setLoadError(errorText(error)));
  }, [code]);

  const submit = async (values: Required<LocationInput>) => {
    const trimmed = { ...values, code: values.code.trim(), zone: values.zone.trim() };
    if (trimmed.code === '') { setCodeError(say('console.master.location.enter-code')); return; }
    setCodeError(undefined);
    const response = await save([trimmed]);
    if (response && response.results[0]?.status !== 'error' && code === null) {
      carryOutcome('locations', { phase: 'done', response });
      go('locations', trimmed.code);
    }
  };
  const errors = fieldErrors(state);
  if (loadError) return <p role="alert" className="error">{loadError}</p>;
  if (!loaded) return <p aria-busy="true">{say('kit.loading')}</p>;
  const title = code ? say('console.master.location.title', { code }) : say('console.master.locations.new');
  return (
    <form className="master-form" aria-label={title} onSubmit={(e) => { e.preventDefault(); void submit(form); }}>
      <h2>{title}{code && !form.active && <span className="tag off">{say('console.master.deactivated')}</span>}</h2>
      <div className="form-grid">
        <Text label={say('console.master.locations.code')} hint={say('console.master.location.code-hint')} value={form.code} onChange={(v) => setForm({ ...form, code: v })} error={codeError ?? errors.code} readOnly={code !== null} />
        <Text label={say('console.master.locations.zone')} value={form.zone} onChange={(v) => setForm({ ...form, zone: v })} error={errors.zone} />
        <label className="field">
          <span>{say('console.master.locations.type')}</span>
          <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as LocationType })}>
            {LOCATION_TYPES.map((type) => <option key={type} value={type}>{typeWords(type)}</option>)}
          </select>
          {errors.type && <small className="error" role="alert">{errors.type}</small>}
        </label>
      </div>
      <MasterFormFooter existing={code} kind="locations" active={form.active} state={state}
        onToggleActive={() => { const next = { ...form, active: !form.active }; setForm(next); void submit(next); }} />
    </form>
  );
}
