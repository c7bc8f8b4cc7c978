// The PWA layer: service worker registration, update state, update banner.
export { BUILD_ID } from './build-id';
export { applyUpdate, getPwaState, registerServiceWorker, UPDATE_CHECK_INTERVAL_MS, type PwaState } from './register';
export { usePwaUpdate, type PwaUpdate } from './use-pwa-update';
export { UpdateBanner, type UpdateBannerProps } from './UpdateBanner';
