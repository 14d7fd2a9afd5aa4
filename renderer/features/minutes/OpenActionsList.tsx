/**
 * Open action items of earlier meetings, each with the meeting's date and a "Klar" box that marks it
 * done where it was written: the follow-up section of the next minutes, and the list of all open items.
 */
import { sv } from '../../../electron/shared/i18n/sv';
import type { OpenAction } from '../../../electron/shared/minutes/minutes';
import { longDate } from '../../../electron/shared/meetings/meetingText';
import type { Member } from '../../../electron/shared/register/member';
import { useMemberNames } from '../../components/memberNames';

const t = sv.minutes.ui;

export function OpenActionsList({ actions, members, onDone }: { actions: readonly OpenAction[]; members: readonly Member[]; onDone: (action: OpenAction) => void }) {
  const memberName = useMemberNames(members).label;
  if (actions.length === 0) return <p>{t.noOpenActions}</p>;
  return (
    <ul className="open-actions" aria-label={t.openActionsHeading}>
      {actions.map((item) => (
        <li key={item.action.id}>
          <label>
            <input type="checkbox" checked={false} onChange={() => onDone(item)} /> {t.markDone}: <strong>{item.action.what}</strong>
          </label>
          <span className="muted">
            {' '}{t.fromMeeting(longDate(item.meetingDate))}
            {item.sectionTitle && `, ${item.sectionTitle}`}
            {(item.action.responsibleMemberId || item.action.responsibleText) && `. ${t.responsible}: ${[memberName(item.action.responsibleMemberId), item.action.responsibleText].filter(Boolean).join(', ')}`}
            {item.action.due && `. ${t.due} ${longDate(item.action.due)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
