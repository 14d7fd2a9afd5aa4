/**
 * The IPC contract: every method the renderer may call, with the zod schema its input must pass in main
 * and the schema of the value it returns. Main registers handlers from this map, the preload exposes
 * `channelNames`, and `RosApi` (the type of `window.ros`) is derived from it, so the three cannot drift.
 * Which methods change the store is said in `channels.ts`, which loads no schema.
 */
import { z } from 'zod';
import type { ChannelName } from './channels';
import type { Result } from './result';
import { settingsSchema } from '../store/schema';
import { backupInfoSchema, storeStatusSchema } from '../store/status';
import { backupFileNameSchema } from '../store/backupFileName';
import { memberInputSchema, memberSchema } from '../register/member';
import { organisationInputSchema, organisationSchema } from '../register/organisation';
import { registerStatsSchema } from '../register/stats';
import { columnMappingSchema, importKinds, importPreviewSchema, importResultSchema } from '../register/importContract';
import { valueMappingSchema } from '../register/importValues';
import { agendaItemSchema, attendanceSchema, guestSchema, meetingDetailsSchema, meetingSchema } from '../meetings/meeting';
import { isoDateSchema } from '../format/dateSchemas';
import { bodyChangeSchema } from '../minutes/bodyChange';
import { actionStatuses, minutesContentSchema, minutesForms, minutesSchema, minutesStatuses, openActionSchema, unlockReasonSchema } from '../minutes/minutes';
import { minutesSearchHitSchema } from '../minutes/search';
import { wordImportChoiceSchema, wordImportPreviewSchema, wordImportResultSchema } from '../minutes/wordImport';
import { mailDraftInputSchema } from '../mail/mailDraft';
import { sv } from '../i18n/sv';
import { jsonShapeProblem, type JsonShapeLimits } from './jsonLimits';
import { MAX_WORD_LENGTH, ONE_WORD } from '../spelling/words';
import { webChangeIdSchema, webChangeSchema, webWarningSchema } from '../publishing/webVersion';
import { formerMeetingSchema, formerMemberSchema, minutesOnMeetingDeleteSchema } from '../integrity/formerRecords';
import { planFollowUpSchema } from '../actionPlans/followUp';

const noInput = z.undefined();
const nothing = z.null();

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  dataFile: z.string(),
  backupsDir: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A line of the minutes list: enough to show, filter and open, without the text. */
export const minutesSummarySchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingDate: z.string(),
  title: z.string(),
  form: z.enum(minutesForms),
  status: z.enum(minutesStatuses),
  updatedAt: z.string(),
  wordCount: z.number().int(),
  openActions: z.number().int(),
});
export type MinutesSummary = z.infer<typeof minutesSummarySchema>;

/**
 * Limits on every call's input, checked in main before its schema (`inputLimitMessage`).
 *
 * Depth 100: the deepest input the app sends is a minutes body with a list in a list, about 18 levels
 * from the call's input to a link's attributes; 100 leaves room for any later shape, and stays far below
 * the few hundred levels at which zod's recursive parse of nested lists overflows the stack.
 *
 * Size 5 million characters of JSON (about 5 MB): the largest inputs are a minutes body (the stress
 * test's long minutes of 5,200 words are about 0.1 MB; a 50,000-word document, far beyond any meeting,
 * about 1 MB) and the settings with a logo (at most 1.4 MB of base64). Five times the largest real
 * input still saves within a fraction of a second; a body of a hundred megabytes would be written to
 * disk and backed up on every autosave, hold the backend's memory and take seconds per save.
 *
 * Not in the stored schemas: a file written by an earlier version with a larger body must still open.
 */
export const IPC_INPUT_LIMITS = { maxDepth: 100, maxChars: 5_000_000 } as const satisfies JsonShapeLimits;

/** A Swedish message when `input` is nested too deep or is too large for any channel, else null. */
export function inputLimitMessage(input: unknown): string | null {
  const problem = jsonShapeProblem(input, IPC_INPUT_LIMITS);
  if (problem === 'tooDeep') return sv.errors.inputTooDeep(IPC_INPUT_LIMITS.maxDepth);
  if (problem === 'tooLarge') return sv.errors.inputTooLarge(IPC_INPUT_LIMITS.maxChars / 1_000_000);
  return null;
}

/** One word as the spelling check finds them in a text (`wordsIn`), no longer than it checks. */
const spellingWordSchema = z.string().max(MAX_WORD_LENGTH).regex(ONE_WORD);

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  getAppInfo: { input: noInput, output: appInfoSchema },
  getStoreStatus: { input: noInput, output: storeStatusSchema },
  /** The status once the whole data folder is read (the minutes are read after the first screen). */
  waitForStore: { input: noInput, output: storeStatusSchema },
  getSettings: { input: noInput, output: settingsSchema },
  updateSettings: { input: settingsSchema.partial().strict(), output: settingsSchema },
  /** Asks for an image file and makes it the letterhead's logo; null when the user cancels. */
  chooseLetterheadLogo: { input: noInput, output: settingsSchema.nullable() },
  saveNow: { input: noInput, output: nothing },
  resolveConflict: {
    input: z.strictObject({ choice: z.enum(['keepMine', 'useDisk']) }),
    output: storeStatusSchema,
  },
  listBackups: { input: noInput, output: z.array(backupInfoSchema) },
  restoreBackup: { input: z.strictObject({ fileName: backupFileNameSchema }), output: storeStatusSchema },
  openDataFolder: { input: noInput, output: nothing },
  chooseDataFolder: { input: noInput, output: z.object({ changed: z.boolean(), status: storeStatusSchema }) },
  openExternalLink: { input: z.strictObject({ url: z.string().max(2048) }), output: nothing },
  quitApp: { input: noInput, output: nothing },
  listOrganisations: { input: noInput, output: z.array(organisationSchema) },
  saveOrganisation: {
    input: z.strictObject({ id: z.uuid().nullable(), organisation: organisationInputSchema }),
    output: organisationSchema,
  },
  deleteOrganisation: {
    input: z.strictObject({ id: z.uuid(), unlinkMembers: z.boolean() }),
    output: nothing,
  },
  listMembers: { input: noInput, output: z.array(memberSchema) },
  saveMember: {
    input: z.strictObject({ id: z.uuid().nullable(), member: memberInputSchema }),
    output: memberSchema,
  },
  /** Deleted members that meetings or minutes still name, to show their names as former members. */
  listFormerMembers: { input: noInput, output: z.array(formerMemberSchema) },
  /** `eraseName`: keep not even the name of the person where meetings and minutes named them (GDPR). */
  deleteMember: { input: z.strictObject({ id: z.uuid(), eraseName: z.boolean().optional() }), output: nothing },
  eraseMemberPersonalData: { input: z.strictObject({ id: z.uuid() }), output: memberSchema },
  getRegisterStats: { input: noInput, output: registerStatsSchema },
  /** Asks for a file and shows what importing it would do; writes nothing. Null when cancelled. */
  previewImport: { input: z.strictObject({ kind: z.enum(importKinds) }), output: importPreviewSchema.nullable() },
  remapImport: {
    input: z.strictObject({ token: z.string().max(100), mapping: columnMappingSchema, valueMapping: valueMappingSchema }),
    output: importPreviewSchema,
  },
  /** Imports the accepted lines and remembers the value mapping for the next import. */
  confirmImport: {
    input: z.strictObject({ token: z.string().max(100), mapping: columnMappingSchema, valueMapping: valueMappingSchema }),
    output: importResultSchema,
  },
  /** Asks where to save and writes the file; null when cancelled. */
  exportRegister: {
    input: z.strictObject({ list: z.enum(['members', 'organisations']), format: z.enum(['docx', 'csv']) }),
    output: z.object({ path: z.string() }).nullable(),
  },
  listMeetings: { input: noInput, output: z.array(meetingSchema) },
  saveMeeting: {
    input: z.strictObject({ id: z.uuid().nullable(), meeting: meetingDetailsSchema }),
    output: meetingSchema,
  },
  /** Deleted meetings whose minutes were kept, as they were. */
  listFormerMeetings: { input: noInput, output: z.array(formerMeetingSchema) },
  /** `minutes`: the user's choice for the meeting's minutes; null when told of none, refused if there are some. */
  deleteMeeting: { input: z.strictObject({ id: z.uuid(), minutes: minutesOnMeetingDeleteSchema.nullable() }), output: nothing },
  saveAgenda: {
    input: z.strictObject({ meetingId: z.uuid(), agenda: z.array(agendaItemSchema).max(200) }),
    output: meetingSchema,
  },
  saveAttendance: {
    input: z.strictObject({ meetingId: z.uuid(), attendance: z.array(attendanceSchema).max(2000), guests: z.array(guestSchema).max(500) }),
    output: meetingSchema,
  },
  createNextMeeting: {
    input: z.strictObject({ fromId: z.uuid(), date: isoDateSchema }),
    output: meetingSchema,
  },
  /** The year plan as Word, as a calendar file (both saved where the user chooses), or as text for the web page. */
  exportYearPlan: {
    input: z.strictObject({ year: z.number().int().min(2000).max(2100), format: z.enum(['docx', 'ics', 'text']) }),
    output: z.object({ path: z.string().nullable(), text: z.string() }).nullable(),
  },
  exportNotice: { input: z.strictObject({ meetingId: z.uuid() }), output: z.object({ path: z.string() }).nullable() },
  /** Writes an e-mail draft (.eml) with the notice or the minutes attached, saved where the user chooses, and opens it; null when cancelled. */
  createMailDraft: { input: mailDraftInputSchema, output: z.object({ path: z.string() }).nullable() },
  listMinutes: { input: noInput, output: z.array(minutesSummarySchema) },
  getMinutes: { input: z.strictObject({ id: z.uuid() }), output: minutesSchema },
  createMinutes: {
    input: z.strictObject({ meetingId: z.uuid(), form: z.enum(minutesForms) }),
    output: minutesSchema,
  },
  /**
   * The editor's whole content; answers with the time it was stored. The editor names its text with
   * `bodyVersion`, so that its next saves can send only what changed (`saveMinutesChange`).
   */
  saveMinutesContent: {
    input: z.strictObject({ id: z.uuid(), content: minutesContentSchema, bodyVersion: z.uuid().optional() }),
    output: z.object({ updatedAt: z.string() }),
  },
  /**
   * The editor's content a moment after each edit, with only the blocks of the text that changed since
   * the text it sent before; refused with BASE_CHANGED when the stored text is not that one.
   */
  saveMinutesChange: {
    input: z.strictObject({ id: z.uuid(), content: minutesContentSchema.omit({ body: true }), change: bodyChangeSchema }),
    output: z.object({ updatedAt: z.string() }),
  },
  setMinutesStatus: {
    input: z.strictObject({ id: z.uuid(), status: z.enum(minutesStatuses) }),
    output: minutesSchema,
  },
  unlockMinutes: { input: z.strictObject({ id: z.uuid(), reason: unlockReasonSchema }), output: minutesSchema },
  restoreMinutesSnapshot: {
    input: z.strictObject({ id: z.uuid(), snapshotId: z.uuid() }),
    output: minutesSchema,
  },
  deleteMinutes: { input: z.strictObject({ id: z.uuid() }), output: nothing },
  /** Open action items of earlier meetings than `beforeMeetingId`, or of all meetings. */
  listOpenActions: { input: z.strictObject({ beforeMeetingId: z.uuid().nullable() }), output: z.array(openActionSchema) },
  setActionStatus: {
    input: z.strictObject({ minutesId: z.uuid(), actionId: z.uuid(), status: z.enum(actionStatuses) }),
    output: z.array(openActionSchema),
  },
  searchMinutes: { input: z.strictObject({ query: z.string().max(200) }), output: z.array(minutesSearchHitSchema) },
  /** Asks for .docx files and shows what importing each would make; writes nothing. Null when cancelled. */
  previewWordImport: { input: noInput, output: wordImportPreviewSchema.nullable() },
  /** Imports the chosen files of the preview: meetings created where needed, minutes added. */
  confirmWordImport: { input: wordImportChoiceSchema, output: wordImportResultSchema },
  exportArchive: { input: noInput, output: z.object({ path: z.string() }).nullable() },
  /** Asks for an archive and restores it into this data folder (after a backup) or a new, empty one; null when cancelled. */
  importArchive: { input: z.strictObject({ target: z.enum(['current', 'newFolder']) }), output: storeStatusSchema.nullable() },
  exportMinutes: { input: z.strictObject({ id: z.uuid(), format: z.enum(['docx', 'pdf']) }), output: z.object({ path: z.string() }).nullable() },
  /** Only a file exported in this session; `reveal` shows it in its folder instead of opening it. */
  openExportedFile: { input: z.strictObject({ path: z.string().min(1).max(4096), reveal: z.boolean() }), output: nothing },
  /** What the version for the web changes in the minutes, by the rules in Inställningar, and the short names it leaves that may mean someone withheld; writes nothing. */
  previewWebVersion: { input: z.strictObject({ id: z.uuid() }), output: z.object({ changes: z.array(webChangeSchema), warnings: z.array(webWarningSchema) }) },
  /** Saves the version for the web with the `undone` changes (by id, from the preview) left as they were; null when cancelled. */
  exportWebVersion: {
    input: z.strictObject({ id: z.uuid(), format: z.enum(['docx', 'pdf']), undone: z.array(webChangeIdSchema).max(10_000) }),
    output: z.object({ path: z.string() }).nullable(),
  },
  /** Of the words, those neither the Swedish dictionary nor the group's own words accept. */
  checkSpelling: {
    input: z.strictObject({ words: z.array(spellingWordSchema).max(500) }),
    output: z.object({ misspelt: z.array(z.string()) }),
  },
  spellingSuggestions: { input: z.strictObject({ word: spellingWordSchema }), output: z.object({ suggestions: z.array(z.string()) }) },
  /** Adds the word to the group's own words (settings.spellingWords). */
  addSpellingWord: { input: z.strictObject({ word: spellingWordSchema }), output: settingsSchema },
  /** The follow-up of an action plan: per year and focus area, where it was discussed, decided and done. */
  getPlanFollowUp: { input: z.strictObject({ planId: z.uuid() }), output: planFollowUpSchema },
  /** The follow-up as a Word document in the letterhead, saved where the user chooses; null when cancelled. */
  exportPlanFollowUp: { input: z.strictObject({ planId: z.uuid() }), output: z.object({ path: z.string() }).nullable() },
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.infer<Contract[K]['output']>;

/** The typed API the preload puts on `window.ros`. */
export type RosApi = {
  [K in ChannelName]: (
    ...args: ChannelInput<K> extends undefined ? [] : [input: ChannelInput<K>]
  ) => Promise<Result<ChannelOutput<K>>>;
};

declare global {
  interface Window {
    /** Put there by the preload (or, in tests, by the harness); read only through renderer/api. */
    ros: RosApi;
  }
}

