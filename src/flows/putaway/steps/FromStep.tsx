import { db } from '../../../device/device';
import { findLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { locationScan } from '../../move/flow';
import { isStaging } from '../flow';
import { usePutawayStore } from '../store';

/** Putaway starts at a receiving (dock) location; storage locations are refused here. */
export function FromStep() {
  const chooseFrom = usePutawayStore((s) => s.chooseFrom);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const location = await findLocation(db, meaning.code);
    if (!location) return { ok: false, message: `No location with code ${meaning.code}.` };
    if (!isStaging(location)) return { ok: false, message: `${location.code} is not a receiving location: putaway starts at a dock. Use Move between storage slots.` };
    chooseFrom(location);
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label="Receiving location (scan the label)" onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
    </div>
  );
}
