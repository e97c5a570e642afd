// Tables whose columns fill the window and can be resized (issue 14: text that fits).
export { layoutColumns, type ColumnSpec, type ColumnSizes } from './columnLayout';
export { useColumnWidths, type ColumnWidths } from './useColumnWidths';
export { ColumnResizer } from './ColumnResizer';
export { ColumnGroup } from './ColumnGroup';
export { ResizableTable } from './ResizableTable';
export { ResizableTh } from './ResizableTh';
export { columnStorageKey } from './columnStorage';
