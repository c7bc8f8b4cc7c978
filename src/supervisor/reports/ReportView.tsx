// The stock and transaction reports work alike: filters typed into a draft and
// applied on submit, sorting and paging on the server, export of the same query,
// then the table and a pager. One hook and one frame hold that; each report keeps
// its own filters, columns and rows.
import { useState, type FormEvent, type ReactNode } from 'react';
import { say } from '../../words';
import { nextSort, toQuery, type QueryValue, type SortDir } from '../query';
import type { Page } from '../server-types';
import { useServerData } from '../use-server-data';
import { ExportButtons } from './ExportButtons';
import { Pager } from './Pager';
import { SortHeader } from './SortHeader';

export interface SortState<S extends string> { sort: S; dir: SortDir }
const PAGE_SIZE = 50;

/** A report's state: draft and applied filters, sort, page, and the page of rows the server answers. */
export function useReport<F extends { [K in keyof F]: string | boolean }, S extends string, R>(
  path: string, empty: F, firstSort: SortState<S>, toBase: (filters: F, sort: SortState<S>) => Record<string, QueryValue>,
) {
  const [draft, setDraft] = useState<F>(empty);
  const [filters, setFilters] = useState<F>(empty);
  const [sort, setSort] = useState<SortState<S>>(firstSort);
  const [page, setPage] = useState(1);
  const base = toBase(filters, sort);
  const { data, loading, error } = useServerData<Page<R>>(`${path}${toQuery({ ...base, page, pageSize: PAGE_SIZE })}`);
  const onSort = (column: S) => { setSort(nextSort(sort, column)); setPage(1); };
  return {
    path, base, data, loading, error, draft, setPage,
    edit: <K extends keyof F>(key: K, value: F[K]) => setDraft({ ...draft, [key]: value }),
    apply: (e: FormEvent) => { e.preventDefault(); setFilters(draft); setPage(1); },
    clear: () => { setDraft(empty); setFilters(empty); setPage(1); },
    header: (column: S, label: string, numeric = false) => (
      <SortHeader column={column} label={label} sort={sort.sort} dir={sort.dir} onSort={onSort} numeric={numeric} />
    ),
    /** A text (or date) filter bound to a draft field. */
    field: (key: { [K in keyof F]: F[K] extends string ? K : never }[keyof F], label: string, type = 'text') => (
      <label className="field">
        <span>{label}</span>
        <input type={type} value={draft[key] as string} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} autoComplete="off" spellCheck={false} />
      </label>
    ),
  };
}

interface Props<R> {
  report: { path: string; base: Record<string, QueryValue>; data: Page<R> | null; loading: boolean; error: string | null; apply: (e: FormEvent) => void; clear: () => void; setPage: (page: number) => void };
  /** The export's file name, e.g. 'stock'. */
  name: string;
  filtersLabel: string;
  filters: ReactNode;
  /** The sentence for a failed load, with the reason. */
  loadFailed: (reason: string) => string;
  tableLabel: string;
  head: ReactNode;
  columns: number;
  noMatch: string;
  row: (row: R) => ReactNode;
}

export function ReportView<R>({ report, name, filtersLabel, filters, loadFailed, tableLabel, head, columns, noMatch, row }: Props<R>) {
  const { data } = report;
  return (
    <>
      <form className="sv-filters" onSubmit={report.apply} aria-label={filtersLabel}>
        {filters}
        <div className="sv-filter-actions">
          <button type="submit" className="button primary-small">{say('console.reports.apply')}</button>
          <button type="button" className="button subtle" onClick={report.clear}>{say('console.reports.clear')}</button>
        </div>
      </form>
      <div className="sv-toolbar">
        <ExportButtons path={report.path} query={toQuery(report.base)} name={name} />
        {report.loading && <span className="hint" aria-live="polite">{say('kit.loading')}</span>}
      </div>
      {report.error && <p role="alert" className="error">{loadFailed(report.error)}</p>}
      {data && (
        <>
          <div className="sv-table-wrap">
            <table className="sv-table" aria-label={tableLabel}>
              <thead>{head}</thead>
              <tbody>
                {data.rows.length === 0 && <tr><td colSpan={columns} className="hint">{noMatch}</td></tr>}
                {data.rows.map(row)}
              </tbody>
            </table>
          </div>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={report.setPage} />
        </>
      )}
    </>
  );
}
