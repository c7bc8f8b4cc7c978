// The logged-in operator, kept on the device so a reload or a dead battery
// does not log out mid-shift, and the device's own id.
import type { Language, Role } from '../domain';
import type { ReplicaDb } from './db';
import { getMeta, META, setMeta } from './meta';

export interface StoredSession {
  token: string;
  expiresAt: string;
  badge: string;
  /** `language`: set by a supervisor (null: the device's own); absent in sessions stored before issue 17. */
  user: { id: string; name: string; role: Role; language?: Language | null };
  /**
   * The server's id of this login on this device. Operations recorded under it
   * carry it, so whoever pushes them later, they are credited to this user.
   */
  signInId?: string;
}

export async function loadSession(db: ReplicaDb): Promise<StoredSession | null> {
  return (await getMeta<StoredSession>(db, META.session)) ?? null;
}

export async function saveSession(db: ReplicaDb, session: StoredSession): Promise<void> {
  await setMeta(db, META.session, session);
}

/** Logging out keeps the outbox: queued facts are sent once someone logs in again. */
export async function clearSession(db: ReplicaDb): Promise<void> {
  await db.meta.delete(META.session);
}

/**
 * Made once and kept: the server keys operations by (device, seq). Read and
 * created in one transaction so two tabs opening at once agree on one id.
 */
export async function deviceId(db: ReplicaDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta<string>(db, META.deviceId);
    if (existing) return existing;
    const id = crypto.randomUUID();
    await setMeta(db, META.deviceId, id);
    return id;
  });
}

/** The name given at the last login that named this device; '' when none was. */
export async function deviceName(db: ReplicaDb): Promise<string> {
  return (await getMeta<string>(db, META.deviceName)) ?? '';
}

export async function saveDeviceName(db: ReplicaDb, name: string): Promise<void> {
  await setMeta(db, META.deviceName, name.trim());
}

/** Keeps the session's user language in step with the server's (a supervisor changed it): the stored copy too, for offline restarts. */
export async function saveUserLanguage(db: ReplicaDb, token: string, language: Language | null): Promise<StoredSession | null> {
  return db.transaction('rw', db.meta, async () => {
    const session = await loadSession(db);
    // Another login in the meantime: its own language came with it.
    if (!session || session.token !== token || session.user.language === language) return null;
    const changed = { ...session, user: { ...session.user, language } };
    await saveSession(db, changed);
    return changed;
  });
}
