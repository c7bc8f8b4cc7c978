// The environment of every Lotline server the e2e suite starts: the suite's
// webServer (playwright.config.ts) and a spec's own (app-server.ts).
export interface E2eServer {
  port: number;
  /** PGlite's data directory. */
  dataDir: string;
  /** The build of the app to serve. */
  staticDir: string;
}

export function e2eServerEnv({ port, dataDir, staticDir }: E2eServer): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOTLINE_DATA_DIR: dataDir,
    LOTLINE_STATIC_DIR: staticDir,
    // Always PGlite: never let e2e data land in a developer's PostgreSQL.
    DATABASE_URL: '',
    // Every test logs in from 127.0.0.1: the per-address login limit would stop the suite.
    LOTLINE_LOGIN_PER_MINUTE: '1000',
  };
}
