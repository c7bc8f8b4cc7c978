import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { shipmentScan } from '../flow';
import { usePackStore } from '../store';
import { say } from '../../../words';

/** Packing starts with the shipment: its reference scanned or typed. */
export function ShipmentStep() {
  const setShipment = usePackStore((s) => s.setShipment);
  useScanHandler(({ result }): ScanVerdict => {
    const meaning = shipmentScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    setShipment(meaning.reference);
    return { ok: true };
  });
  return (
    <div className="step">
      <ScanField label={say('pack.shipment.field')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
    </div>
  );
}
