export declare const INSTALL_HINT: string;

export interface FoundChromium {
  /** undefined: let Playwright use its own downloaded browser. */
  executablePath: string | undefined;
  source: 'LOTLINE_CHROMIUM' | 'system' | 'playwright';
}

export declare function findChromium(): FoundChromium | null;
