// "Scan with camera": opens and closes the lazily loaded camera scanner.
import { Component, Suspense, useState, type ReactNode } from 'react';
import { LazyCameraScanner } from './lazy';
import { say } from '../../words';

/** Shows a message instead of the scanner when its code cannot be loaded. */
class ScannerBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) return <p role="alert" className="error">{say('camera.not-loaded')}</p>;
    return this.props.children;
  }
}

export function CameraButton() {
  const [open, setOpen] = useState(false);
  return (
    <div className="camera-button">
      <button type="button" className="button" aria-pressed={open} onClick={() => setOpen((o) => !o)}>
        {say('camera.open')}
      </button>
      {open && (
        <ScannerBoundary>
          <Suspense fallback={<p role="status" className="hint">{say('camera.loading')}</p>}>
            <LazyCameraScanner onClose={() => setOpen(false)} />
          </Suspense>
        </ScannerBoundary>
      )}
    </div>
  );
}
