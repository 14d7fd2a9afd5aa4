/**
 * The exported documents as files to be: a proposed name, the save dialog's filter and a function that
 * makes the bytes — the notice (kallelse) in Word, the minutes (or their version for the web) in Word or
 * as PDF (printed by the host).
 * The export handlers save them where the user chooses; an e-mail draft attaches the very same bytes.
 * The builders (docx, React's server renderer) are loaded when a document is first made, so the
 * backend's start does not pay for them.
 */
import { sv } from '../../shared/i18n/sv';
import type { Settings, StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { FileFilter, Host } from '../host';
import { noticeFileName } from '../../shared/meetings/meetingText';
import { findMinutes } from '../minutes/minutesService';
import { minutesFileName, minutesLayout, type MinutesLayout } from '../minutes/export/minutesLayout';
import { pdfFilter, wordFilter } from './exportSaver';

export interface DocumentFile {
  fileName: string;
  filter: FileFilter;
  content: () => Promise<Uint8Array>;
}

export function noticeFile(data: StoreData, meetingId: string): DocumentFile {
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', sv.meetings.notFound);
  return { fileName: noticeFileName(meeting), filter: wordFilter, content: async () => (await import('../meetings/meetingDocuments')).noticeDocx(data, meeting) };
}

export function minutesFile(data: StoreData, host: Host, minutesId: string, format: 'docx' | 'pdf'): DocumentFile {
  const minutes = findMinutes(data, minutesId);
  return layoutFile(data.settings, host, minutesLayout(data, minutes), minutesFileName(data, minutes), format);
}

/** Minutes laid out (the ordinary ones or the version for the web) as a Word file or a printed PDF. */
export function layoutFile(settings: Settings, host: Host, layout: MinutesLayout, name: string, format: 'docx' | 'pdf'): DocumentFile {
  return format === 'docx'
    ? { fileName: `${name}.docx`, filter: wordFilter, content: async () => (await import('../minutes/export/minutesDocx')).minutesDocx(layout, settings) }
    : {
      fileName: `${name}.pdf`,
      filter: pdfFilter,
      content: async () => {
        const { minutesPrintHtml, printMargins } = await import('../minutes/export/minutesPrintHtml');
        return host.printToPdf(minutesPrintHtml(layout, settings), printMargins(layout));
      },
    };
}
