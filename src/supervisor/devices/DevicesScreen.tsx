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
import { say } from '../../words';
import './devices.css';

function DeviceLine({ row, now, reload }: { row: DeviceRow; now: string; reload: () => void }) {
  return (
    <tr data-clock={row.clock.status}>
      <td className="device"><DeviceName row={row} onRenamed={reload} /></td>
      <td>{row.lastUser ? row.lastUser.name ?? row.lastUser.id : '—'}</td>
      <td className="when" title={row.lastSeen}>{agoWords(row.lastSeen, now)}</td>
      <td className={row.clock.status === 'off' ? 'clock warning' : 'clock'}>
        {clockWords(row)}
        {row.clockCheckedAt && <span className="hint measured"> {say('console.devices.measured', { ago: agoWords(row.clockCheckedAt, now) })}</span>}
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
      <h1>{say('console.devices.title')}</h1>
      <div className="sv-toolbar">
        <button type="button" className="button subtle" onClick={reload}>{say('console.shell.refresh')}</button>
        {loading && <span className="hint" aria-live="polite">{say('console.shell.loading')}</span>}
      </div>
      {error && <p role="alert" className="error">{say('console.devices.load-failed', { error })}</p>}
      {data && (
        <p className="hint" role="status" aria-label={say('console.devices.summary')}>
          {say('console.devices.summary.text', { devices: data.rows.length, off })}
        </p>
      )}
      {data && data.rows.length > 0 && (
        <div className="sv-table-wrap">
          <table className="sv-table" aria-label={say('console.devices.title')}>
            <thead>
              <tr>
                <th>{say('console.devices.column.device')}</th><th>{say('console.devices.column.last-user')}</th>
                <th>{say('console.devices.column.last-seen')}</th><th>{say('console.devices.column.clock')}</th>
                <th className="num">{say('console.devices.column.wiped')}</th>
                <th className="num" title={say('console.devices.column.seq-hint')}>{say('console.devices.column.seq')}</th>
              </tr>
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
