/**
 * Search across all minutes, decisions and action items (Ctrl+K from anywhere), as the user types (a
 * short pause after the last key): the hits come best first, as the backend ranks them (minutesSearch.ts);
 * each shows the meeting's date, the section and the matching sentence, and opens the minutes at that word.
 */
import { useEffect, useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { longDate } from '../../../electron/shared/meetings/meetingText';
import type { MinutesSearchHit } from '../../../electron/shared/minutes/search';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { takeTypedKeys } from '../../components/typedKeys';

const t = sv.minutes.ui;

export function MinutesSearch({ focusRequest, onOpen }: { focusRequest: number; onOpen: (hit: MinutesSearchHit) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<MinutesSearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    // Letters typed after Ctrl+Shift+F, before this field was drawn, are its first. They are kept outside
    // React (typedKeys.ts) until the moment the field takes the focus, so they are read here, not at render.
    const typed = takeTypedKeys();
    input.current?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (typed) setQuery(typed);
  }, [focusRequest]);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) return;
    let current = true;
    const timer = setTimeout(() => {
      void call('searchMinutes', { query: trimmed }).then((result) => {
        if (!current) return;
        if (!result.ok) return setError(result.error.message);
        setError(null);
        setHits(result.value);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const shown = query.trim() && hits ? hits : null;
  return (
    <section role="search" aria-labelledby="minutes-search" className="card">
      <h2 id="minutes-search">{t.searchAll}</h2>
      <div className="field">
        <label htmlFor="minutes-search-input">{t.searchAll}</label>
        <input id="minutes-search-input" ref={input} type="search" value={query} aria-describedby="minutes-search-help" onChange={(e) => setQuery(e.target.value)} />
        <p id="minutes-search-help" className="field-help">{t.searchHelp}</p>
      </div>
      <ErrorMessage message={error} />
      {shown && (
        <>
          <p aria-live="polite">{shown.length ? t.searchResults(shown.length) : t.noHits}</p>
          <ol className="search-hits" aria-label={t.searchResults(shown.length)}>
            {shown.map((hit, i) => (
              <li key={`${hit.minutesId}-${hit.kind}-${i}`}>
                <button type="button" className="link-button" onClick={() => onOpen(hit)}>
                  {longDate(hit.meetingDate)}{hit.sectionTitle && `, ${hit.sectionTitle}`}
                </button>
                <span className="muted"> {sv.minutes.hitKinds[hit.kind]}</span>
                <p>{hit.sentence}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
