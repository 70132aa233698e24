import { useRef, type ReactNode } from 'react';
import { useRowWindow } from './use-row-window';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  width?: string;
  /** A class for this column's cells, e.g. `cell-message` for long text that wraps. */
  className?: string;
}

interface DataTableProps<T> {
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  /** `index` is the row's place in `rows`, for rows that nothing else tells apart. */
  rowKey: (row: T, index: number) => string;
  /** A class for a row that stands out, e.g. `row-warning`. */
  rowClassName?: (row: T) => string | undefined;
  /** Shown dimmed with a note when the data may be out of date (API server unreachable). */
  stale?: boolean;
}

const rowHeight = 33;
// Small tables stay whole in the DOM (simplest for assistive tech); thousands of rows are windowed.
const virtualiseFrom = 200;

/** A dense console table; large ones render only the rows in view, keeping native table semantics. */
export function DataTable<T>(props: DataTableProps<T>) {
  return props.rows.length >= virtualiseFrom ? <VirtualTable {...props} /> : <PlainTable {...props} />;
}

function Head<T>({ columns }: { columns: readonly Column<T>[] }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {columns.map((c) => (
          <th key={c.header} scope="col" style={c.width ? { width: c.width } : undefined}>
            {c.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function Cells<T>({ columns, row }: { columns: readonly Column<T>[]; row: T }) {
  return columns.map((c) => (
    <td key={c.header} className={c.className}>
      {c.cell(row)}
    </td>
  ));
}

function PlainTable<T>({ label, columns, rows, rowKey, rowClassName, stale }: DataTableProps<T>) {
  return (
    <div className={stale ? 'table-wrap stale' : 'table-wrap'}>
      <table className="table" aria-label={label}>
        <Head columns={columns} />
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={rowClassName?.(row)}>
              <Cells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function VirtualTable<T>({ label, columns, rows, rowKey, rowClassName, stale }: DataTableProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow(scroller, rows.length, rowHeight);
  return (
    <div
      ref={scroller}
      onScroll={rowWindow.onScroll}
      className={stale ? 'table-wrap table-scroll stale' : 'table-wrap table-scroll'}
      role="region"
      aria-label={`${label}, scrollable`}
    >
      <table className="table" aria-label={label} aria-rowcount={rows.length + 1}>
        <Head columns={columns} />
        <tbody>
          {rowWindow.before > 0 ? <tr aria-hidden="true" style={{ height: rowWindow.before }} /> : null}
          {rows.slice(rowWindow.start, rowWindow.end).map((row, i) => (
            <tr
              key={rowKey(row, rowWindow.start + i)}
              className={rowClassName?.(row)}
              aria-rowindex={rowWindow.start + i + 2}
              style={{ height: rowHeight }}
            >
              <Cells columns={columns} row={row} />
            </tr>
          ))}
          {rowWindow.after > 0 ? <tr aria-hidden="true" style={{ height: rowWindow.after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
