/**
 * The live-meeting bar, one line above the text: which agenda item the cursor is in, the minutes spent
 * on it against the planned time, and buttons for the previous and next item and a new bullet (also
 * Alt+↑/↓, Ctrl+Enter).
 */
import { useEffect, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { AgendaItem } from '../../../electron/shared/meetings/meeting';
import type { SectionRange } from './editor/sectionCommands';

const t = sv.minutes.ui;

interface Props {
  section: SectionRange | null;
  total: number;
  agenda: readonly AgendaItem[];
  onMove: (step: 1 | -1) => void;
  onNewBullet: () => void;
}

export function LiveMeetingBar({ section, total, agenda, onMove, onNewBullet }: Props) {
  const [now, setNow] = useState(() => Date.now());
  const sectionId = section?.sectionId ?? null;
  const [start, setStart] = useState({ sectionId, at: now });
  if (start.sectionId !== sectionId) setStart({ sectionId, at: now });
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  const planned = agenda.find((item) => item.id === section?.agendaItemId)?.plannedMinutes ?? 0;
  const elapsed = Math.max(0, Math.floor((now - start.at) / 60_000));
  return (
    <div className="live-bar" role="region" aria-label={t.liveMode}>
      <p className="live-bar__position" aria-live="polite">
        {section ? t.livePosition(section.index + 1, total, section.title) : total > 0 ? sv.minutes.liveSections.beforeFirst(total) : t.noSections}
      </p>
      <p className={planned > 0 && elapsed > planned ? 'live-bar__time live-bar__time--over' : 'live-bar__time'}>{t.liveTime(elapsed, planned)}</p>
      <button type="button" className="button button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => onMove(-1)}>{t.previousItem}</button>
      <button type="button" className="button button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => onMove(1)}>{t.nextItem}</button>
      <button type="button" className="button button--small" onMouseDown={(e) => e.preventDefault()} onClick={onNewBullet}>{t.newBullet}</button>
    </div>
  );
}
