// R8a: the lot scanned on the goods against the slot's lot, shown before the
// operation can be recorded. Used by move and putaway.
import { describeCode, say, sayRich } from '../../words';
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
        <p role="status" className="success">{say('kit.lot-check.match', { lot: check.lot })}</p>
        <button type="button" className="button primary" onClick={() => onAccept(false)}>{say('kit.continue')}</button>
      </div>
    );
  }
  if (check.kind === 'slot-unknown') {
    return (
      <div className="lot-check">
        <p role="status">{say('kit.lot-check.slot-unknown', { found: check.found })}</p>
        <button type="button" className="button primary" onClick={() => onAccept(false)}>{say('kit.continue')}</button>
      </div>
    );
  }
  return (
    <div className="lot-check mismatch" role="alert" aria-label={say('kit.lot-check.mismatch-label')}>
      <p className="warning">
        {sayRich('kit.lot-check.mismatch', {
          title: <strong>{say('kit.lot-check.mismatch-title')}</strong>, expected: <strong>{check.expected}</strong>, found: <strong>{check.found}</strong>,
        })}
      </p>
      <p>{say('kit.lot-check.mismatch-advice', { found: check.found, why: describeCode('lot-mismatch') })}</p>
      <button type="button" className="button primary" onClick={onRescan}>{say('kit.lot-check.rescan')}</button>
      <button type="button" className="button danger" onClick={() => onAccept(true)}>{say('kit.lot-check.accept', { found: check.found })}</button>
    </div>
  );
}
