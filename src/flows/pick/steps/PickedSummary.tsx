// The Done step's first words: what was picked in this walk (item, lot,
// quantity, where), each line as big as the figures it confirms.
import { usePickStore } from '../store';
import { say } from '../../../words';

export function PickedSummary() {
  const picked = usePickStore((s) => s.picked);
  if (picked.length === 0) return null;
  return (
    <section aria-label={say('pick.done.picked')}>
      <ul className="lot-lines">
        {picked.map((p, i) => (
          <li key={`${p.line ?? 'free'}-${i}`} className="figure-line">{say('pick.done.line', p)}</li>
        ))}
      </ul>
    </section>
  );
}
