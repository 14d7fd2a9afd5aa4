// "Skicka kallelse …" and "Skicka anteckningar …" write an e-mail draft: an .eml that a mail program
// reads back (here mailparser) as an unsent message to the chosen members, with Swedish letters intact
// in the subject, the names and the text, and the very document the export saves attached; the file is
// opened with the system's mail program. Bad recipients are refused in Swedish and nothing is written.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/core/ipc/backend';
import { sv } from '../../electron/shared/i18n/sv';
import type { MailDraftInput } from '../../electron/shared/mail/mailDraft';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Member } from '../../electron/shared/register/member';
import { pdfText } from '../support/libreoffice';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { meetingWithMinutes } from '../support/minutesFixtures';
import { memberInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

const SWEDISH = 'å ä ö Å Ä Ö é';

async function register(backend: Backend) {
  const add = (name: string, email: string, side: Member['side'] = 'regionPolitician') =>
    value<Member>(backend.invoke('saveMember', { id: null, member: memberInput({ name, email, side }) }));
  await value(backend.invoke('updateSettings', { secretaryName: 'Kim Åkesson' }));
  return {
    asa: await add('Åsa Öberg', 'asa.oberg@example.se'),
    eva: await add('Éva Ärlig-Ödman', 'eva@example.se', 'civilSociety'),
    orjan: await add('Örjan Utanadress', ''),
  };
}

async function juneMeeting(backend: Backend): Promise<Meeting> {
  return value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[0]! }));
}

const draft = (patch: Partial<MailDraftInput> & Pick<MailDraftInput, 'source' | 'recipientIds'>): MailDraftInput => ({
  format: 'docx', addressing: 'bcc', ownAddress: 'sekreterare@example.se', subject: `Kallelse till RÖS-möte ${SWEDISH}`,
  body: `Hej!\n\nVälkomna till mötet. ${SWEDISH}\n\nMed vänlig hälsning\nKim Åkesson`, ...patch,
});

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  [field ?? []].flat().flatMap((group) => group.value.map((a) => `${a.name} <${a.address}>`));

/** The header block of the raw file: plain ASCII, everything else encoded (RFC 2047). */
const rawHeaders = (eml: Buffer) => eml.subarray(0, eml.indexOf('\r\n\r\n'));

afterEach(() => {
  vi.useRealTimers();
});

describe('an e-mail draft of the kallelse', () => {
  it('parses as an unsent message to the chosen members in Bcc, Swedish letters intact, the exported .docx attached byte for byte, and is opened', async () => {
    await withBackend(async (backend, saveTo, dir, host) => {
      const { asa, eva } = await register(backend);
      const meeting = await juneMeeting(backend);
      // The same instant for both builds: a .docx carries the time it was made.
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T09:00:00Z') });
      const exportedPath = saveTo('Exporterad kallelse.docx');
      await value(backend.invoke('exportNotice', { meetingId: meeting.id }));
      const emlPath = saveTo('Kallelse RÖS-möte 2024-06-13.eml');
      const saved = await value(backend.invoke('createMailDraft', draft({ source: { kind: 'notice', meetingId: meeting.id }, recipientIds: [asa.id, eva.id] })));
      vi.useRealTimers();

      expect(saved).toEqual({ path: emlPath });
      expect(host.proposed.at(-1)).toBe(join(dir, 'Kallelse RÖS-möte 2024-06-13.eml'));
      expect(host.opened).toEqual([`path:${emlPath}`]);
      const eml = await readFile(emlPath);
      expect(/^[\x20-\x7e\r\n\t]*$/.test(rawHeaders(eml).toString('latin1'))).toBe(true);
      const mail: ParsedMail = await simpleParser(eml);
      expect(mail.headers.get('x-unsent')).toBe('1');
      expect(mail.subject).toBe(`Kallelse till RÖS-möte ${SWEDISH}`);
      expect(addresses(mail.to)).toEqual(['Kim Åkesson <sekreterare@example.se>']);
      expect(addresses(mail.bcc)).toEqual(['Åsa Öberg <asa.oberg@example.se>', 'Éva Ärlig-Ödman <eva@example.se>']);
      expect(mail.text?.trim()).toBe(`Hej!\n\nVälkomna till mötet. ${SWEDISH}\n\nMed vänlig hälsning\nKim Åkesson`);
      expect(mail.attachments.map((a) => a.filename)).toEqual(['Kallelse RÖS-möte 2024-06-13.docx']);
      expect(mail.attachments[0]!.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(Buffer.compare(mail.attachments[0]!.content, await readFile(exportedPath))).toBe(0);
    });
  });

  it('puts everyone in To when the secretary chooses so, with no Bcc', async () => {
    await withBackend(async (backend, saveTo) => {
      const { asa, eva } = await register(backend);
      const meeting = await juneMeeting(backend);
      const path = saveTo('Kallelse.eml');
      await value(backend.invoke('createMailDraft', draft({ source: { kind: 'notice', meetingId: meeting.id }, recipientIds: [eva.id, asa.id], addressing: 'to' })));
      const mail = await simpleParser(await readFile(path));
      expect(addresses(mail.to)).toEqual(['Éva Ärlig-Ödman <eva@example.se>', 'Åsa Öberg <asa.oberg@example.se>']);
      expect(mail.bcc).toBeUndefined();
    });
  });

  it('writes and opens nothing when the save dialog is cancelled', async () => {
    await withBackend(async (backend, _saveTo, _dir, host) => {
      const { asa } = await register(backend);
      const meeting = await juneMeeting(backend);
      expect(await value(backend.invoke('createMailDraft', draft({ source: { kind: 'notice', meetingId: meeting.id }, recipientIds: [asa.id] })))).toBeNull();
      expect(host.opened).toEqual([]);
    });
  });
});

describe('an e-mail draft of the minutes', () => {
  it('attaches the minutes as Word, the same bytes as the export, or as a PDF with their text', async () => {
    await withBackend(async (backend, saveTo) => {
      const { asa } = await register(backend);
      const { minutes } = await meetingWithMinutes(backend);
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T09:00:00Z') });
      const exportedPath = saveTo('Exporterade anteckningar.docx');
      await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'docx' }));
      const wordPath = saveTo('Anteckningar Word.eml');
      await value(backend.invoke('createMailDraft', draft({ source: { kind: 'minutes', minutesId: minutes.id }, recipientIds: [asa.id] })));
      vi.useRealTimers();
      const word = await simpleParser(await readFile(wordPath));
      expect(word.attachments.map((a) => a.filename)).toEqual(['Kortfattade anteckningar RÖS 2021-04-28.docx']);
      expect(Buffer.compare(word.attachments[0]!.content, await readFile(exportedPath))).toBe(0);

      const pdfPath = saveTo('Anteckningar PDF.eml');
      await value(backend.invoke('createMailDraft', draft({ source: { kind: 'minutes', minutesId: minutes.id }, recipientIds: [asa.id], format: 'pdf' })));
      const pdf = (await simpleParser(await readFile(pdfPath))).attachments[0]!;
      expect(pdf.filename).toBe('Kortfattade anteckningar RÖS 2021-04-28.pdf');
      expect(pdf.contentType).toBe('application/pdf');
      const pdfFile = saveTo('Bifogad.pdf');
      await writeFile(pdfFile, pdf.content);
      expect((await pdfText(pdfFile)).replace(/\s+/g, ' ')).toContain(minutes.title.slice(0, 40));
    });
  }, 60_000);
});

describe('a draft with bad recipients', () => {
  it.each<[string, (ids: { asa: string; orjan: string }, meetingId: string) => unknown, string]>([
    ['no recipient', (_ids, meetingId) => draft({ source: { kind: 'notice', meetingId }, recipientIds: [] }), sv.mail.errors.noRecipients],
    ['a member without an e-mail address', (ids, meetingId) => draft({ source: { kind: 'notice', meetingId }, recipientIds: [ids.asa, ids.orjan] }), sv.mail.errors.noAddress('Örjan Utanadress')],
    ['someone not in the register', (ids, meetingId) => draft({ source: { kind: 'notice', meetingId }, recipientIds: [ids.asa, crypto.randomUUID()] }), sv.mail.errors.unknownRecipient],
    ['the same member twice', (ids, meetingId) => draft({ source: { kind: 'notice', meetingId }, recipientIds: [ids.asa, ids.asa] }), sv.mail.errors.duplicateRecipient],
    ['a recipient that is not an id', (_ids, meetingId) => draft({ source: { kind: 'notice', meetingId }, recipientIds: ['Åsa <asa@example.se>'] }), sv.errors.invalidInput],
    ['an own address that is not one', (ids, meetingId) => draft({ source: { kind: 'notice', meetingId }, recipientIds: [ids.asa], ownAddress: 'sekreteraren' }), sv.register.fieldErrors.email],
    ['the kallelse as PDF', (ids, meetingId) => draft({ source: { kind: 'notice', meetingId }, recipientIds: [ids.asa], format: 'pdf' }), sv.mail.errors.noticeAsPdf],
  ])('(%s) is refused in Swedish, and nothing is written or opened', async (_case, input, message) => {
    await withBackend(async (backend, saveTo, dir, host) => {
      const { asa, orjan } = await register(backend);
      const meeting = await juneMeeting(backend);
      saveTo('Kallelse.eml');
      const before = await readdir(dir);
      const result = await backend.invoke('createMailDraft', input({ asa: asa.id, orjan: orjan.id }, meeting.id));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toContain(message);
      expect(await readdir(dir)).toEqual(before);
      expect(host.opened).toEqual([]);
    });
  });
});
