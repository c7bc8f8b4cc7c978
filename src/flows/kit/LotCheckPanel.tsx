// R8a: the lot scanned on the goods against the slot's lot, shown before the
// operation can be recorded. Used by move and putaway.
import { describeCode } from '../../words';
import type { LotCheck } from '../../domain';

interface Props {
  check: LotCheck;
  onRescan: () => void;
  onAccept: (mismatch: boolean) => void;
}

export function LotCheckPanel({ check, onRescan, onAccept }: Props) {
  if (check.kind === 'match') {
    return (
      <div className="lot-check ok">
        <p role="status" className="success">Lot {check.lot} matches the slot.</p>
        <button type="button" className="button primary" onClick={() => onAccept(false)}>Continue</button>
      </div>
    );
  }
  if (check.kind === 'slot-unknown') {
    return (
      <div className="lot-check">
        <p role="status">The slot's lot is unknown: lot {check.found} from the goods is recorded.</p>
        <button type="button" className="button primary" onClick={() => onAccept(false)}>Continue</button>
      </div>
    );
  }
  return (
    <div className="lot-check mismatch" role="alert" aria-label="Lot mismatch">
      <p className="warning"><strong>Lot mismatch.</strong> The slot should hold lot <strong>{check.expected}</strong>; the goods say lot <strong>{check.found}</strong>.</p>
      <p>Check the label and scan again. If the goods really are lot {check.found}, confirm it: it is recorded as found and a supervisor is told ({describeCode('lot-mismatch')}).</p>
      <button type="button" className="button primary" onClick={onRescan}>Scan again</button>
      <button type="button" className="button danger" onClick={() => onAccept(true)}>Goods are lot {check.found}: continue anyway</button>
    </div>
  );
}
