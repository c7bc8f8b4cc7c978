// Scanning on the device: the keyboard wedge, the scan bus that hands scans to
// the active wizard step, and the beep/buzz/flash. The camera scanner lives in
// ./camera and is loaded lazily, so it is not re-exported here.
export {
  publishScan,
  useScanHandler,
  setScanSettings,
  getScanSettings,
  registerScanHandler,
  hasActiveScanHandler,
  useLastScanRefusal,
  type ScanEvent,
  type ScanHandler,
  type ScanRefusal,
  type ScanSource,
  type ScanVerdict,
} from './scan-bus';
export { attachWedge } from './wedge';
export { WedgeDetector, DEFAULT_WEDGE_OPTIONS, type WedgeOptions } from './wedge-detector';
export { feedback, setMuted, isMuted, type FeedbackKind } from './feedback';
export { ScanErrorToast } from './ScanErrorToast';
export { MuteToggle } from './MuteToggle';
