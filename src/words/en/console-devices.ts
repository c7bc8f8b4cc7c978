// The console's Devices screen (issue 9, issue 16.8, src/supervisor/devices):
// every device that synced, its name, its clock and its storage wipes.
import { formatters } from '../format';

const { plural, number } = formatters('en');

export const consoleDevices = {
  'console.devices.title': 'Devices',
  'console.devices.load-failed': ({ error }: { error: string }) => `Could not load the devices: ${error}`,
  'console.devices.summary': 'Devices summary',
  'console.devices.summary.text': ({ devices, off }: { devices: number; off: number }) =>
    `${plural(devices, { one: `${number(devices)} device`, other: `${number(devices)} devices` })}; ${off === 0
      ? 'every measured clock is right.'
      : plural(off, { one: `${number(off)} with a wrong clock: set its date and time.`, other: `${number(off)} with a wrong clock: set their date and time.` })}`,
  'console.devices.column.device': 'Device',
  'console.devices.column.last-user': 'Last user',
  'console.devices.column.last-seen': 'Last seen',
  'console.devices.column.clock': 'Clock',
  'console.devices.column.wiped': 'Storage wiped',
  'console.devices.column.seq': 'Last seq.',
  'console.devices.column.seq-hint': 'The last operation number received from it',
  'console.devices.measured': ({ ago }: { ago: string }) => `(measured ${ago})`,

  // A clock's verdict; `amount` is a duration such as "9 h" or "3 days".
  'console.devices.clock.ok': 'OK',
  'console.devices.clock.ahead': ({ amount }: { amount: string }) => `Clock ${amount} ahead — device times on its operations are wrong by that much`,
  'console.devices.clock.behind': ({ amount }: { amount: string }) => `Clock ${amount} behind — device times on its operations are wrong by that much`,
  'console.devices.clock.unknown': 'Not measured yet (none of its pushes carried its clock)',
  'console.devices.wiped.never': 'never',
  'console.devices.wiped': ({ count }: { count: number }) => plural(count, { one: 'once', other: `${number(count)} times` }),
  'console.devices.ago.just-now': 'just now',
  'console.devices.ago': ({ amount }: { amount: string }) => `${amount} ago`,

  'console.devices.name.unnamed': 'Unnamed',
  'console.devices.name.rename': 'Rename',
  'console.devices.name.rename-label': ({ name }: { name: string }) => `Rename ${name}`,
  'console.devices.name.form': ({ id }: { id: string }) => `Name of ${id}`,
  'console.devices.name.field': 'Device name',
  'console.devices.name.save': 'Save name',
  'console.devices.name.hint': 'Leave it empty to remove the name.',
  'console.devices.name.failed': ({ error }: { error: string }) => `Not renamed: ${error}. Check the connection and try again.`,
};
