/**
 * The kinds of meeting offered wherever a kind is chosen: the group's own three first, then every other
 * kind the store's meetings were given. Without zod: the year plan, the app's first screen, reads it.
 */
export const DEFAULT_MEETING_KINDS = ['RÖS-möte', 'Dialogmöte', 'RÖS-möte + dialogmöte'] as const;

export function knownMeetingKinds(meetings: ReadonlyArray<{ kind: string }>): string[] {
  return [...new Set<string>([...DEFAULT_MEETING_KINDS, ...meetings.map((m) => m.kind)])];
}
