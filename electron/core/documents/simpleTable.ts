/**
 * A plain Word table as a careful person makes one: a bold header row repeated on every page, rows
 * that do not split across pages, column widths (in parts) that add up to the A4 text width, and a dash
 * in a cell with nothing to say (a blank cell reads to a screen reader as missing, and Word's
 * accessibility checker flags it).
 */
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { A4_TEXT_WIDTH_TWIP } from './letterDocument';
import { sv } from '../../shared/i18n/sv';
import { safeText } from './safeText';

export interface TableColumn {
  header: string;
  /** Relative width; the parts are scaled to the page width. */
  weight: number;
}

export function simpleTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((A4_TEXT_WIDTH_TWIP * c.weight) / total));
  const cell = (text: string, width: number, bold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: safeText(text).trim() || sv.accessibleDocuments.emptyCell, bold, size: 20 })] })],
    });
  return new Table({
    width: { size: A4_TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, widths[i]!, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, widths[i]!, false)) })),
    ],
  });
}
