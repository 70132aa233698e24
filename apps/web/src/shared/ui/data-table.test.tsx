import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table';

const columns: Column<number>[] = [{ header: 'Name', cell: (n) => `row-${n}` }];
const rows = Array.from({ length: 10_000 }, (_, i) => i);

describe('DataTable', () => {
  it('keeps small tables whole', () => {
    render(<DataTable label="Small" columns={columns} rows={rows.slice(0, 50)} rowKey={String} />);
    expect(within(screen.getByRole('table', { name: 'Small' })).getAllByRole('row')).toHaveLength(51);
  });

  it('renders only the rows in view of a large table, and follows the scroll', () => {
    render(<DataTable label="Large" columns={columns} rows={rows} rowKey={String} />);
    const table = screen.getByRole('table', { name: 'Large' });
    expect(within(table).getByText('row-0')).toBeInTheDocument();
    expect(within(table).queryByText('row-5000')).not.toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Large, scrollable' });
    region.scrollTop = 5000 * 33;
    fireEvent.scroll(region);
    expect(within(table).getByText('row-5000').closest('tr')).toHaveAttribute('aria-rowindex', '5002');
    expect(within(table).queryByText('row-0')).not.toBeInTheDocument();
  });
});
