// Which rows of a long list are drawn: only those in the viewport plus a few
// either side, so a grid of 100,000 items costs as much as one of 40. Rows
// have one fixed height; the list keeps its full height so the scrollbar is true.

export interface WindowRange {
  /** First row drawn (inclusive). */
  start: number;
  /** Row after the last drawn (exclusive). */
  end: number;
  /** Pixels above the first drawn row. */
  offset: number;
  /** Height of the whole list. */
  total: number;
}

export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 6): WindowRange {
  const total = Math.max(0, count) * rowHeight;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0, total };
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, total - viewport));
  const first = Math.floor(top / rowHeight);
  const shown = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + shown + overscan);
  return { start, end, offset: start * rowHeight, total };
}

/** The scrollTop that brings row `index` into view (keyboard navigation), or null when it already is. */
export function scrollToShow(index: number, scrollTop: number, viewport: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return null;
}
