// One-shot commands of main.ts, so an empty database (--no-demo) can get its
// first supervisor and an integration its token without anyone logged in:
//   --create-user --badge SV-1 --name "Ann" --role supervisor --pin 1234
//   --create-token --name ERP [--allow-floor-ops]
// Each runs on the configured database and exits; no server is started.
import type { Db } from '../db/connection';
import { createApiToken } from '../auth/api-tokens';
import { HttpError } from '../http/errors';
import { tokenRequestSchema } from '../masterdata/routes';
import { toFieldIssues } from '../domain';
import { createUser, createUserSchema, type CreateUserRequest } from './users';

/** A command that cannot run as asked; main prints the message and exits 1. */
export class CommandError extends Error {}

export type Command =
  | { kind: 'create-user'; user: CreateUserRequest }
  | { kind: 'create-token'; name: string; allowFloorOps: boolean };

/** Signs tokens made from the command line (api_tokens.created_by needs a user); it cannot log in. */
const CLI_USER = { id: 'usr-cli', name: 'Lotline command line', badge: 'SYSTEM-CLI' };

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) {
    const value = args[at + 1];
    return value === undefined || value.startsWith('--') ? undefined : value;
  }
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function fromIssues(what: string, error: Parameters<typeof toFieldIssues>[0]): CommandError {
  const issues = toFieldIssues(error, []).map((i) => `--${i.path}: ${i.message}`);
  return new CommandError(`cannot ${what}: ${issues.join('; ')}`);
}

/** The one-shot command the arguments ask for, or null to start the server. */
export function readCommand(args: string[]): Command | null {
  const wantsUser = args.includes('--create-user');
  const wantsToken = args.includes('--create-token');
  if (wantsUser && wantsToken) throw new CommandError('give either --create-user or --create-token, not both');
  if (wantsUser) {
    const missing = ['--badge', '--name', '--role', '--pin'].filter((name) => flag(args, name) === undefined);
    if (missing.length > 0) throw new CommandError(`cannot create the user: give ${missing.join(', ')} (e.g. --badge SV-1 --name "Ann" --role supervisor --pin 1234)`);
    const parsed = createUserSchema.safeParse({
      badge: flag(args, '--badge'), name: flag(args, '--name'), role: flag(args, '--role'), pin: flag(args, '--pin'),
    });
    if (!parsed.success) throw fromIssues('create the user', parsed.error);
    return { kind: 'create-user', user: parsed.data };
  }
  if (wantsToken) {
    if (flag(args, '--name') === undefined) throw new CommandError('cannot create the token: give --name, e.g. --create-token --name ERP');
    const parsed = tokenRequestSchema.safeParse({ name: flag(args, '--name'), allowFloorOps: args.includes('--allow-floor-ops') });
    if (!parsed.success) throw fromIssues('create the token', parsed.error);
    return { kind: 'create-token', ...parsed.data };
  }
  return null;
}

/** Runs a command on a migrated database; resolves to what to print. */
export async function runCommand(db: Db, command: Command, where: string): Promise<string> {
  try {
    if (command.kind === 'create-user') {
      const user = await createUser(db, command.user);
      return `Created ${user.role} ${user.name} (badge ${user.badge}, id ${user.id}) on ${where}. They can log in with that badge and PIN.`;
    }
    await db.query(
      `INSERT INTO users (id, name, badge, pin_hash, role, active) VALUES ($1, $2, $3, 'disabled', 'supervisor', false)
       ON CONFLICT (id) DO NOTHING`,
      [CLI_USER.id, CLI_USER.name, CLI_USER.badge],
    );
    const token = await createApiToken(db, CLI_USER.id, { name: command.name, allowFloorOps: command.allowFloorOps });
    return [
      `Created integration token ${token.name} (${token.id}) on ${where}; floor operations ${token.allowFloorOps ? 'allowed' : 'not allowed'}.`,
      'Send it as "Authorization: Bearer <token>". It is shown only this once:',
      token.token,
    ].join('\n');
  } catch (error) {
    if (error instanceof HttpError) throw new CommandError(error.message);
    throw error;
  }
}
