import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { findLocation } from '../../../replica/queries';
import { openCountTasks } from '../../../replica/count-tasks';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { locationScan, taskStops } from '../flow';
import { useCountStore } from '../store';
import { say } from '../../../words';

/**
 * A count starts at the location label. The open count tasks a supervisor
 * planned are listed in walking order (location code): scanning one of those
 * locations starts its count; the list is guidance, not buttons (scan, don't tap).
 */
export function LocationStep() {
  const chooseLocation = useCountStore((s) => s.chooseLocation);
  const stops = useLiveQuery(async () => taskStops(await openCountTasks(db)), [], []);
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
      {stops.length > 0 && (
        <>
          <h2 className="hint">{say('count.tasks.heading', { count: stops.length })}</h2>
          <ul className="choices" aria-label={say('count.tasks.list')}>
            {stops.map((stop) => (
              <li key={stop.locationCode} className="choice">
                <span className="figure">{stop.locationCode}</span> <span>{stop.skus.join(', ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
