// A user signed in on a device, made directly in the database: the property
// test signs every user in on every simulated device, and a real login (scrypt,
// rate limits) per device and user would cost seconds a run for nothing tested.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connection';
import type { Role } from '../../src/domain';

export async function signInOnDevice(db: Db, userId: string, role: Role, deviceId: string): Promise<{ token: string; signInId: string }> {
  const token = randomBytes(32).toString('base64url');
  const signInId = randomUUID();
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO sign_ins (id, user_id, role, device_id) VALUES ($1, $2, $3, $4)', [signInId, userId, role, deviceId]);
    await tx.query(
      "INSERT INTO sessions (token_hash, user_id, expires_at, sign_in_id) VALUES ($1, $2, now() + interval '1 hour', $3)",
      [createHash('sha256').update(token).digest('hex'), userId, signInId],
    );
  });
  return { token, signInId };
}
