import { lazy } from 'react';

/** The camera scanner, loaded on first use: the first screen stays small. */
export const LazyCameraScanner = lazy(() => import('./CameraScanner'));
