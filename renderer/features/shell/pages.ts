/**
 * The sections of the app, in the order the navigation lists them.
 */
export const pageIds = ['meetings', 'minutes', 'members', 'organisations', 'followUp', 'settings'] as const;
export type PageId = (typeof pageIds)[number];
