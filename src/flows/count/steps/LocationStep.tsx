import { db } from '../../../device/device';
import { findLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { locationScan } from '../flow';
import { useCountStore } from '../store';
import { say } from '../../../words';

/** A count starts at the location label. */
export function LocationStep() {
  const chooseLocation = useCountStore((s) => s.chooseLocation);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const location = await findLocation(db, meaning.code);
    if (!location) return { ok: false, message: say('scan.unknown-location', { code: meaning.code }) };
    chooseLocation(location);
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label={say('kit.field.location')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
    </div>
  );
}
