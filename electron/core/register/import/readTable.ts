/**
 * Reads an import file into rows of text with their line numbers: an Excel workbook (.xlsx, first
 * sheet, through exceljs) or a CSV file as Excel on Windows writes it (`;` or `,`, UTF-8 with or without
 * BOM or Windows-1252, quoted fields with line breaks, through papaparse). Anything else is refused.
 */
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { format } from 'date-fns';
import { sv } from '../../../shared/i18n/sv';
import { AppError } from '../../appError';

export interface TableRow {
  /** 1-based line (CSV) or row (Excel) number where the record starts, as the user sees it. */
  line: number;
  cells: string[];
}

export async function readTable(bytes: Uint8Array): Promise<TableRow[]> {
  if (isZip(bytes)) return readWorkbook(bytes);
  if (bytes.includes(0)) throw new AppError('INVALID_INPUT', sv.register.import.wrongFormat);
  return readCsv(decodeText(bytes));
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * UTF-8 (BOM or not) when the bytes are valid UTF-8, else Windows-1252 as Excel on Windows saves — the
 * whole code page through iconv-lite: Node's TextDecoder reads 0x80–0x9F ("–", curly quotes, "€", "…")
 * as Latin-1 control characters.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'win1252');
  }
}

function readCsv(text: string): TableRow[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const rows: TableRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    // Also when guessing the separator: Excel ends the file with a line break, whose empty line made a
    // short file of two columns look like one without separators.
    skipEmptyLines: 'greedy',
    step: (row) => {
      const cells = row.data.map((cell) => cell.trim());
      if (cells.some((cell) => cell !== '')) rows.push({ line: lineOf(lineStarts, rowStart), cells });
      rowStart = row.meta.cursor;
      while (text[rowStart] === '\r' || text[rowStart] === '\n') rowStart++;
    },
  });
  if (rows.length === 0) throw new AppError('INVALID_INPUT', sv.register.import.empty);
  return rows;
}

function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

async function readWorkbook(bytes: Uint8Array): Promise<TableRow[]> {
  // Loaded when a workbook is read: exceljs alone took a third of a second of the backend's start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('INVALID_INPUT', sv.register.import.wrongFormat);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('INVALID_INPUT', sv.register.import.empty);
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    if (cells.some((cell) => cell !== '')) rows.push({ line: rowNumber, cells });
  });
  if (rows.length === 0) throw new AppError('INVALID_INPUT', sv.register.import.empty);
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Excel stores dates as a day number; exceljs hands them over as midnight UTC.
  if (value instanceof Date) return format(new Date(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()), 'yyyy-MM-dd');
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}
