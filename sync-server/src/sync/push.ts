// Applies a device's pushed operations, each in its own database transaction
// that also records its outcome (C1, C2, C3). The outcome is stored with the
// effects, so a response lost on the way is never a lost or doubled operation:
// the device pushes again and reads the first outcome back.
import type { Db, Queryable } from '../db/connection';
import {
  applyOperation, parseOperation, refsOf,
  type ApplyResult, type Effects, type Operation, type OperationOutcome,
} from '../domain';
import { UNSTORABLE_MESSAGE, storableCopy, unstorablePath } from '../http/storable-text';
import { loadUnlessSeen } from './load-world';
import { alreadySeen, firstOutcome, type Claim } from './operation-log';
import type { Pusher } from './pusher';
import { Recorders } from './recorders';
import { recordOutcome } from './write-effects';

type Decided = Omit<OperationOutcome, 'duplicate'>;

export async function pushOperations(db: Db, pusher: Pusher, raws: unknown[]): Promise<OperationOutcome[]> {
  const outcomes: OperationOutcome[] = [];
  const recorders = new Recorders(db, pusher);
  // Device order: one after the other. A rejection never stops the rest (C3).
  for (const raw of raws) outcomes.push(await pushOne(db, pusher, recorders, raw));
  return outcomes;
}

async function pushOne(db: Db, pusher: Pusher, recorders: Recorders, raw: unknown): Promise<OperationOutcome> {
  // Text the database cannot hold would fail the whole push on every retry: malformed, this operation alone (C3).
  const unstorable = unstorablePath(raw);
  const parsed = unstorable === null ? parseOperation(raw) : { ok: false as const, issues: [{ path: unstorable, message: UNSTORABLE_MESSAGE }] };
  if (!parsed.ok) {
    const decided: Decided = {
      id: idOf(raw), seq: seqOf(raw), outcome: 'rejected', code: 'malformed', rule: 'C3', details: { issues: parsed.issues },
    };
    // Without a usable id and sequence there is nothing to key a record on;
    // the device still gets the reason.
    if (decided.id === null || decided.seq === null) return { ...decided, duplicate: false };
    const claim = claimOf(pusher, { id: decided.id, seq: decided.seq, type: typeOf(raw), deviceTime: null, payload: storableCopy(raw) });
    return db.transaction((tx) => recordWithoutEffects(tx, claim, decided));
  }
  const op = parsed.operation;
  // The recorder is credited and judged; on a shared device that may not be the pusher.
  const credit = await recorders.creditFor(op);
  const claim: Claim = { ...claimOf(pusher, op), userId: credit.userId, pushedBy: credit.pushedBy };
  const { verdict } = credit;
  if (verdict.kind === 'rejected') {
    // C3: checked before any row is loaded or locked.
    const details = { role: credit.role, type: op.type, ...(verdict.because === 'role' ? {} : { because: verdict.because }) };
    const decided: Decided = { ...pending(op), outcome: 'rejected', code: verdict.code, rule: 'C3', details };
    return db.transaction((tx) => recordWithoutEffects(tx, claim, decided));
  }
  return db.transaction(async (tx) => {
    const loaded = await loadUnlessSeen(tx, op.id, refsOf(op));
    if (!loaded.claimed) return firstOutcome(tx, op.id);
    const ctx = { opId: op.id, userId: credit.userId, role: credit.role, deviceId: pusher.deviceId, deviceTime: op.deviceTime };
    // A flagged recorder is the engine's last post-rule, numbered with the operation's own exceptions.
    const recorder = verdict.kind === 'flagged' ? { verdict, pushedBy: pusher.userId } : undefined;
    const result = applyOperation(op, loaded.world, ctx, { recorder });
    const decided = { ...pending(op), ...summarize(result) };
    await recordOutcome(tx, effectsOf(result), { outcome: decided, claim, loadedLots: loaded.world.lots });
    return { ...decided, duplicate: false };
  });
}

async function recordWithoutEffects(tx: Queryable, claim: Claim, decided: Decided): Promise<OperationOutcome> {
  if (await alreadySeen(tx, claim.id)) return firstOutcome(tx, claim.id);
  await recordOutcome(tx, null, { outcome: decided, claim, loadedLots: [] });
  return { ...decided, duplicate: false };
}

function claimOf(pusher: Pusher, op: Pick<Claim, 'id' | 'seq' | 'type' | 'deviceTime' | 'payload'>): Claim {
  return { ...op, deviceId: pusher.deviceId, userId: pusher.userId };
}

function pending(op: Operation): Decided {
  return { id: op.id, seq: op.seq, outcome: 'applied', code: null, rule: null, details: null };
}

function effectsOf(result: ApplyResult): Effects | null {
  return result.outcome === 'rejected' ? null : result.effects;
}

function summarize(result: ApplyResult): Pick<OperationOutcome, 'outcome' | 'code' | 'rule' | 'details'> {
  if (result.outcome === 'rejected') {
    return { outcome: 'rejected', code: result.code, rule: result.rule, details: result.details };
  }
  // Exceptions this operation raised (a resolution only closes others).
  const raised = result.effects.exceptions.filter((e) => e.status === 'open');
  if (result.outcome === 'exception' && raised.length > 0) {
    return {
      outcome: 'exception',
      code: raised[0]?.code ?? null,
      rule: raised[0]?.rule ?? null,
      details: { exceptions: raised.map((e) => ({ id: e.id, code: e.code, rule: e.rule, details: e.details })) },
    };
  }
  return { outcome: result.outcome, code: null, rule: null, details: null };
}

function idOf(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
}

function seqOf(raw: unknown): number | null {
  const seq = (raw as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : null;
}

function typeOf(raw: unknown): string {
  const type = (raw as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? (storableCopy(type.slice(0, 40)) as string) : 'unknown';
}
