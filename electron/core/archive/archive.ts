/**
 * The archive that hands the work to the next secretary: one .zip with the data file, the newest
 * backup, and every document regenerated (minutes, notices, year plans, the register's lists), plus a
 * manifest that marks it as ours. Reading one back accepts only a whole archive of ours whose data file
 * is a valid store (of this or an older version); anything else is refused with a Swedish message.
 */
import JSZip from 'jszip';
import { sv } from '../../shared/i18n/sv';
import { meetingsInYear } from '../meetings/meetingService';
import { noticeDocx, yearPlanDocx } from '../meetings/meetingDocuments';
import { noticeFileName } from '../../shared/meetings/meetingText';
import { minutesDocx } from '../minutes/export/minutesDocx';
import { minutesFileName, minutesLayout } from '../minutes/export/minutesLayout';
import { memberContactListDocx, organisationListDocx } from '../register/export/registerDocuments';
import { AppError } from '../appError';
import { encodeStoreBytes } from '../store/storeCodec';
import { DATA_FILE_NAME } from '../store/storeSession';
import { STORE_APP_ID, type StoreData } from '../../shared/store/schema';

const MANIFEST = 'arkiv.json';
const t = sv.archive;

export async function buildArchive(data: StoreData, newestBackup: { fileName: string; bytes: Uint8Array } | null, createdAt: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(MANIFEST, JSON.stringify({ app: STORE_APP_ID, kind: 'archive', createdAt: createdAt.toISOString(), schemaVersion: data.schemaVersion }, null, 2));
  zip.file(DATA_FILE_NAME, encodeStoreBytes(data));
  if (newestBackup) zip.file(`${t.backupsFolder}/${newestBackup.fileName}`, newestBackup.bytes);
  const documents = zip.folder(t.documentsFolder)!;
  for (const minutes of data.minutes) {
    documents.file(`${t.minutesFolder}/${minutesFileName(data, minutes)}.docx`, await minutesDocx(minutesLayout(data, minutes), data.settings));
  }
  for (const meeting of data.meetings) documents.file(`${t.noticesFolder}/${noticeFileName(meeting)}`, await noticeDocx(data, meeting));
  const years = [...new Set(data.meetings.map((m) => Number(m.date.slice(0, 4))))].sort();
  for (const year of years) {
    documents.file(`${sv.meetings.documents.yearPlanFile(year)}.docx`, await yearPlanDocx(data, year, meetingsInYear(data, year)));
  }
  documents.file(`${sv.register.exports.memberFileName}.docx`, await memberContactListDocx(data));
  documents.file(`${sv.register.exports.organisationFileName}.docx`, await organisationListDocx(data));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The data file of an archive; refuses a damaged zip or one not ours with a Swedish message. The data
 * file itself is checked where it goes (`refuseDamaged`), once.
 */
export async function readArchive(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw new AppError('INVALID_INPUT', t.notAZip);
  }
  const manifest = await zip.file(MANIFEST)?.async('string');
  const dataFile = await zip.file(DATA_FILE_NAME)?.async('uint8array');
  let ours = false;
  try {
    ours = JSON.parse(manifest ?? 'null')?.app === STORE_APP_ID;
  } catch {
    ours = false;
  }
  if (!ours || !dataFile) throw new AppError('INVALID_INPUT', t.notOurs);
  return dataFile;
}

/** The refusal of an archive whose data file cannot be used. */
export const refuseDamaged = (problem: string) => new AppError('INVALID_INPUT', t.damaged(problem));
