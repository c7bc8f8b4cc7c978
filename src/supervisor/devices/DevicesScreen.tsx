// Devices (issue 9): every device that synced, by its name (issue 16; renamed
// here), who used it last, when, how
// often its storage was wiped, and its clock as measured on its latest push:
// the worst clocks first, so a supervisor knows which phones to set right.
// Device times are audit only (never the order of operations); a wrong clock
// means the device times on that phone's operations are off by as much.
// Server-backed: refreshed after every sync.
import type { DeviceRow, DevicesResponse } from '../../domain';
import { useServerData } from '../use-server-data';
import { DeviceName } from './DeviceName';
import { agoWords, clockWords, offCount, wipedWords } from './words';
import './devices.css';

function DeviceLine({ row, now, reload }: { row: DeviceRow; now: string; reload: () => void }) {
  return (
    <tr data-clock={row.clock.status}>
      <td className="device"><DeviceName row={row} onRenamed={reload} /></td>
      <td>{row.lastUser ? row.lastUser.name ?? row.lastUser.id : '—'}</td>
      <td className="when" title={row.lastSeen}>{agoWords(row.lastSeen, now)}</td>
      <td className={row.clock.status === 'off' ? 'clock warning' : 'clock'}>
        {clockWords(row)}
        {row.clockCheckedAt && <span className="hint measured"> (measured {agoWords(row.clockCheckedAt, now)})</span>}
      </td>
      <td className="num">{wipedWords(row.seqRestarts)}</td>
      <td className="num">{row.lastSeq}</td>
    </tr>
  );
}

export function DevicesScreen() {
  const { data, loading, error, reload } = useServerData<DevicesResponse>('/api/supervisor/devices');
  const off = data ? offCount(data.rows) : 0;
  return (
    <div className="sv-screen sv-devices">
      <h1>Devices</h1>
      <div className="sv-toolbar">
        <button type="button" className="button subtle" onClick={reload}>Refresh</button>
        {loading && <span className="hint" aria-live="polite">Loading…</span>}
      </div>
      {error && <p role="alert" className="error">Could not load the devices: {error}</p>}
      {data && (
        <p className="hint" role="status" aria-label="Devices summary">
          {data.rows.length} {data.rows.length === 1 ? 'device' : 'devices'};{' '}
          {off === 0 ? 'every measured clock is right.' : `${off} with a wrong clock: set ${off === 1 ? 'its' : 'their'} date and time.`}
        </p>
      )}
      {data && data.rows.length > 0 && (
        <div className="sv-table-wrap">
          <table className="sv-table" aria-label="Devices">
            <thead>
              <tr><th>Device</th><th>Last user</th><th>Last seen</th><th>Clock</th><th className="num">Storage wiped</th><th className="num" title="The last operation number received from it">Last seq.</th></tr>
            </thead>
            <tbody>
              {data.rows.map((row) => <DeviceLine key={row.deviceId} row={row} now={data.serverTime} reload={reload} />)}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
