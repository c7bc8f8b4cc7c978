// A column header that sorts on the server: a button, with aria-sort on the header cell.
import type { SortDir } from '../query';

interface Props<K extends string> {
  column: K;
  label: string;
  sort: K;
  dir: SortDir;
  onSort: (column: K) => void;
  numeric?: boolean;
}

export function SortHeader<K extends string>({ column, label, sort, dir, onSort, numeric }: Props<K>) {
  const active = sort === column;
  return (
    <th aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={numeric ? 'num' : undefined}>
      <button type="button" className="sv-sort" onClick={() => onSort(column)}>
        {label}{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}
