import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { findLocation, slotsOfItem } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { locationScan } from '../flow';
import { useAssignStore } from '../store';
import { say } from '../../../words';

/** The new location: its label scanned. Where the item already is is shown. */
export function LocationStep() {
  const { item, chooseLocation } = useAssignStore();
  const slots = useLiveQuery(() => (item ? slotsOfItem(db, item.id) : Promise.resolve([])), [item?.id], []);
  useScanHandler(async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const location = await findLocation(db, meaning.code);
    if (!location) return { ok: false, message: say('scan.unknown-location', { code: meaning.code }) };
    chooseLocation(location);
    return { ok: true };
  });
  const where = [...new Set(slots.map((s) => s.location.code))];
  return (
    <div className="step">
      <ScanField label={say('kit.field.location')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {where.length > 0 && <p className="hint">{say('assign.location.already', { locations: where })}</p>}
    </div>
  );
}
