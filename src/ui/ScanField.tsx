// A text field that takes a typed or scanned value and submits it on Enter
// (keyboard-wedge scanners end a scan with Enter). The scanning issue routes
// camera and wedge scans here too.
import { useState, type FormEvent } from 'react';
import { say } from '../words';

interface Props {
  label: string;
  placeholder?: string;
  submitLabel?: string;
  autoFocus?: boolean;
  onSubmit: (value: string) => void;
}

export function ScanField({ label, placeholder, submitLabel = say('ui.ok'), autoFocus = true, onSubmit }: Props) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed === '') return;
    onSubmit(trimmed);
    setValue('');
  };
  return (
    <form className="scan-field" onSubmit={submit}>
      <label className="field">
        <span>{label}</span>
        <input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={placeholder}
          autoFocus={autoFocus}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      </label>
      <button type="submit" className="button primary">{submitLabel}</button>
    </form>
  );
}
