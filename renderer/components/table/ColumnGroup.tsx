// The <colgroup> of a resizable table: one <col> per column with its laid-out width, so a table with
// `table-layout: fixed` takes exactly those widths whatever its cells hold.
import type { ColumnSpec } from './columnLayout';
import type { ColumnWidths } from './useColumnWidths';

export function ColumnGroup({ specs, columns }: { specs: readonly ColumnSpec[]; columns: ColumnWidths }) {
  return (
    <colgroup>
      {specs.map((s) => (
        <col key={s.id} style={{ width: columns.widths[s.id] ?? s.size }} />
      ))}
    </colgroup>
  );
}
