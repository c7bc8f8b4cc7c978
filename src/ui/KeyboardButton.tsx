// The keyboard button beside a scan field (use-scan-input.ts): an icon, named
// for screen readers and pressed once the field types.
import { say } from '../words';

export function KeyboardButton({ typing, onClick }: { typing: boolean; onClick: () => void }) {
  return (
    <button type="button" className="button icon keyboard-button" aria-label={say('scanner.keyboard')} aria-pressed={typing} onClick={onClick}>
      <span aria-hidden="true">⌨</span>
    </button>
  );
}
