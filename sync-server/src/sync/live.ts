// "Something changed" fan-out. A push NOTIFYs one channel; every server
// instance LISTENs on it (PostgreSQL carries it across instances, PGlite
// within the one process) and tells its connected event streams.
import type { Db } from '../db/connection';

export const CHANGES_CHANNEL = 'lotline_changes';

export interface ChangeEvent {
  /** The device whose push caused the change, so it need not pull for its own echo. */
  deviceId: string;
  operations: number;
}

export class LiveHub {
  private readonly subscribers = new Set<(event: ChangeEvent) => void>();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly db: Db) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(CHANGES_CHANNEL, (payload) => {
      let event: ChangeEvent;
      try {
        event = JSON.parse(payload) as ChangeEvent;
      } catch {
        return;
      }
      for (const subscriber of this.subscribers) subscriber(event);
    });
  }

  subscribe(onChange: (event: ChangeEvent) => void): () => void {
    this.subscribers.add(onChange);
    return () => this.subscribers.delete(onChange);
  }

  get size(): number {
    return this.subscribers.size;
  }

  async announce(event: ChangeEvent): Promise<void> {
    await this.db.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(event)]);
  }

  async stop(): Promise<void> {
    this.subscribers.clear();
    await this.unlisten?.();
    this.unlisten = null;
  }
}
