// A windowed grid: only the rows in view (plus a few) are in the DOM, so the
// items grid stays fast with 100,000 rows (windowing.ts does the math).
// Keyboard: the list is one tab stop; arrows, Page Up/Down, Home/End move the
// active row, Enter opens it, Space toggles its selection.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { scrollToShow, visibleRange } from './windowing';

interface Props<T> {
  rows: readonly T[];
  label: string;
  /** CSS grid-template-columns shared by the header and every row. */
  columns: string;
  header: ReactNode;
  rowKey: (row: T) => string;
  renderRow: (row: T, index: number) => ReactNode;
  onOpen?: (row: T) => void;
  onToggle?: (row: T) => void;
  isSelected?: (row: T) => boolean;
  rowHeight?: number;
  empty: ReactNode;
  /** When it changes (a new search), the list goes back to its top. */
  resetKey?: string;
}

export function VirtualList<T>({ rows, label, columns, header, rowKey, renderRow, onOpen, onToggle, isSelected, rowHeight = 52, empty, resetKey = '' }: Props<T>) {
  const body = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  const [active, setActive] = useState(0);
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    setViewport(el.clientHeight || 480);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || 480));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A new search starts at the top (a live update of the same search keeps the place).
  const [shownFor, setShownFor] = useState(resetKey);
  if (shownFor !== resetKey) {
    setShownFor(resetKey);
    setActive(0);
    setScrollTop(0);
  }
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [resetKey]);

  const range = visibleRange(scrollTop, viewport, rowHeight, rows.length);
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    const el = body.current;
    const top = el ? scrollToShow(next, el.scrollTop, el.clientHeight, rowHeight) : null;
    if (el && top !== null) el.scrollTop = top;
  };
  const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[active];
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => { if (row && onOpen) onOpen(row); },
      ' ': () => { if (row && onToggle) onToggle(row); },
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <div className="vlist" role="grid" aria-label={label} aria-rowcount={rows.length + 1}>
      <div className="vlist-row vlist-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: columns }}>{header}</div>
      <div
        ref={body}
        className="vlist-body"
        tabIndex={0}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        aria-activedescendant={rows[active] ? `vrow-${rowKey(rows[active])}` : undefined}
      >
        {rows.length === 0 ? <div className="vlist-empty">{empty}</div> : (
          <div style={{ height: range.total, position: 'relative' }}>
            <div style={{ transform: `translateY(${range.offset}px)` }}>
              {rows.slice(range.start, range.end).map((row, i) => {
                const index = range.start + i;
                const selected = isSelected?.(row) ?? false;
                return (
                  <div
                    key={rowKey(row)}
                    id={`vrow-${rowKey(row)}`}
                    role="row"
                    aria-rowindex={index + 2}
                    aria-selected={isSelected ? selected : undefined}
                    className={`vlist-row${index === active ? ' active' : ''}${selected ? ' selected' : ''}`}
                    style={{ gridTemplateColumns: columns, height: rowHeight }}
                    onClick={() => setActive(index)}
                  >
                    {renderRow(row, index)}
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
