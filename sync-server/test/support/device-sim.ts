// An HTTP device simulator that syncs the way the app's sync client does
// (src/sync/push.ts, src/sync/pull.ts, src/replica/outbox.ts): operations are
// recorded into an outbox with an id and a per-device seq made once; push
// sends the still-pending ones in seq order in batches; an answered one is
// 'acked' (or 'rejected') and leaves the outbox only when a pull brings its
// outcome; pulled rows replace replica rows by id; a 401 means log in again
// and keep the queue; a network failure keeps everything for the next try.
import { randomUUID } from 'node:crypto';
import type { OperationOutcome, PullChanges, PullResponse, PulledOutcome } from '../../src/domain';

export const PUSH_BATCH = 100;
export const REPLICATED = ['items', 'locations', 'slots', 'serials', 'exceptions'] as const;
type Table = (typeof REPLICATED)[number];

export interface QueuedOperation {
  id: string;
  seq: number;
  type: string;
  deviceTime: string;
  payload: unknown;
}

interface OutboxEntry {
  op: QueuedOperation;
  state: 'pending' | 'acked' | 'rejected';
}

export class DeviceHttpError extends Error {
  constructor(readonly kind: 'network' | 'auth' | 'server' | 'refused', message: string, readonly status: number | null = null) {
    super(message);
  }
}

export interface SimulatedDeviceOptions {
  baseUrl: () => string;
  badge: string;
  pin: string;
  deviceId?: string;
  /** The device clock: ISO time for deviceTime (skewed clocks in clock-skew tests). */
  clock?: () => string;
}

export class SimulatedDevice {
  readonly deviceId: string;
  token: string | null = null;
  cursor: string | undefined;
  private nextSeq = 1;
  readonly outbox = new Map<string, OutboxEntry>();
  readonly rows = new Map<Table, Map<string, { id: string }>>(REPLICATED.map((t) => [t, new Map()]));
  /** Every operation this device ever recorded, and the first outcome any answer gave for it. */
  readonly recorded: QueuedOperation[] = [];
  readonly answered = new Map<string, Omit<OperationOutcome, 'duplicate'>>();
  readonly pulledOutcomes = new Map<string, PulledOutcome>();
  logins = 0;
  /** Push answers that carried duplicate: true (a re-send after a lost answer). */
  duplicatesSeen = 0;

  constructor(private readonly options: SimulatedDeviceOptions) {
    this.deviceId = options.deviceId ?? `sim-${randomUUID().slice(0, 8)}`;
  }

  /** Records a fact the operator confirmed: written to the outbox before anything is sent. */
  record(type: string, payload: unknown): QueuedOperation {
    const op: QueuedOperation = {
      id: randomUUID(), seq: this.nextSeq++, type, payload,
      deviceTime: this.options.clock?.() ?? new Date().toISOString(),
    };
    this.outbox.set(op.id, { op, state: 'pending' });
    this.recorded.push(op);
    return op;
  }

  get unconfirmed(): number {
    return [...this.outbox.values()].filter((e) => e.state !== 'rejected').length;
  }

  async login(): Promise<void> {
    const response = await this.fetch('/api/auth/login', { method: 'POST', body: JSON.stringify({ badge: this.options.badge, pin: this.options.pin }) }, false);
    this.token = (response as { token: string }).token;
    this.logins += 1;
  }

  /** One sync run: push everything pending, then pull until complete. Throws on any failure, keeping all state. */
  async sync(): Promise<{ pushed: number; latenciesMs: number[] }> {
    if (this.token === null) await this.login();
    const latenciesMs: number[] = [];
    let pushed = 0;
    for (;;) {
      const batch = [...this.outbox.values()].filter((e) => e.state === 'pending').sort((a, b) => a.op.seq - b.op.seq).slice(0, PUSH_BATCH);
      if (batch.length === 0) break;
      const started = performance.now();
      const body = await this.fetch('/api/sync/push', {
        method: 'POST', body: JSON.stringify({ deviceId: this.deviceId, operations: batch.map((e) => e.op) }),
      });
      latenciesMs.push(performance.now() - started);
      this.takeAnswers((body as { outcomes: OperationOutcome[] }).outcomes);
      pushed += batch.length;
    }
    await this.pullAll();
    return { pushed, latenciesMs };
  }

  /** Syncs until the outbox holds only rejected operations, logging in again on a 401 and retrying on failures. */
  async syncUntilDrained(maxAttempts = 20): Promise<number> {
    let failures = 0;
    for (;;) {
      try {
        await this.sync();
        if ([...this.outbox.values()].every((e) => e.state === 'rejected')) return failures;
      } catch (error) {
        if (!(error instanceof DeviceHttpError)) throw error;
        if (error.kind === 'auth') this.token = null;
        failures += 1;
        if (failures >= maxAttempts) throw new Error(`still not drained after ${failures} failed runs: ${error.message}`);
      }
    }
  }

  async pullAll(limit = 1000): Promise<void> {
    for (;;) {
      const query = new URLSearchParams({ deviceId: this.deviceId, limit: String(limit) });
      if (this.cursor !== undefined) query.set('cursor', this.cursor);
      const page = (await this.fetch(`/api/sync/pull?${query.toString()}`, { method: 'GET' })) as PullResponse;
      this.applyPage(page.changes);
      this.cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }

  /** The replica's rows of one table, sorted by id (to compare with the server's). */
  table(name: Table): { id: string }[] {
    return [...(this.rows.get(name)?.values() ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  }

  private takeAnswers(outcomes: OperationOutcome[]): void {
    for (const o of outcomes) {
      if (o.id === null) continue;
      const { duplicate, ...decided } = o;
      if (duplicate) this.duplicatesSeen += 1;
      const first = this.answered.get(o.id);
      if (first && JSON.stringify(first) !== JSON.stringify(decided)) {
        throw new Error(`C1 broken: operation ${o.id} was answered ${JSON.stringify(first)} and later ${JSON.stringify(decided)}`);
      }
      if (!first) this.answered.set(o.id, decided);
      const entry = this.outbox.get(o.id);
      if (!entry || entry.state === 'rejected') continue;
      entry.state = o.outcome === 'rejected' ? 'rejected' : 'acked';
    }
  }

  private applyPage(changes: PullChanges): void {
    for (const table of REPLICATED) {
      const rows = this.rows.get(table) as Map<string, { id: string }>;
      for (const row of changes[table]) rows.set(row.id, row);
    }
    for (const outcome of changes.outcomes) {
      this.pulledOutcomes.set(outcome.id, outcome);
      const entry = this.outbox.get(outcome.id);
      if (!entry) continue;
      if (outcome.outcome === 'rejected') entry.state = 'rejected';
      else this.outbox.delete(outcome.id);
    }
  }

  private async fetch(path: string, init: RequestInit, authed = true): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl()}${path}`, {
        ...init,
        headers: {
          accept: 'application/json',
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...(authed && this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
      });
    } catch (error) {
      throw new DeviceHttpError('network', `${path}: ${(error as Error).message}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      // Headers arrived but the body was cut: as lost as no answer at all.
      if (response.ok) throw new DeviceHttpError('network', `${path}: the answer was cut (${(error as Error).message})`);
    }
    if (response.ok) return body;
    const message = `${path}: ${response.status} ${JSON.stringify(body)}`;
    if (response.status === 401) throw new DeviceHttpError('auth', message, 401);
    throw new DeviceHttpError(response.status >= 500 ? 'server' : 'refused', message, response.status);
  }
}
