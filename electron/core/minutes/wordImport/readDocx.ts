/**
 * A chosen .docx turned into mammoth's HTML and its warnings, or the Swedish reason it cannot be read:
 * not a Word file, an old .doc, a password-protected file (Word stores those encrypted inside an OLE
 * compound file, not a zip), or a zip that is damaged or holds no Word document.
 */
import mammoth from 'mammoth';
import { sv } from '../../../shared/i18n/sv';

const e = sv.wordImport.fileErrors;

/**
 * Titles as h1.title; comments kept (as a reference and a list at the end) so none is lost silently;
 * every other style is mammoth's default mapping, whose warnings name what became plain text.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  'p.Title => h1.title:fresh',
  'comment-reference => sup',
];

export type DocxReading = { ok: true; html: string; warnings: string[] } | { ok: false; message: string };

/** A picture becomes its alt text (docxHtml.ts): its bytes are never read. */
const NO_PICTURE_BYTES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted Office file keeps its key data in, as its name is stored (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export async function readDocx(bytes: Buffer): Promise<DocxReading> {
  if (bytes.subarray(0, OLE.length).equals(OLE)) {
    return { ok: false, message: bytes.includes(ENCRYPTION_INFO) ? e.passwordProtected : e.oldDoc };
  }
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) return { ok: false, message: bytes.length === 0 ? e.empty : e.notDocx };
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: NO_PICTURE_BYTES });
    return { ok: true, html: result.value, warnings: result.messages.map((m) => m.message) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: /main document part|valid \.docx/i.test(message) ? e.notDocx : e.corrupt };
  }
}
