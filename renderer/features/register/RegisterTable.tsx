/**
 * A register list as a table whose first column opens the entry; arrow keys move between entries.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { TableScroll } from '../../components/TableScroll';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Free text that may hold a word longer than the column (an e-mail address, a compound name): broken anywhere. */
  wrapAnywhere?: boolean;
}

interface RegisterTableProps<T extends { id: string; name: string }> {
  label: string;
  rows: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  onOpen: (row: T) => void;
}

function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-open]')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

export function RegisterTable<T extends { id: string; name: string }>({ label, rows, columns, onOpen }: RegisterTableProps<T>) {
  return (
    <TableScroll label={label}>
      <table className="table register-table" aria-label={label} aria-describedby="register-keyboard-help">
        <caption id="register-keyboard-help" className="visually-hidden">
          {sv.register.ui.keyboardHelp}
        </caption>
        <thead>
          <tr>
            <th scope="col">{sv.register.memberFields.name}</th>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={moveFocus}>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <button type="button" className="link-button" data-open onClick={() => onOpen(row)}>
                  {row.name}
                </button>
              </th>
              {columns.map((column) => (
                <td key={column.header} className={column.wrapAnywhere ? 'wrap-anywhere' : undefined}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
