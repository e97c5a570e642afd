// A table whose columns fill the window and can be resized: the scroll box it is measured in, the
// <table> at the columns' total width, and their <colgroup>. Headers add a <ColumnResizer> each; the
// page keeps its rows, sorting and selection as they were.
import type { ReactNode, TableHTMLAttributes } from 'react';
import { ColumnGroup } from './ColumnGroup';
import type { ColumnWidths } from './useColumnWidths';
import './table.css';

interface Props extends TableHTMLAttributes<HTMLTableElement> {
  columns: ColumnWidths;
  /** Class of the scroll box around the table. */
  scrollClassName?: string;
  /** The table's <caption>: it must come first, before the <colgroup>. */
  caption: ReactNode;
  children: ReactNode;
}

export function ResizableTable({ columns, scrollClassName, caption, className, children, ...rest }: Props) {
  return (
    <div className={`rt-scroll${scrollClassName ? ` ${scrollClassName}` : ''}`} ref={columns.measureRef}>
      <table
        {...rest}
        className={`${className ?? 'table'} rt-table`}
        style={{ width: columns.total || undefined }}
      >
        {caption}
        <ColumnGroup specs={columns.specs} columns={columns} />
        {children}
      </table>
    </div>
  );
}
