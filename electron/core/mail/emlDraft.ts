/**
 * An e-mail draft as the bytes of an .eml file, built with nodemailer's MailComposer and never sent:
 * marked `X-Unsent: 1`, so Outlook and Thunderbird open it as a new message ready to send from the
 * user's own account (no From or server needed). Names and the subject are encoded by the composer,
 * so å, ä and ö survive every mail program; Bcc is kept in the file, as a draft must.
 */
import MailComposer from 'nodemailer/lib/mail-composer';

export interface MailAddress {
  name: string;
  address: string;
}

export interface EmlDraft {
  to: readonly MailAddress[];
  bcc: readonly MailAddress[];
  subject: string;
  text: string;
  attachment: { fileName: string; content: Uint8Array };
}

export function emlDraft(draft: EmlDraft): Promise<Buffer> {
  const message = new MailComposer({
    to: draft.to.map((a) => ({ ...a })),
    bcc: draft.bcc.map((a) => ({ ...a })),
    subject: draft.subject,
    text: draft.text,
    attachments: [{ filename: draft.attachment.fileName, content: Buffer.from(draft.attachment.content) }],
    headers: { 'X-Unsent': '1' },
    newline: 'windows',
    disableFileAccess: true,
    disableUrlAccess: true,
  }).compile();
  message.keepBcc = true;
  return message.build();
}
