// Whom to credit with a pushed operation, and in which role (issue 9). An
// operation that names the sign-in it was recorded under is credited to that
// sign-in's user, but only when the sign-in was made on the very device whose
// session pushes it now: a shared scanner carries its earlier users' queue, and
// nobody can claim work "recorded" by someone on another device. The domain's
// judgeRecorder then decides whether the recorder still had the right.
import type { Db } from '../db/connection';
import {
  judgeRecorder, mayRun, onServerClock,
  type Operation, type Recorder, type RecorderVerdict, type Role,
} from '../domain';
import type { Pusher } from './pusher';

export interface Credit {
  userId: string;
  role: Role;
  /** Set when someone else's session pushes the recorder's work. */
  pushedBy: string | null;
  verdict: RecorderVerdict;
}

interface SignInRow extends Recorder {
  deviceId: string | null;
}

const SIGN_IN_SQL = `
SELECT s.user_id AS "userId", s.role AS "signedInRole", s.device_id AS "deviceId",
       u.active, u.role AS "currentRole", to_json(u.access_changed_at) #>> '{}' AS "accessChangedAt"
  FROM sign_ins s JOIN users u ON u.id = s.user_id
 WHERE s.id = $1`;

/** Credits for one push: each sign-in is read once per push, outside the operations' transactions. */
export class Recorders {
  private readonly signIns = new Map<string, Promise<SignInRow | null>>();

  constructor(private readonly db: Db, private readonly pusher: Pusher) {}

  async creditFor(op: Operation): Promise<Credit> {
    const { pusher } = this;
    if (op.signIn === undefined || op.signIn === pusher.signIn?.id) return this.pushersOwn(op);
    const signIn = await this.signIn(op.signIn);
    // The same person logged in again (a session expired): their live session answers for it.
    if (signIn?.userId === pusher.userId) return this.pushersOwn(op);
    // Only a session of the same device may carry another sign-in's work.
    if (!signIn || !signIn.deviceId || signIn.deviceId !== pusher.deviceId || pusher.signIn?.deviceId !== pusher.deviceId) {
      return {
        userId: pusher.userId, role: pusher.role, pushedBy: null,
        verdict: { kind: 'rejected', code: 'forbidden', because: 'sign-in-elsewhere' },
      };
    }
    const recordedAt = onServerClock(op.deviceTime, pusher.clockAheadMs ?? null);
    return {
      userId: signIn.userId,
      role: signIn.signedInRole,
      pushedBy: pusher.userId,
      verdict: judgeRecorder(op.type, signIn, recordedAt),
    };
  }

  /** The pusher's own work: their session is live, so their access is current. */
  private pushersOwn(op: Operation): Credit {
    const { pusher } = this;
    const verdict: RecorderVerdict = mayRun(pusher.role, op.type)
      ? { kind: 'allowed' }
      : { kind: 'rejected', code: 'forbidden', because: 'role' };
    return { userId: pusher.userId, role: pusher.role, pushedBy: null, verdict };
  }

  private signIn(id: string): Promise<SignInRow | null> {
    let found = this.signIns.get(id);
    if (!found) {
      found = this.db.query<SignInRow>(SIGN_IN_SQL, [id]).then((r) => r.rows[0] ?? null);
      this.signIns.set(id, found);
    }
    return found;
  }
}
