import { db } from '../../../device/device';
import { findLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { locationScan } from '../flow';
import { useMoveStore } from '../store';
import { say } from '../../../words';

/** The move starts at the slot the goods leave: its location label. */
export function FromStep() {
  const chooseFrom = useMoveStore((s) => s.chooseFrom);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const location = await findLocation(db, meaning.code);
    if (!location) return { ok: false, message: say('scan.unknown-location', { code: meaning.code }) };
    chooseFrom(location);
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label={say('move.from.field')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
    </div>
  );
}
