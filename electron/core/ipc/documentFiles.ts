/**
 * The exported documents as files to be: a proposed name, the save dialog's filter and a function that
 * makes the bytes — the notice (kallelse) in Word, the minutes in Word or as PDF (printed by the host).
 * The export handlers save them where the user chooses; an e-mail draft attaches the very same bytes.
 */
import { sv } from '../../shared/i18n/sv';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { FileFilter, Host } from '../host';
import { noticeDocx, noticeFileName } from '../meetings/meetingDocuments';
import { findMinutes } from '../minutes/minutesService';
import { minutesDocx } from '../minutes/export/minutesDocx';
import { minutesFileName, minutesLayout } from '../minutes/export/minutesLayout';
import { minutesPrintHtml, PRINT_FOOTER } from '../minutes/export/minutesPrintHtml';
import { pdfFilter, wordFilter } from './exportSaver';

export interface DocumentFile {
  fileName: string;
  filter: FileFilter;
  content: () => Promise<Uint8Array>;
}

export function noticeFile(data: StoreData, meetingId: string): DocumentFile {
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', sv.meetings.notFound);
  return { fileName: noticeFileName(meeting), filter: wordFilter, content: () => noticeDocx(data, meeting) };
}

export function minutesFile(data: StoreData, host: Host, minutesId: string, format: 'docx' | 'pdf'): DocumentFile {
  const minutes = findMinutes(data, minutesId);
  const layout = minutesLayout(data, minutes);
  const name = minutesFileName(data, minutes);
  return format === 'docx'
    ? { fileName: `${name}.docx`, filter: wordFilter, content: () => minutesDocx(layout, data.settings) }
    : { fileName: `${name}.pdf`, filter: pdfFilter, content: () => host.printToPdf(minutesPrintHtml(layout, data.settings), PRINT_FOOTER) };
}
