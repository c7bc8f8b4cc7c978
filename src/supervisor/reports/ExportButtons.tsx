// CSV and Excel of the same filtered, sorted report, downloaded with the
// session's token in a header (never in the URL).
import { useState } from 'react';
import { errorText } from '../../net/api';
import { say } from '../../words';
import { download } from '../api';

export function ExportButtons({ path, query, name }: { path: string; query: string; name: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const get = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setError(null);
    const url = `${path}${query}${query ? '&' : '?'}format=${format}`;
    try {
      await download(url, `${name}.${format}`);
    } catch (e) {
      setError(say('console.reports.export-failed', { reason: errorText(e) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="sv-export">
      <button type="button" className="button" disabled={busy !== null} onClick={() => void get('csv')}>{say(busy === 'csv' ? 'console.reports.exporting' : 'console.reports.export.csv')}</button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void get('xlsx')}>{say(busy === 'xlsx' ? 'console.reports.exporting' : 'console.reports.export.excel')}</button>
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
