// A modal dialog: labelled by its title, focus moved inside on open and back
// on close, Tab kept inside while it is open, Escape closes it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, onClose, children }: Props) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => {
      if (e.key === 'Escape') onClose();
      if (e.key === 'Tab') keepFocusInside(e, box.current);
    }}>
      <div ref={box} className="dialog sv-dialog" role="dialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepFocusInside(e: KeyboardEvent, box: HTMLElement | null): void {
  const controls = box ? [...box.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
