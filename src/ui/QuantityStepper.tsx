// A quantity field for gloved hands: big minus and plus buttons around a number input.
import { say } from '../words';

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}

export function QuantityStepper({ label, value, onChange, min = 0, max = 1_000_000 }: Props) {
  const set = (next: number) => onChange(Math.min(max, Math.max(min, Number.isFinite(next) ? Math.trunc(next) : min)));
  return (
    <div className="stepper" role="group" aria-label={label}>
      <button type="button" className="stepper-button" aria-label={say('ui.stepper.less', { label })} onClick={() => set(value - 1)} disabled={value <= min}>
        −
      </button>
      <input
        className="stepper-input"
        aria-label={label}
        inputMode="numeric"
        pattern="[0-9]*"
        value={String(value)}
        onChange={(e) => set(Number(e.target.value.replace(/\D/g, '') || '0'))}
      />
      <button type="button" className="stepper-button" aria-label={say('ui.stepper.more', { label })} onClick={() => set(value + 1)} disabled={value >= max}>
        +
      </button>
    </div>
  );
}
