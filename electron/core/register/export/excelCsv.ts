/**
 * CSV that opens correctly in Swedish Excel on a double-click: UTF-8 with BOM (å, ä, ö survive),
 * `;` as separator (Swedish Excel's list separator), CRLF line ends, every field quoted. Cells that
 * Excel would run as a formula (=, +, -, @ first) are prefixed with an apostrophe.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

export function toExcelCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const guard = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
  const body = Papa.unparse(
    { fields: [...headers], data: rows.map((row) => row.map(guard)) },
    { delimiter: ';', newline: '\r\n', quotes: true },
  );
  return `\uFEFF${body}\r\n`;
}
