// Push: this device's unanswered operations, in seq order, in batches.
import type { OperationOutcome } from '../domain';
import type { ReplicaDb } from '../replica/db';
import { markPushed, unsentBatch } from '../replica/outbox';
import { ApiError, requestJson, type Http } from '../net/api';

export const PUSH_BATCH = 100;

export interface PushResult {
  sent: number;
  rejected: number;
}

export async function pushOutbox(db: ReplicaDb, http: Http, token: string, deviceId: string): Promise<PushResult> {
  let sent = 0;
  let rejected = 0;
  let afterSeq = 0;
  for (;;) {
    const batch = await unsentBatch(db, PUSH_BATCH, afterSeq);
    const last = batch[batch.length - 1];
    if (!last) break;
    const body = await requestJson('/api/sync/push', {
      http, token, what: 'push',
      json: {
        deviceId,
        sentAt: new Date().toISOString(),
        // The id and seq stored with the op: a re-send is the same operation (C1).
        // signIn: whose work it is, whoever's session pushes it now.
        operations: batch.map((r) => ({ id: r.id, seq: r.seq, type: r.type, deviceTime: r.deviceTime, signIn: r.signIn, payload: r.payload })),
      },
    });
    const outcomes = parseOutcomes(body);
    rejected += await markPushed(db, outcomes, deviceId);
    sent += batch.length;
    afterSeq = last.seq;
  }
  return { sent, rejected };
}

const KINDS = new Set(['applied', 'exception', 'rejected']);

function parseOutcomes(body: unknown): OperationOutcome[] {
  const outcomes = (body as { outcomes?: unknown } | null)?.outcomes;
  const valid = Array.isArray(outcomes) && outcomes.every((o: unknown) => {
    const x = o as Partial<OperationOutcome> | null;
    return typeof x === 'object' && x !== null && (typeof x.id === 'string' || x.id === null) && KINDS.has(String(x.outcome));
  });
  if (!valid) throw new ApiError('malformed', 'push: the answer has no valid outcomes list', 200);
  return outcomes as OperationOutcome[];
}
