// R15 and the scanner settings every device uses, saved as one changeSettings
// operation; devices pick them up with their next sync.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../device/device';
import { changeSettingsPayload, type Settings } from '../../domain';
import { getSettings } from '../../replica/queries';
import { say, sayIfKnown } from '../../words';
import { useRecordOp } from '../record-op';
import { useRoute } from '../../device/router';

export function SettingsScreen() {
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  // Kept here: the form is rebuilt from the settings whenever they change (also by this save).
  const [saved, setSaved] = useState(false);
  return (
    <div className="sv-screen">
      <h1>{say('console.settings.title')}</h1>
      {settings === undefined ? <p aria-busy="true">{say('console.settings.loading')}</p> : <SettingsForm key={JSON.stringify(settings)} settings={settings} saved={saved} setSaved={setSaved} />}
    </div>
  );
}

function SettingsForm({ settings, saved, setSaved }: { settings: Settings; saved: boolean; setSaved: (saved: boolean) => void }) {
  const [requireLotAtPack, setRequire] = useState(settings.requireLotAtPack);
  const [gsSubstitute, setGs] = useState(settings.scanner.gsSubstitute);
  const [prefix, setPrefix] = useState(settings.scanner.prefix);
  const [suffix, setSuffix] = useState(settings.scanner.suffix);
  const [maxGap, setMaxGap] = useState(String(settings.scanner.maxGapMs));
  const [floor, setFloor] = useState(settings.floor);
  const [nearDays, setNearDays] = useState(String(settings.floor.nearExpiryDays));
  const [reviewAbove, setReviewAbove] = useState(String(settings.floor.countReviewAbove));
  const [timeZone, setTimeZone] = useState(settings.warehouse.timeZone);
  const [invalid, setInvalid] = useState<string | null>(null);
  const { run, saving, error } = useRecordOp();
  const go = useRoute((s) => s.go);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const payload = {
      requireLotAtPack, scanner: { gsSubstitute, prefix, suffix, maxGapMs: Number(maxGap) },
      floor: { ...floor, nearExpiryDays: Number(nearDays), countReviewAbove: Number(reviewAbove) },
      warehouse: { timeZone },
    };
    const checked = changeSettingsPayload.safeParse(payload);
    if (!checked.success) {
      setInvalid(checked.error.issues.map((i) => say('console.settings.invalid', { field: fieldName(String(i.path.at(-1))), reason: i.message })).join('; '));
      return;
    }
    setInvalid(null);
    const outcome = await run('changeSettings', checked.data);
    if (outcome.ok && !outcome.flagged) setSaved(true);
  };

  return (
    // noValidate: the schema's own check answers in words, naming the field (the browser's bubble would not).
    <form className="sv-form" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{say('console.zone.legend')}</legend>
        <label className="field"><span>{say('console.zone.label')}</span>
          <select value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {timeZones(timeZone).map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </select>
        </label>
        <p className="hint">{say('console.zone.hint')}</p>
      </fieldset>
      <fieldset>
        <legend>{say('console.settings.packing')}</legend>
        <label className="sv-check">
          <input type="checkbox" checked={requireLotAtPack} onChange={(e) => setRequire(e.target.checked)} />
          <span>{say('console.settings.lot-at-pack')}</span>
        </label>
        <p className="hint">{say('console.settings.lot-at-pack-hint')}</p>
      </fieldset>
      <fieldset>
        <legend>{say('console.settings.floor')}</legend>
        <label className="sv-check">
          <input type="checkbox" checked={floor.tapToConfirm} onChange={(e) => setFloor({ ...floor, tapToConfirm: e.target.checked })} />
          <span>{say('console.settings.tap-to-confirm')}</span>
        </label>
        <p className="hint">{say('console.settings.tap-to-confirm-hint')}</p>
        <label className="field"><span>{say('console.settings.expired-at-receipt')}</span>
          <select value={floor.expiredAtReceipt} onChange={(e) => setFloor({ ...floor, expiredAtReceipt: e.target.value === 'refuse' ? 'refuse' : 'warn' })}>
            <option value="warn">{say('console.settings.expired.warn')}</option>
            <option value="refuse">{say('console.settings.expired.refuse')}</option>
          </select>
        </label>
        <label className="field"><span>{say('console.settings.near-expiry')}</span>
          <input type="number" inputMode="numeric" min={0} max={365} value={nearDays} onChange={(e) => setNearDays(e.target.value)} />
        </label>
        <label className="sv-check">
          <input type="checkbox" checked={floor.blindCount} onChange={(e) => setFloor({ ...floor, blindCount: e.target.checked })} />
          <span>{say('console.settings.blind-count')}</span>
        </label>
        <p className="hint">{say('console.settings.blind-count-hint')}</p>
        <label className="field"><span>{say('console.settings.review-above')}</span>
          <input type="number" inputMode="numeric" min={0} value={reviewAbove} onChange={(e) => setReviewAbove(e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{say('console.settings.scanners')}</legend>
        <label className="field"><span>{say('console.settings.gs-substitute')}</span>
          <input value={gsSubstitute} maxLength={1} onChange={(e) => setGs(e.target.value)} />
        </label>
        <label className="field"><span>{say('console.settings.prefix')}</span>
          <input value={prefix} maxLength={8} onChange={(e) => setPrefix(e.target.value)} />
        </label>
        <label className="field"><span>{say('console.settings.suffix')}</span>
          <input value={suffix} maxLength={8} onChange={(e) => setSuffix(e.target.value)} />
        </label>
        <label className="field"><span>{say('console.settings.max-gap')}</span>
          <input type="number" inputMode="numeric" min={5} max={200} value={maxGap} onChange={(e) => setMaxGap(e.target.value)} />
        </label>
        <p className="hint">{say('console.settings.max-gap-hint')}</p>
        <div className="sv-actions">
          <button type="button" className="button" onClick={() => go('scanner-card')}>{say('scanner.card.open')}</button>
          <button type="button" className="button" onClick={() => go('scanner-test')}>{say('scanner.test.open')}</button>
        </div>
      </fieldset>
      {invalid && <p role="alert" className="error">{invalid}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {saved && <p role="status" className="success">{say('console.settings.saved')}</p>}
      <button type="submit" className="button primary" disabled={saving}>{say(saving ? 'kit.saving' : 'console.settings.save')}</button>
    </form>
  );
}

/** A setting's name as the form calls it; a field without one (none today) by its name in the schema. */
/** Every zone the browser knows (IANA names, as the server checks them), the current one first if it is not among them. */
function timeZones(current: string): string[] {
  const known = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return known.includes(current) ? known : [current, ...known];
}

function fieldName(field: string): string {
  return sayIfKnown(`console.settings.field.${field}`) ?? field;
}
