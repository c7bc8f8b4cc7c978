// R15 and the scanner settings every device uses, saved as one changeSettings
// operation; devices pick them up with their next sync.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../device/device';
import { changeSettingsPayload, type Settings } from '../../domain';
import { getSettings } from '../../replica/queries';
import { useRecordOp } from '../record-op';

export function SettingsScreen() {
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  // Kept here: the form is rebuilt from the settings whenever they change (also by this save).
  const [saved, setSaved] = useState(false);
  return (
    <div className="sv-screen">
      <h1>Settings</h1>
      {settings === undefined ? <p aria-busy="true">Loading settings…</p> : <SettingsForm key={JSON.stringify(settings)} settings={settings} saved={saved} setSaved={setSaved} />}
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
  const [invalid, setInvalid] = useState<string | null>(null);
  const { run, saving, error } = useRecordOp();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const payload = {
      requireLotAtPack, scanner: { gsSubstitute, prefix, suffix, maxGapMs: Number(maxGap) },
      floor: { ...floor, nearExpiryDays: Number(nearDays), countReviewAbove: Number(reviewAbove) },
    };
    const checked = changeSettingsPayload.safeParse(payload);
    if (!checked.success) {
      setInvalid(checked.error.issues.map((i) => `${FIELD[String(i.path.at(-1))] ?? String(i.path.at(-1))}: ${i.message}`).join('; '));
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
        <legend>Packing (R15)</legend>
        <label className="sv-check">
          <input type="checkbox" checked={requireLotAtPack} onChange={(e) => setRequire(e.target.checked)} />
          <span>Require lot/serial at pack</span>
        </label>
        <p className="hint">Packing asks for the lot (and serial) of each packed line of items that record lots at packing. The lot belongs to the shipment; a difference from the picked lot is shown, never blocked.</p>
      </fieldset>
      <fieldset>
        <legend>Floor</legend>
        <label className="sv-check">
          <input type="checkbox" checked={floor.tapToConfirm} onChange={(e) => setFloor({ ...floor, tapToConfirm: e.target.checked })} />
          <span>Allow a tap to confirm a suggested slot</span>
        </label>
        <p className="hint">Off (the default): the operator scans the shelf's label, so the goods are where the record says. Turn on only where shelves carry no labels.</p>
        <label className="field"><span>A lot past its expiry at receipt</span>
          <select value={floor.expiredAtReceipt} onChange={(e) => setFloor({ ...floor, expiredAtReceipt: e.target.value === 'refuse' ? 'refuse' : 'warn' })}>
            <option value="warn">Warn, and receive it</option>
            <option value="refuse">Refuse it</option>
          </select>
        </label>
        <label className="field"><span>Near expiry: days before the expiry date</span>
          <input type="number" inputMode="numeric" min={0} max={365} value={nearDays} onChange={(e) => setNearDays(e.target.value)} />
        </label>
        <label className="sv-check">
          <input type="checkbox" checked={floor.blindCount} onChange={(e) => setFloor({ ...floor, blindCount: e.target.checked })} />
          <span>Blind counts</span>
        </label>
        <p className="hint">Counters do not see the recorded quantity, and the count is not pre-filled.</p>
        <label className="field"><span>Send a count to a supervisor when it differs by more than (units; 0: never)</span>
          <input type="number" inputMode="numeric" min={0} value={reviewAbove} onChange={(e) => setReviewAbove(e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Scanners</legend>
        <label className="field"><span>GS substitute (one printable character)</span>
          <input value={gsSubstitute} maxLength={1} onChange={(e) => setGs(e.target.value)} />
        </label>
        <label className="field"><span>Prefix the scanners send</span>
          <input value={prefix} maxLength={8} onChange={(e) => setPrefix(e.target.value)} />
        </label>
        <label className="field"><span>Suffix the scanners send</span>
          <input value={suffix} maxLength={8} onChange={(e) => setSuffix(e.target.value)} />
        </label>
        <label className="field"><span>Largest gap between scanner keys (ms)</span>
          <input type="number" inputMode="numeric" min={5} max={200} value={maxGap} onChange={(e) => setMaxGap(e.target.value)} />
        </label>
        <p className="hint">Scanners type 7–8 ms apart, people 100 ms and more: keep the gap between them (30 ms by default).</p>
      </fieldset>
      {invalid && <p role="alert" className="error">{invalid}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {saved && <p role="status" className="success">Settings saved. Devices use them after their next sync.</p>}
      <button type="submit" className="button primary" disabled={saving}>{saving ? 'Saving…' : 'Save settings'}</button>
    </form>
  );
}

const FIELD: Record<string, string> = {
  gsSubstitute: 'GS substitute', prefix: 'Prefix', suffix: 'Suffix', maxGapMs: 'Largest gap',
  nearExpiryDays: 'Near expiry', countReviewAbove: 'Count review',
};
