import type { ReactNode } from 'react';

export type SortDir = 'asc' | 'desc';

export interface SortHeaderProps<K extends string> {
  column: K;
  label: ReactNode;
  sort: K;
  dir: SortDir;
  onSort(column: K, dir: SortDir): void;
  className?: string;
  /** Shown after the sort button inside the header cell (a column's resize handle). */
  children?: ReactNode;
}

/** A column header that sorts on click or Enter; aria-sort tells screen readers the current order. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  dir,
  onSort,
  className,
  children,
}: SortHeaderProps<K>) {
  const active = sort === column;
  const next: SortDir = active && dir === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column, next)}>
        {label}
        <span className={`sort-mark${active ? ' sort-active' : ''}`} aria-hidden="true">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
      {children}
    </th>
  );
}
