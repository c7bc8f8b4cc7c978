// Which version of the app this is: LOTLINE_BUILD_ID at `vite build` time
// (vite.config.ts `define`), 'local' when unset, 'unbuilt' outside a Vite build
// (unit tests). The running page shows it as <html data-build> (register.ts),
// so a support call or a test can tell which version a device runs.
declare const __LOTLINE_BUILD__: string | undefined;

export const BUILD_ID: string = typeof __LOTLINE_BUILD__ === 'string' ? __LOTLINE_BUILD__ : 'unbuilt';
