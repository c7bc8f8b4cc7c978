// The console's Users screen: who logs in, their role and the language their
// devices speak (issue 17).
import { formatters } from '../format';

const { plural, number } = formatters('en');

export const consoleUsers = {
  'console.users.title': 'Users',
  'console.users.loading': 'Loading…',
  'console.users.refresh': 'Refresh',
  'console.users.load-failed': ({ error }: { error: string }) => `Could not load the users: ${error}`,
  'console.users.count': ({ count }: { count: number }) => plural(count, { one: `${number(count)} user`, other: `${number(count)} users` }),
  'console.users.table': 'Users',
  'console.users.name': 'Name',
  'console.users.badge': 'Badge',
  'console.users.role': 'Role',
  'console.users.status': 'Status',
  'console.users.active': 'Active',
  'console.users.inactive': 'Inactive',
  'console.users.locked': 'Locked (wrong PINs)',
  'console.users.language': 'Language',
  'console.users.language-of': ({ name }: { name: string }) => `Language of ${name}`,
  'console.users.language.device': "The device's own",
  'console.users.language.saved': ({ name }: { name: string }) => `Saved: ${name}'s devices switch at their next sync.`,
  'console.users.save-failed': ({ error }: { error: string }) => `Not saved: ${error}. Check the connection and try again.`,
  'console.users.add': 'Add a user',
  'console.users.pin': 'PIN (4 to 12 digits)',
  'console.users.create': 'Add user',
  'console.users.created': ({ name, badge }: { name: string; badge: string }) => `${name} can log in now with badge ${badge}.`,
};
