// Create or edit one item. Deactivating keeps the item (and its history);
// a deactivated item can be activated again.
import { useEffect, useState } from 'react';
import { list } from './api';
import { carryOutcome, fieldErrors, useGo, useSave } from './common';
import { MasterFormFooter } from './MasterFormFooter';
import { EMPTY_ITEM, formToItem, itemToForm, type ItemFormValues } from './item-form';
import { errorText } from '../../net/api';
import { say } from '../../words';

export function ItemForm({ sku }: { sku: string | null }) {
  const go = useGo();
  const [form, setForm] = useState<ItemFormValues>(EMPTY_ITEM);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(sku === null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const { state, save } = useSave('items');

  useEffect(() => {
    if (sku === null) return;
    list('items', { search: sku, active: '', pageSize: 50 }).then((page) => {
      const item = page.rows.find((r) => r.sku === sku);
      if (item) setForm(itemToForm(item));
      else setLoadError(say('console.master.item.none', { sku }));
      setLoaded(true);
    }, (error: unknown) => setLoadError(errorText(error)));
  }, [sku]);

  const set = <K extends keyof ItemFormValues>(key: K, value: ItemFormValues[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (values: ItemFormValues) => {
    const result = formToItem(values);
    if (!result.ok) { setLocalErrors(result.errors); return; }
    setLocalErrors({});
    const response = await save([result.input]);
    const first = response?.results[0];
    if (response && first && first.status !== 'error' && sku === null) {
      carryOutcome('items', { phase: 'done', response });
      go('items', result.input.sku);
    }
  };
  const errors = { ...fieldErrors(state), ...localErrors };

  if (loadError) return <p role="alert" className="error">{loadError}</p>;
  if (!loaded) return <p aria-busy="true">{say('kit.loading')}</p>;
  const title = sku ? say('console.master.item.title', { sku }) : say('console.master.items.new');
  return (
    <form className="master-form" aria-label={title} onSubmit={(e) => { e.preventDefault(); void submit(form); }}>
      <h2>{title}{sku && !form.active && <span className="tag off">{say('console.master.deactivated')}</span>}</h2>
      <div className="form-grid">
        <Text label={say('console.master.items.sku')} value={form.sku} onChange={(v) => set('sku', v)} error={errors.sku} readOnly={sku !== null} />
        <Text label={say('console.master.items.name')} value={form.name} onChange={(v) => set('name', v)} error={errors.name} />
        <Text label={say('console.master.item.gtins')} hint={say('console.master.item.gtins-hint')} value={form.gtins} onChange={(v) => set('gtins', v)} error={errors.gtins} inputMode="numeric" />
        <Text label={say('console.master.item.unit')} value={form.unit} onChange={(v) => set('unit', v)} error={errors.unit} />
        <Text label={say('console.master.item.shelf-life')} value={form.shelfLifeDays} onChange={(v) => set('shelfLifeDays', v)} error={errors.shelfLifeDays} inputMode="numeric" />
      </div>
      <fieldset className="flags">
        <legend>{say('console.master.item.flags')}</legend>
        <Flag label={say('console.master.item.lot-tracked')} checked={form.lotTracked} onChange={(v) => set('lotTracked', v)} />
        <Flag label={say('console.master.item.lot-at-pack')} checked={form.lotAtPack} onChange={(v) => set('lotAtPack', v)} />
        <Flag label={say('console.master.item.serialized')} checked={form.serialized} onChange={(v) => set('serialized', v)} />
        <Flag label={say('console.master.item.special-handling')} checked={form.specialHandling} onChange={(v) => set('specialHandling', v)} />
        <Flag label={say('console.master.item.durable')} checked={form.durable} onChange={(v) => set('durable', v)} />
      </fieldset>
      {form.durable && (
        <Text label={say('console.master.item.conditions')} hint={say('console.master.item.conditions-hint')} value={form.conditions} onChange={(v) => set('conditions', v)} error={errors.conditions} />
      )}
      {form.lotTracked && sku !== null && <p className="hint">{say('console.master.item.tracking-switch')}</p>}
      {errors.active && <p role="alert" className="error">{errors.active}</p>}
      <MasterFormFooter existing={sku} kind="items" active={form.active} state={state}
        onToggleActive={() => { const next = { ...form, active: !form.active }; setForm(next); void submit(next); }} />
    </form>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  readOnly?: boolean;
  inputMode?: 'numeric' | 'text';
}

export function Text({ label, value, onChange, error, hint, readOnly = false, inputMode = 'text' }: TextProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} readOnly={readOnly} inputMode={inputMode}
        autoComplete="off" spellCheck={false} aria-invalid={error ? true : undefined} />
      {hint && <small className="hint">{hint}</small>}
      {error && <small className="error" role="alert">{error}</small>}
    </label>
  );
}

export function Flag({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="flag">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
