// The floor app's own screens: login, the role's home, the sync status bar,
// the inbox and the update banner.
import type { Role } from '../../domain';
import { formatters } from '../format';

const { plural, number, day } = formatters('en');

const roles = {
  'role.operator': 'operator',
  'role.picker': 'picker',
  'role.supervisor': 'supervisor',
} satisfies Record<`role.${Role}`, string>;

export const app = {
  'app.name': 'Lotline',
  ...roles,

  'home.tasks': 'Tasks',
  'home.inbox': 'Inbox',
  'home.supervisor': 'Supervisor',
  'home.log-out': 'Log out',
  'home.scan.hint': 'Scan a shelf, an item or a lot to see where things are.',
  'home.scan.answer': 'What you scanned',
  'home.scan.close': 'Close',
  'home.scan.unknown': ({ code }: { code: string }) => `${code} is no shelf, item, lot or serial this device knows. Scan another label, or open a task.`,
  'home.scan.location-empty': 'Nothing is stored here.',
  'home.scan.no-stock': 'None in stock.',
  'home.scan.lot': ({ lot }: { lot: string }) => `Lot ${lot}`,
  'home.scan.expires': ({ date }: { date: string }) => `Expires ${day(date)}`,
  'home.scan.on-hold': 'On hold: do not pick or ship.',
  'home.scan.serial': ({ serial }: { serial: string }) => `Serial ${serial}`,
  'home.scan.unit-at': ({ code }: { code: string }) => `In ${code}.`,
  'home.scan.unit-nowhere': 'Not in any location.',
  'home.scan.quantity': ({ quantity }: { quantity: number }) => number(quantity),

  'status.home': 'Home',
  'status.label': 'Sync status',
  'status.online': 'Online',
  'status.offline': 'Offline',
  'status.pending-label': 'Pending operations',
  'status.pending': ({ count }: { count: number }) => `${number(count)} pending`,
  'status.last-sync-label': 'Last sync',
  'status.syncing': 'Syncing…',
  'status.synced': ({ ago }: { ago: string }) => `Synced ${ago}`,
  'status.attention': ({ count }: { count: number }) => `Attention: ${number(count)}`,
  'status.first-sync': ({ rows }: { rows: number }) => `Loading the warehouse: ${number(rows)} rows…`,
  'status.skipped-label': 'Skipped rows',
  'status.skipped-rows': ({ rows }: { rows: number }) => plural(rows, {
    one: `${number(rows)} row from the server could not be read and was skipped`,
    other: `${number(rows)} rows from the server could not be read and were skipped`,
  }),

  'inbox.title': 'Inbox',
  'inbox.empty': 'Nothing needs your attention.',
  'inbox.warehouse': 'Open exceptions in the warehouse',
  'inbox.no-location': 'No location',
  'inbox.rule': ({ rule }: { rule: string }) => `Rule ${rule}`,
  'inbox.card.rejected': ({ operation }: { operation: string }) => `${operation} rejected`,
  'inbox.card.exception': ({ operation }: { operation: string }) => `${operation} raised an exception`,
  'inbox.card.exception-hint': 'A supervisor will resolve it; the slot is marked for a count.',
  'inbox.fix': 'Fix and resend',
  'inbox.discard': 'Discard',

  'login.badge': 'Badge',
  'login.pin': 'PIN',
  'login.submit': 'Log in',
  'login.busy': 'Logging in…',
  'login.device-name': 'Device name (optional)',
  'login.device-name-hint': 'What people call this scanner, e.g. Dock 2. Kept on this device; supervisors see it.',
  'login.hint': 'Scan your badge or type it, then your PIN.',
  'login.unreachable': 'The server cannot be reached. Logging in needs the network once; after that the device works offline.',
  'login.again.title': 'Log in again to sync',
  'login.again.text': 'The session has ended. Work queued on this device is kept, and syncs once someone logs in; it stays credited to whoever recorded it.',
  'login.again.someone-else': 'Someone else logs in',

  'update.label': 'App update',
  'update.ready': 'A new version of Lotline is ready',
  'update.now': 'Update now',
  'update.applying': 'Updating…',
  'update.after-task': 'Update when this task is done',
  'update.deferred': 'Will update when this task is done',
};
