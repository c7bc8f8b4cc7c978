// Who is pushing, as push.ts and recorders.ts both need it (its own file, so
// the two do not import each other).
import type { SignIn } from '../auth/sessions';
import type { Role } from '../domain';

export interface Pusher {
  userId: string;
  role: Role;
  deviceId: string;
  /** The pushing session's sign-in; null for API tokens and logins that named no device. */
  signIn?: SignIn | null;
  /** How far the device's clock runs ahead of the server's, measured on this push; null when unknown. */
  clockAheadMs?: number | null;
}
