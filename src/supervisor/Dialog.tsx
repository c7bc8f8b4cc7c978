// A modal dialog: labelled by its title, focus moved inside on open and back
// on close, Escape closes it.
import { useEffect, useId, useRef, type ReactNode } from 'react';

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
    <div className="dialog-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div ref={box} className="dialog sv-dialog" role="dialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
