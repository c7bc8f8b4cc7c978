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
  useScanAnswer,
  clearScanAnswer,
  toneOf,
  type ScanEvent,
  type ScanHandler,
  type ScanAnswerWords,
  type ScanSource,
  type ScanVerdict,
} from './scan-bus';
export { attachWedge } from './wedge';
export { WedgeDetector, DEFAULT_WEDGE_OPTIONS, type WedgeOptions } from './wedge-detector';
export { feedback, setMuted, isMuted, FEEDBACK, type ScanTone, type FeedbackCue } from './feedback';
export { ScanAnswer } from './ScanAnswer';
export { MuteToggle } from './MuteToggle';
