// A windowed list: rows of one fixed height inside a scroll box of bounded height, and only the rows in view (and a
// few around them) in the page. A group of 2,000 issues costs the page a dozen rows, and scrolls within the pane.
import { useState, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  /** Every row's height in px (the rows must not grow: clamp their text). */
  rowHeight: number;
  /** The box's largest height in px; a shorter list makes a shorter box. */
  maxHeight: number;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
  itemKey: (item: T, index: number) => string;
  renderRow: (item: T, index: number) => ReactNode;
  label?: string;
}

/** The first and last index (exclusive) to render for a scroll position. */
export function windowOf(count: number, rowHeight: number, height: number, scrollTop: number, overscan: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

export function VirtualList<T>({ items, rowHeight, maxHeight, overscan = 4, itemKey, renderRow, label }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const total = items.length * rowHeight;
  const height = Math.min(total, maxHeight);
  const [first, last] = windowOf(items.length, rowHeight, height, scrollTop, overscan);
  return (
    <div
      style={{ height, overflowY: total > maxHeight ? 'auto' : 'hidden', position: 'relative', overscrollBehavior: 'contain' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="virtual-list"
      data-rows={items.length}
    >
      <ul aria-label={label} style={{ listStyleType: 'none', margin: 0, padding: 0, height: total, position: 'relative' }}>
        {items.slice(first, last).map((item, k) => (
          <li key={itemKey(item, first + k)} style={{ position: 'absolute', top: (first + k) * rowHeight, left: 0, right: 0, height: rowHeight, boxSizing: 'border-box' }}>
            {renderRow(item, first + k)}
          </li>
        ))}
      </ul>
    </div>
  );
}
