/**
 * The stored shapes, as zod schemas: the one source of the store's types. `storeSchema` is the whole
 * store (what the app holds in memory, and the format of backups and archives); on disk the data folder
 * splits it into a main file (`mainFileSchema`) and one file per minutes (`minutesFileSchema`), so an edit
 * writes only its own document. Every load validates every file; `STORE_APP_ID` marks a file as ours.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import { memberSchema } from '../register/member';
import { organisationSchema } from '../register/organisation';
import { meetingSchema } from '../meetings/meeting';
import { minutesSchema } from '../minutes/minutes';
import { formerMeetingSchema, formerMemberSchema } from '../integrity/formerRecords';
import { actionPlanSchema, MAX_ACTION_PLANS } from '../actionPlans/actionPlan';
import { DEFAULT_WEB_RULES, webRulesSchema } from '../publishing/webRules';

export const STORE_APP_ID = 'ros-sekreterare';
export const CURRENT_SCHEMA_VERSION = 8;

export const LOGO_MAX_BYTES = 1_000_000;
const PNG_SIGNATURE = 'iVBORw0KGgo';
const JPEG_SIGNATURE = '/9j/';

/** An image at the top of the letterhead: PNG or JPEG bytes (base64), its size in pixels and its alt text. */
export const letterheadLogoSchema = z
  .object({
    type: z.enum(['png', 'jpg']),
    base64: z.string().min(8).max(Math.ceil(LOGO_MAX_BYTES / 3) * 4),
    width: z.number().int().min(1).max(10_000),
    height: z.number().int().min(1).max(10_000),
    altText: z.string().trim().min(1).max(200),
  })
  .refine((logo) => logo.base64.startsWith(logo.type === 'png' ? PNG_SIGNATURE : JPEG_SIGNATURE), { message: sv.settings.logoNotImage });
export type LetterheadLogo = z.infer<typeof letterheadLogoSchema>;

/** The logo as a `data:` URL, for an <img> in the app and in the print page. */
export const logoDataUrl = (logo: LetterheadLogo) => `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${logo.base64}`;

export const mailTemplateSchema = z.object({ subject: z.string().trim().max(300), body: z.string().trim().max(5000) });
export type MailTemplate = z.infer<typeof mailTemplateSchema>;

export const settingsSchema = z.object({
  /** Shown as the author of exported documents. */
  secretaryName: z.string().trim().max(120),
  /** First line of the letterhead on every exported document. */
  letterheadTitle: z.string().trim().min(1).max(120),
  /** Second line of the letterhead. */
  letterheadSubtitle: z.string().trim().max(200),
  /** An optional logo above the letterhead's lines. */
  letterheadLogo: letterheadLogoSchema.nullable(),
  /** Title of new minutes; `{datum}` and the other fields are filled from the meeting. */
  minutesTitleTemplate: z.string().trim().min(1).max(1000),
  /** Sections every new set of minutes ends with, unless the agenda already has them. */
  standingSections: z.array(z.string().trim().min(1).max(300)).max(30),
  /** Standard phrases (standardfraser) the editor inserts from its quick picker. */
  standardPhrases: z.array(z.string().trim().min(1).max(1000)).max(200),
  /** Title of new fullständiga minutes; `minutesTitleTemplate` is the kortfattade one. */
  fullMinutesTitleTemplate: z.string().trim().min(1).max(1000),
  /** The group's own words, which the spelling check accepts ("IOP", "RUS", names of organisations). */
  spellingWords: z.array(z.string().trim().min(1).max(100)).max(5000),
  /** Values of enumerated import columns mapped to the app's values: column → imported value → value. */
  importValueMappings: z.record(z.string().max(100), z.record(z.string().max(300), z.string().max(100))),
  /** The covering letter of a kallelse, with the same `{fält}` as the standard phrases. */
  noticeLetterTemplate: z.string().trim().max(5000),
  /** The e-mail drafts of a kallelse and of minutes, with `{fält}`. */
  mailTemplates: z.object({ notice: mailTemplateSchema, minutes: mailTemplateSchema }),
  /** What the version for the web leaves out or replaces. */
  webRules: webRulesSchema,
  /** The group's action plans and their focus areas, which agenda items, decisions and actions are tagged with. */
  actionPlans: z.array(actionPlanSchema).max(MAX_ACTION_PLANS, sv.actionPlans.fieldErrors.tooManyPlans(MAX_ACTION_PLANS)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const storeSchema = z.object({
  app: z.literal(STORE_APP_ID),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: settingsSchema,
  members: z.array(memberSchema),
  organisations: z.array(organisationSchema),
  meetings: z.array(meetingSchema),
  minutes: z.array(minutesSchema),
  /** Deleted members that meetings or minutes still name (electron/shared/integrity/formerRecords.ts). */
  formerMembers: z.array(formerMemberSchema).default([]),
  /** Deleted meetings whose minutes were kept. */
  formerMeetings: z.array(formerMeetingSchema).default([]),
});
export type StoreData = z.infer<typeof storeSchema>;

/** The name of the folder that holds the minutes files of one generation of the data folder. */
export const MINUTES_FOLDER_PATTERN = /^minutes-(\d{1,9})$/;

/** The main file of the data folder: everything but the minutes, and the name of their folder. */
export const mainFileSchema = storeSchema.omit({ minutes: true }).extend({
  minutesFolder: z.string().regex(MINUTES_FOLDER_PATTERN),
});
export type MainFile = z.infer<typeof mainFileSchema>;

/** One minutes in a file of its own, marked as ours and with its format version. */
export const minutesFileSchema = z.object({
  app: z.literal(STORE_APP_ID),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  minutes: minutesSchema,
});

/** What version 7 added to the settings, as a new store and an upgraded one start with it. */
export const SETTINGS_ADDED_IN_VERSION_7 = {
  fullMinutesTitleTemplate:
    'Anteckningar från sammanträde med den regionala överenskommelsegruppen för samverkan med det civila samhället {datum}',
  spellingWords: ['IOP', 'RUS', 'RÖS', 'VGR'],
  importValueMappings: {},
  // A line with a field the meeting leaves empty (no OSA date, no link) is left out of the letter.
  noticeLetterTemplate:
    'Hej!\n\n' +
    'Härmed kallas du till {möte} {tid}.\nPlats: {plats}\n{förtäring}\n\n' +
    'Meddela senast {osa senast} om du kommer, och om du behöver specialkost.\n' +
    'Du som deltar på distans ansluter via länken {länk}\n\n' +
    'Dagordningen finns nedan. Varmt välkommen!\n\n' +
    'Med vänliga hälsningar\n{sekreterare}',
  mailTemplates: {
    notice: { subject: 'Kallelse till {möte} {datum}', body: 'Hej!\n\nHär kommer kallelsen till {möte} {datum}.\n\nMed vänliga hälsningar\n{sekreterare}' },
    minutes: { subject: 'Anteckningar från {möte} {datum}', body: 'Hej!\n\nHär kommer anteckningarna från {möte} {datum}.\n\nMed vänliga hälsningar\n{sekreterare}' },
  },
} as const satisfies Pick<Settings, 'fullMinutesTitleTemplate' | 'spellingWords' | 'importValueMappings' | 'noticeLetterTemplate' | 'mailTemplates'>;

/** What version 8 added to the settings: the rules of the version for the web, and no action plans yet. */
export const SETTINGS_ADDED_IN_VERSION_8 = {
  webRules: DEFAULT_WEB_RULES,
  actionPlans: [],
} as const satisfies Pick<Settings, 'webRules' | 'actionPlans'>;

/** The templates of minutes a new store starts with, the wording of the group's own minutes. */
export const DEFAULT_MINUTES_TEMPLATES = {
  minutesTitleTemplate:
    'Kortfattade anteckningar om vad som diskuterades på sammanträde med den regionala ' +
    'överenskommelsegruppen för samverkan med det civila samhället {datum}',
  standingSections: ['Informationspunkter', 'Övriga frågor', 'Nästa möte'],
  standardPhrases: ['Mötet öppnades.', 'Föregående anteckningar lades till handlingarna.', 'Nästa möte äger rum {nästa möte}.'],
} as const satisfies Pick<Settings, 'minutesTitleTemplate' | 'standingSections' | 'standardPhrases'>;

export function createEmptyStore(): StoreData {
  return {
    app: STORE_APP_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: {
      secretaryName: '',
      letterheadTitle: 'Överenskommelsen',
      letterheadSubtitle: 'mellan Västra Götalandsregionen och det civila samhället',
      letterheadLogo: null,
      ...structuredClone(DEFAULT_MINUTES_TEMPLATES),
      ...structuredClone(SETTINGS_ADDED_IN_VERSION_7),
      ...structuredClone(SETTINGS_ADDED_IN_VERSION_8),
    },
    members: [],
    organisations: [],
    meetings: [],
    minutes: [],
    formerMembers: [],
    formerMeetings: [],
  };
}
