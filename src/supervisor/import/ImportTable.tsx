// Each row of the sheet with what the import does to it; refused rows stand out.
import { say, sayIfKnown } from '../../words';
import type { ImportRow } from '../server-types';

export function ImportTable({ rows }: { rows: readonly ImportRow[] }) {
  return (
    <div className="sv-table-wrap">
      <table className="sv-table sv-import" aria-label={say('console.import.rows')}>
        <thead>
          <tr>
            <th className="num">{say('console.import.column.row')}</th><th>{say('console.import.column.sku')}</th>
            <th>{say('console.import.column.location')}</th><th>{say('console.import.column.condition')}</th>
            <th className="num">{say('console.import.column.quantity')}</th><th>{say('console.import.column.lot')}</th>
            <th>{say('console.import.column.now')}</th><th>{say('console.import.column.result')}</th><th>{say('console.import.column.message')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={r.status === 'refused' ? 'refused' : undefined}>
              <td className="num">{r.row}</td>
              <td className="code">{r.sku}</td>
              <td className="code">{r.locationCode}</td>
              <td>{r.condition || '—'}</td>
              <td className="num">{r.quantity ?? ''}</td>
              <td>{r.lot ?? ''}</td>
              <td>{r.current ? say('console.import.now', { quantity: r.current.quantity, lot: r.current.lot }) : say('console.import.new-slot')}</td>
              <td><span className={`sv-status ${r.status}`}>{sayIfKnown(`console.import.status.${r.status}`) ?? r.status}</span></td>
              <td>{r.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
