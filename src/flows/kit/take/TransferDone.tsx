// The Done step of move and putaway: what was saved, in big figures (item,
// lot, quantity, from, to: one line per target slot), then the kit's saved
// words and the way to the next task.
import type { Item } from '../../../domain';
import type { SavedOutcome } from '../save';
import { SavedStep } from '../SavedStep';
import { say } from '../../../words';

export interface SavedLine {
  lot: string | null;
  quantity: number;
  to: string;
}

interface Props {
  item: Item | null;
  from: string | null;
  lines: SavedLine[];
  what: string;
  again: string;
  saved: SavedOutcome | null;
  reset: () => void;
}

export function TransferDone({ item, from, lines, what, again, saved, reset }: Props) {
  return (
    <>
      {item && (
        <dl className="figures" aria-label={say('transfer.done.saved')}>
          <dt>{say('kit.label.item')}</dt><dd>{item.sku} · {item.name}</dd>
          {from && <><dt>{say('kit.label.from')}</dt><dd>{from}</dd></>}
          {lines.map((line) => (
            <div key={`${line.to}/${line.lot ?? ''}`} className="figures-line">
              <dt>{say('kit.label.quantity')}</dt><dd>{line.quantity} {item.unit}</dd>
              {line.lot && <><dt>{say('kit.label.lot')}</dt><dd>{line.lot}</dd></>}
              <dt>{say('kit.label.to')}</dt><dd>{line.to}</dd>
            </div>
          ))}
        </dl>
      )}
      <SavedStep what={what} again={again} saved={saved} reset={reset} />
    </>
  );
}
