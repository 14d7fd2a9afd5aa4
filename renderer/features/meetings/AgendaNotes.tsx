/**
 * An agenda item's notes under its title, as the kallelse prints them: bullet lines as a list (the
 * open action items under "Uppföljning av åtgärder"), other lines as text.
 */
import { noteLines } from '../../../electron/shared/minutes/carryOver';

type Group = { bullet: boolean; lines: string[] };

export function AgendaNotes({ notes, label }: { notes: string; label: string }) {
  const groups = noteLines(notes).reduce<Group[]>((all, line) => {
    const last = all.at(-1);
    if (last && last.bullet === line.bullet) last.lines.push(line.text);
    else all.push({ bullet: line.bullet, lines: [line.text] });
    return all;
  }, []);
  if (groups.length === 0) return null;
  return (
    <div className="agenda-item-notes" aria-label={label} role="group">
      {groups.map((group, index) => group.bullet
        ? <ul key={index}>{group.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
        : group.lines.map((line, i) => <p key={`${index}-${i}`}>{line}</p>))}
    </div>
  );
}
