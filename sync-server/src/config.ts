// Server configuration from the command line and the environment.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  staticDir: string;
  /** Seed demo data into an empty database (default), or never. */
  demo: boolean;
  https: { cert: Buffer; key: Buffer } | null;
  loginsPerMinute: number;
}

export class ConfigError extends Error {}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function positiveInteger(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a whole number above 0, got ${raw}`);
  return value;
}

export function readConfig(args: string[], env: NodeJS.ProcessEnv): Config {
  const port = Number(flag(args, '--port') ?? env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be 0-65535, got ${env.PORT}`);
  const certPath = flag(args, '--tls-cert') ?? env.LOTLINE_TLS_CERT;
  const keyPath = flag(args, '--tls-key') ?? env.LOTLINE_TLS_KEY;
  if ((certPath === undefined) !== (keyPath === undefined)) {
    throw new ConfigError('HTTPS needs both a certificate and a key (LOTLINE_TLS_CERT and LOTLINE_TLS_KEY)');
  }
  return {
    port,
    host: flag(args, '--host') ?? env.HOST ?? '0.0.0.0',
    databaseUrl: flag(args, '--database-url') ?? env.DATABASE_URL ?? null,
    dataDir: resolve(flag(args, '--data-dir') ?? env.LOTLINE_DATA_DIR ?? resolve(REPO_ROOT, '.lotline-data')),
    staticDir: resolve(env.LOTLINE_STATIC_DIR ?? resolve(REPO_ROOT, 'dist')),
    demo: !args.includes('--no-demo'),
    https: certPath && keyPath ? { cert: readFileSync(certPath), key: readFileSync(keyPath) } : null,
    loginsPerMinute: positiveInteger(env.LOTLINE_LOGIN_PER_MINUTE, 10, 'LOTLINE_LOGIN_PER_MINUTE'),
  };
}
