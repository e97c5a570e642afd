// A column header of a resizable table: its label and the resize handle on its right edge.
import type { ReactNode, ThHTMLAttributes } from 'react';
import { ColumnResizer } from './ColumnResizer';
import type { ColumnWidths } from './useColumnWidths';

interface Props extends ThHTMLAttributes<HTMLTableCellElement> {
  columns: ColumnWidths;
  /** The column's id in the table's specs. */
  id: string;
  /** The column's name, for the handle's label (defaults to the header text when it is a string). */
  label: string;
  children?: ReactNode;
}

export function ResizableTh({ columns, id, label, children, ...rest }: Props) {
  const spec = columns.specs.find((s) => s.id === id);
  return (
    <th scope="col" {...rest}>
      {children ?? label}
      {spec ? <ColumnResizer columns={columns} spec={spec} label={label} /> : null}
    </th>
  );
}
