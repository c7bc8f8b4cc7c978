// The last refused scan's message, read out (role="alert") and shown for a
// few seconds at the bottom of the screen, whatever the step shows itself.
import { useEffect, useState } from 'react';
import { useLastScanRefusal } from './scan-bus';

const SHOW_MS = 4000;

export function ScanErrorToast() {
  const refusal = useLastScanRefusal();
  const [hidden, setHidden] = useState<number | null>(null);
  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(() => setHidden(refusal.at), SHOW_MS);
    return () => clearTimeout(timer);
  }, [refusal]);
  if (!refusal || hidden === refusal.at) return null;
  return (
    <p role="alert" className="scan-toast">
      {refusal.message}
    </p>
  );
}
