// A user as the users API (/api/users) answers: shared by the server and the console's Users screen.
import type { Language } from './languages';
import type { Role } from './types';

export interface UserInfo {
  id: string;
  badge: string;
  name: string;
  role: Role;
  active: boolean;
  /** The language their devices speak; null: each device's own. */
  language: Language | null;
  /** Set while too many wrong PINs keep the badge locked; a new PIN clears it. */
  lockedUntil: string | null;
}
