// Labels for the rows chosen on the items or locations list: a printable page
// (A4, two columns) with Code 128 for locations and GS1 DataMatrix or GS1-128
// for items, optionally with a lot. Works offline: nothing is fetched.
import { useMemo, useState } from 'react';
import { useRoute } from '../device/router';
import { say } from '../words';
import { itemLabel, locationLabel, type ItemSymbology, type LabelContent } from './label-content';
import { LabelSheet } from './LabelSheet';
import { useLabelSelection } from './selection';
import './labels.css';

export function LabelsScreen() {
  const { items, locations } = useLabelSelection();
  const go = useRoute((s) => s.go);
  const [symbology, setSymbology] = useState<ItemSymbology>('gs1datamatrix');
  const [lot, setLot] = useState('');
  const results = useMemo(
    () => [...locations.map(locationLabel), ...items.map((item) => itemLabel(item, { symbology, lot }))],
    [items, locations, symbology, lot],
  );
  const labels = results.flatMap((r): LabelContent[] => (r.ok ? [r.label] : []));
  const refused = results.flatMap((r) => (r.ok ? [] : [r]));

  if (results.length === 0) {
    return (
      <div className="labels-screen">
        <p>{say('console.labels.none-selected')}</p>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => go('supervisor/master/items')}>{say('console.labels.items')}</button>
          <button type="button" className="button" onClick={() => go('supervisor/master/locations')}>{say('console.labels.locations')}</button>
        </div>
      </div>
    );
  }
  return (
    <div className="labels-screen">
      <div className="no-print">
        <p className="progress">{say(locations.length > 0 ? 'console.labels.count.locations' : 'console.labels.count.items', { count: labels.length })}</p>
        {items.length > 0 && (
          <div className="filters">
            <label className="field">
              <span>{say('console.labels.item-barcode')}</span>
              <select value={symbology} onChange={(e) => setSymbology(e.target.value as ItemSymbology)}>
                <option value="gs1datamatrix">{say('console.labels.symbology.gs1datamatrix')}</option>
                <option value="gs1-128">{say('console.labels.symbology.gs1-128')}</option>
              </select>
            </label>
            <label className="field">
              <span>{say('console.labels.lot')}</span>
              <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            </label>
          </div>
        )}
        {refused.map((r) => <p key={r.key} role="alert" className="error">{r.message}</p>)}
        <button type="button" className="button primary" disabled={labels.length === 0} onClick={() => window.print()}>{say('console.labels.print')}</button>
      </div>
      <LabelSheet labels={labels} />
    </div>
  );
}
