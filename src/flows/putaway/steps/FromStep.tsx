import { db } from '../../../device/device';
import { findLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { locationScan } from '../../move/flow';
import { isStaging } from '../flow';
import { usePutawayStore } from '../store';
import { say } from '../../../words';

/** Putaway starts at a receiving (dock) location; storage locations are refused here. */
export function FromStep() {
  const chooseFrom = usePutawayStore((s) => s.chooseFrom);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const location = await findLocation(db, meaning.code);
    if (!location) return { ok: false, message: say('scan.unknown-location', { code: meaning.code }) };
    if (!isStaging(location)) return { ok: false, message: say('putaway.from.not-staging', { location: location.code }) };
    chooseFrom(location);
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label={say('putaway.from.field')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
    </div>
  );
}
