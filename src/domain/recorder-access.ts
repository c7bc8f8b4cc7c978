// Who recorded an operation, and whether they still had the right to when they
// did. A shared scanner's queue may be pushed hours later under another user's
// session; by then the recorder may have been deactivated or moved to another
// role. The server credits the recorder, and judges here:
//
//  - the recorder's role when they signed in must allow the operation (C3),
//    exactly as if they had pushed it themselves;
//  - if their access has since ended for this operation (deactivated, or their
//    role now forbids it), what they recorded BEFORE it ended stands;
//  - what they recorded AFTER it ended is floor work that physically happened:
//    applied and flagged for a supervisor (C2: a fact is never lost), or a
//    supervisor decision: not applied on the word of someone who no longer
//    holds the right (rejected, kept in the device's inbox for fix and resend).
//
// "When" is the device's clock, read on the server's clock with the skew the
// push measured. Device time never orders anything; here it only decides
// whether a supervisor looks at an operation.
import { mayRun, FLOOR_WORK, type OperationType } from './operation';
import { raise, type Draft } from './effects-builder';
import type { Role } from './types';

/** The recorder as the server knows them now, and as they were when they signed in. */
export interface Recorder {
  userId: string;
  /** The role at sign-in: what the device let them do. */
  signedInRole: Role;
  active: boolean;
  currentRole: Role;
  /** When they were last deactivated or changed role; null when never. */
  accessChangedAt: string | null;
}

export type RecorderVerdict =
  | { kind: 'allowed' }
  /** Applied, with a `recorded-after-access-ended` exception. */
  | { kind: 'flagged'; accessEndedAt: string | null; because: AccessEndReason }
  /** Rejected: `forbidden` (the sign-in never allowed it) or `access-ended`. */
  | { kind: 'rejected'; code: 'forbidden' | 'access-ended'; because: AccessEndReason | 'role' | 'sign-in-elsewhere' };

export type AccessEndReason = 'deactivated' | 'role-changed';

export function judgeRecorder(type: OperationType, recorder: Recorder, recordedAt: string | null): RecorderVerdict {
  if (!mayRun(recorder.signedInRole, type)) return { kind: 'rejected', code: 'forbidden', because: 'role' };
  const because: AccessEndReason | null = !recorder.active
    ? 'deactivated'
    : mayRun(recorder.currentRole, type) ? null : 'role-changed';
  if (because === null) return { kind: 'allowed' };
  // Recorded while they still had the right: it stands.
  const endedAt = recorder.accessChangedAt === null ? null : Date.parse(recorder.accessChangedAt);
  const at = recordedAt === null ? null : Date.parse(recordedAt);
  if (endedAt !== null && at !== null && at < endedAt) return { kind: 'allowed' };
  // Unknown times: the supervisor looks (never silently applied).
  if (FLOOR_WORK.includes(type)) return { kind: 'flagged', accessEndedAt: recorder.accessChangedAt, because };
  return { kind: 'rejected', code: 'access-ended', because };
}

/**
 * The device's time read on the server's clock: a device whose clock runs 9 h
 * ahead stamped its operations 9 h late. Null when the device time is unusable.
 */
export function onServerClock(deviceTime: string | null, clockAheadMs: number | null): string | null {
  if (deviceTime === null) return null;
  const at = Date.parse(deviceTime);
  if (Number.isNaN(at)) return null;
  return new Date(at - (clockAheadMs ?? 0)).toISOString();
}

/** A flagged verdict and who pushed the operation: what the recorder post-rule needs (post-rules.ts). */
export interface RecorderFlag {
  verdict: Extract<RecorderVerdict, { kind: 'flagged' }>;
  pushedBy: string;
}

/** Raises the supervisor's exception on an applied operation (C2: the fact stands, someone looks at it). */
export function flagRecorder(d: Draft, { verdict, pushedBy }: RecorderFlag): void {
  const { ctx } = d;
  raise(d, 'recorded-after-access-ended', { itemId: null, locationId: null }, {
    recordedBy: ctx.userId, pushedBy, because: verdict.because, accessEndedAt: verdict.accessEndedAt, deviceTime: ctx.deviceTime,
  });
}
