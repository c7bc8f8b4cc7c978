// The counted quantity: big minus and plus around a number, like the shared
// stepper, but it may be empty (a blind count starts with nothing entered, so
// a quick Finish cannot record the recorded figure or 0 unseen).
import type { Counted } from '../flow';
import { say } from '../../../words';

export function CountedQuantity({ value, onChange }: { value: Counted; onChange: (value: Counted) => void }) {
  const label = say('count.count.quantity');
  const set = (next: number) => onChange(Math.max(0, Math.min(1_000_000, Math.trunc(next))));
  return (
    <div className="stepper" role="group" aria-label={label}>
      <button type="button" className="stepper-button" aria-label={say('ui.stepper.less', { label })} onClick={() => set((value ?? 0) - 1)} disabled={value === null || value <= 0}>
        −
      </button>
      <input
        className="stepper-input figure"
        aria-label={label}
        inputMode="numeric"
        pattern="[0-9]*"
        value={value === null ? '' : String(value)}
        onChange={(e) => {
          const digits = e.target.value.replace(/\D/g, '');
          onChange(digits === '' ? null : Math.min(1_000_000, Number(digits)));
        }}
      />
      <button type="button" className="stepper-button" aria-label={say('ui.stepper.more', { label })} onClick={() => set((value ?? 0) + 1)}>
        +
      </button>
    </div>
  );
}
