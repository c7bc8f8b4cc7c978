// Each row of the sheet with what the import does to it; refused rows stand out.
import type { ImportRow } from '../server-types';

const STATUS: Record<string, string> = { set: 'Set', 'lot-change': 'Lot change', unchanged: 'Unchanged', refused: 'Refused' };

export function ImportTable({ rows }: { rows: readonly ImportRow[] }) {
  return (
    <div className="sv-table-wrap">
      <table className="sv-table sv-import" aria-label="Import rows">
        <thead>
          <tr><th className="num">Row</th><th>SKU</th><th>Location</th><th>Condition</th><th className="num">Quantity</th><th>Lot</th><th>Now</th><th>Result</th><th>Message</th></tr>
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
              <td>{r.current ? `${r.current.quantity}${r.current.lot ? ` · ${r.current.lot}` : ''}` : 'new slot'}</td>
              <td><span className={`sv-status ${r.status}`}>{STATUS[r.status] ?? r.status}</span></td>
              <td>{r.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
