/**
 * Open action items carried to the next meeting, written the same way wherever they appear: one line
 * per action with what, who and by when ("Skicka planen – Anna Andersson, senast 15 maj 2021"), as
 * bullet lines in the notes of the agenda item "Uppföljning av åtgärder" (the kallelse reads them back
 * as a Word list) and as a bullet list in that section of the new minutes.
 */
import { sv } from '../i18n/sv';
import { longDate } from '../meetings/meetingText';
import type { ActionItem } from './minutes';
import type { ListNode } from './richText';

/** "Skicka planen – Anna Andersson, senast 15 maj 2021"; who is the member's name, the typed name, or both. */
export function actionLine(action: ActionItem, memberLabel: (id: string | null) => string): string {
  const who = [memberLabel(action.responsibleMemberId), action.responsibleText].filter(Boolean).join(', ');
  const details = [who, action.due ? sv.carryOver.dueBy(longDate(action.due)) : ''].filter(Boolean).join(', ');
  return details ? `${action.what} – ${details}` : action.what;
}

const BULLET = '•';
/** A notes line that is a list item: it starts with a bullet, a dash or an asterisk and a space. */
const BULLET_LINE = /^\s*[•\-–*]\s+/;

/** Lines as a list in an agenda item's notes, one "• " line each. */
export const bulletNotes = (lines: readonly string[]): string => lines.map((line) => `${BULLET} ${line}`).join('\n');

/** The non-empty lines of an agenda item's notes, each marked a list item or not, without its bullet. */
export function noteLines(notes: string): Array<{ text: string; bullet: boolean }> {
  return notes
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => (BULLET_LINE.test(line) ? { text: line.replace(BULLET_LINE, '').trim(), bullet: true } : { text: line.trim(), bullet: false }));
}

/** Lines as a bullet list of the minutes' rich text. */
export const bulletList = (lines: readonly string[]): ListNode => ({
  type: 'bulletList',
  content: lines.map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })),
});
