/**
 * "Skicka kallelse …" and "Skicka anteckningar …": writes an e-mail draft (.eml, marked unsent) to the
 * chosen members with the notice or the minutes attached, saved where exports go, and opens it in the
 * system's mail program. Recipients are looked up in the register here; one unknown or without an
 * address refuses the whole draft with a Swedish message, so no one is dropped unnoticed.
 */
import type { z } from 'zod';
import { sv } from '../../shared/i18n/sv';
import type { mailDraftInputSchema } from '../../shared/mail/mailDraft';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { MailAddress } from '../mail/emlDraft';
import { minutesFile, noticeFile } from './documentFiles';
import type { HandlerContext } from './handlers';

const t = sv.mail;
export const emlFilter = { name: t.fileFilter, extensions: ['eml'] };

function recipients(data: StoreData, ids: readonly string[]): MailAddress[] {
  return ids.map((id) => {
    const member = data.members.find((m) => m.id === id);
    if (!member) throw new AppError('NOT_FOUND', t.errors.unknownRecipient);
    if (!member.email) throw new AppError('INVALID_INPUT', t.errors.noAddress(member.name));
    return { name: member.name, address: member.email };
  });
}

export async function createMailDraft(ctx: HandlerContext, input: z.output<typeof mailDraftInputSchema>): Promise<{ path: string } | null> {
  const data = ctx.session().data;
  const members = recipients(data, input.recipientIds);
  const own = input.ownAddress ? [{ name: data.settings.secretaryName, address: input.ownAddress }] : [];
  const document = input.source.kind === 'notice'
    ? noticeFile(data, input.source.meetingId)
    : minutesFile(data, ctx.host, input.source.minutesId, input.format);
  const draftName = `${document.fileName.replace(/\.[^.]+$/, '')}.eml`;
  const saved = await ctx.exports.save(t.saveTitle, draftName, emlFilter, async () => (await import('../mail/emlDraft')).emlDraft({
    to: input.addressing === 'bcc' ? own : members,
    bcc: input.addressing === 'bcc' ? members : [],
    subject: input.subject,
    text: input.body,
    attachment: { fileName: document.fileName, content: await document.content() },
  }));
  if (saved) await ctx.host.openPath(saved.path);
  return saved;
}
