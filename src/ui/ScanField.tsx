// A text field that takes a typed or scanned value and submits it on Enter
// (keyboard-wedge scanners end a scan with Enter). The scanning issue routes
// camera and wedge scans here too. The soft keyboard stays down until its
// button asks for it (use-scan-input.ts): the scanner does the typing.
import { useState, type FormEvent } from 'react';
import { say } from '../words';
import { KeyboardButton } from './KeyboardButton';
import { useScanInput, type TypingMode } from './use-scan-input';

interface Props {
  label: string;
  placeholder?: string;
  submitLabel?: string;
  autoFocus?: boolean;
  /** The keyboard its button opens: text (codes, lots, serials) unless the field takes digits only. */
  typingMode?: TypingMode;
  onSubmit: (value: string) => void;
}

export function ScanField({ label, placeholder, submitLabel = say('ui.ok'), autoFocus = true, typingMode = 'text', onSubmit }: Props) {
  const [value, setValue] = useState('');
  const { ref, inputMode, typing, showKeyboard } = useScanInput(typingMode);
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
          ref={ref}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={placeholder}
          autoFocus={autoFocus}
          inputMode={inputMode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      </label>
      <KeyboardButton typing={typing} onClick={showKeyboard} />
      <button type="submit" className="button primary">{submitLabel}</button>
    </form>
  );
}
