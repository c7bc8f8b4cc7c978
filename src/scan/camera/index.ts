// The camera scanner, lazily loaded: importing this module pulls in neither
// the scanner nor its decoders (they load when "Scan with camera" is pressed).
export { LazyCameraScanner } from './lazy';
export { CameraButton } from './CameraButton';
export type { CameraScannerProps } from './CameraScanner';
export type { DecodedCode, DecoderEngine } from './protocol';
