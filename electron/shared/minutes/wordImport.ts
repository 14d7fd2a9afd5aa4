/**
 * The IPC shapes of "Importera anteckningar från Word": the preview of each chosen .docx (what it will
 * become, which meeting it goes to, what turned into plain text, what stops it) and the secretary's
 * choice of files to import, with the outcome. Nothing is stored in these shapes.
 */
import { z } from 'zod';
import { minutesForms } from './minutes';

export const wordImportFileSchema = z.object({
  /** Names this file within its preview, for the choice sent back. */
  id: z.string(),
  fileName: z.string(),
  /** A file that could not be read: the Swedish reason; the other fields are then empty. */
  error: z.string().nullable(),
  title: z.string(),
  /** The meeting date found in the title or the first lines (yyyy-MM-dd), or null. */
  date: z.string().nullable(),
  form: z.enum(minutesForms),
  /** The meeting on that date the minutes join, or null when one is created. */
  meeting: z.object({ id: z.uuid(), label: z.string() }).nullable(),
  /** The kind of the meeting to be created (RÖS-möte, Dialogmöte …) when no meeting exists. */
  newMeetingKind: z.string(),
  sections: z.array(z.string()),
  decisions: z.number().int(),
  actions: z.number().int(),
  words: z.number().int(),
  /** What became plain text (tables, images, footnotes, unknown styles), in Swedish. */
  plainText: z.array(z.string()),
  /** Why the file cannot be imported (no date, the meeting already has minutes), in Swedish. */
  problems: z.array(z.string()),
  /** Whether it can be imported: read, dated, and its meeting has no minutes. */
  importable: z.boolean(),
});
export type WordImportFile = z.infer<typeof wordImportFileSchema>;

export const wordImportPreviewSchema = z.object({ token: z.string(), files: z.array(wordImportFileSchema) });
export type WordImportPreview = z.infer<typeof wordImportPreviewSchema>;

export const wordImportChoiceSchema = z.strictObject({
  token: z.string().max(100),
  fileIds: z.array(z.string().max(100)).max(500),
});

export const wordImportResultSchema = z.object({
  imported: z.array(z.object({ minutesId: z.uuid(), meetingId: z.uuid(), title: z.string(), fileName: z.string() })),
  /** Files chosen but not imported after all (the meeting got minutes meanwhile), with the reason. */
  skipped: z.array(z.object({ fileName: z.string(), reason: z.string() })),
});
export type WordImportResult = z.infer<typeof wordImportResultSchema>;
