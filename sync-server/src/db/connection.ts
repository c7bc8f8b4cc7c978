// One interface over the two databases the server runs on: embedded PGlite
// (a data directory on disk, nothing to install) and PostgreSQL through pg.
// Both speak the same SQL; only connection handling differs.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export type Isolation = 'read committed' | 'repeatable read';

export interface TransactionOptions {
  isolation?: Isolation;
  readOnly?: boolean;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction; retried on serialization failures and deadlocks. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  /** Subscribes to a NOTIFY channel; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** SQLSTATEs after which the whole transaction can simply run again. */
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const MAX_ATTEMPTS = 8;

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= MAX_ATTEMPTS || state === undefined || !RETRYABLE.has(state)) throw error;
      // Jittered pause so two transactions that collided do not collide again.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    }
  }
}

function beginStatement(options: TransactionOptions): string {
  const isolation = options.isolation === 'repeatable read' ? 'REPEATABLE READ' : 'READ COMMITTED';
  return `BEGIN ISOLATION LEVEL ${isolation}${options.readOnly ? ' READ ONLY' : ''}`;
}

export async function openPglite(dataDir?: string): Promise<Db> {
  // No dataDir: in memory (tests). Otherwise a directory on disk.
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) => lite.query<T>(sql, params),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}) =>
      withRetry(() =>
        lite.transaction(async (tx) => {
          if (options.isolation === 'repeatable read' || options.readOnly) {
            await tx.query(beginStatement(options).replace('BEGIN', 'SET TRANSACTION'));
          }
          return fn({ query: async <R>(sql: string, params?: unknown[]) => tx.query<R>(sql, params) });
        }),
      ),
    exec: async (sql) => {
      await lite.exec(sql);
    },
    listen: async (channel, onPayload) => {
      const unlisten = await lite.listen(channel, onPayload);
      return async () => unlisten();
    },
    close: () => lite.close(),
  };
}

/**
 * Named statements are parsed and planned once per connection instead of on
 * every call: the push path runs the same dozen statements thousands of times.
 */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `s_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

export interface PostgresOptions {
  connectionString: string;
  /** Tests isolate themselves in a schema of their own. */
  searchPath?: string;
  poolSize?: number;
}

export function openPostgres(options: PostgresOptions): Db {
  const connectionOptions = options.searchPath ? `-c search_path=${options.searchPath}` : undefined;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 16,
    ...(connectionOptions ? { options: connectionOptions } : {}),
  });
  // An idle client that loses its connection must not crash the server.
  pool.on('error', () => undefined);
  const listeners: pg.Client[] = [];
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => {
      const result = await pool.query(sql, params);
      return { rows: result.rows as T[] };
    },
    transaction: <T>(fn: (tx: Queryable) => Promise<T>, txOptions: TransactionOptions = {}) =>
      withRetry(async () => {
        const client = await pool.connect();
        try {
          await client.query(beginStatement(txOptions));
          const result = await fn({
            query: async <R>(sql: string, params?: unknown[]) => {
              const r = await client.query({ name: statementName(sql), text: sql, values: params ?? [] });
              return { rows: r.rows as R[] };
            },
          });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    exec: async (sql) => {
      await pool.query(sql);
    },
    listen: async (channel, onPayload) => {
      // LISTEN needs a connection of its own that stays open.
      const client = new pg.Client({
        connectionString: options.connectionString,
        ...(connectionOptions ? { options: connectionOptions } : {}),
      });
      client.on('error', () => undefined);
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) onPayload(message.payload ?? '');
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.push(client);
      return async () => {
        listeners.splice(listeners.indexOf(client), 1);
        await client.end();
      };
    },
    close: async () => {
      await Promise.all(listeners.splice(0).map((c) => c.end()));
      await pool.end();
    },
  };
}
