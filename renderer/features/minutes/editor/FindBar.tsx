/**
 * Search within the open document (Ctrl+F): the matches are counted, Enter and the buttons step through
 * them, and each one is selected and scrolled into view. Esc and Stäng close it (`onClose`, which puts
 * the keyboard back in the text).
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { sv } from '../../../../electron/shared/i18n/sv';
import { findInDoc } from './findInDoc';
import { selectRange } from './selectRange';

const t = sv.minutes.ui;

export function FindBar({ editor, initialQuery, onClose }: { editor: Editor; initialQuery: string; onClose: () => void }) {
  const [query, setQuery] = useState(initialQuery);
  const [index, setIndex] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const matches = findInDoc(editor.state.doc, query);

  useEffect(() => input.current?.focus(), []);

  const go = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (index + step + matches.length) % matches.length;
    setIndex(next);
    selectRange(editor, matches[next]!, false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="find-bar" role="search">
      <label>
        {t.find}
        <input ref={input} type="search" value={query} onKeyDown={onKeyDown} onChange={(e) => { setQuery(e.target.value); setIndex(-1); }} />
      </label>
      <span aria-live="polite">{query.trim() ? t.findCount(index + 1, matches.length) : ''}</span>
      <button type="button" className="button" onClick={() => go(-1)}>{t.findPrevious}</button>
      <button type="button" className="button" onClick={() => go(1)}>{t.findNext}</button>
      <button type="button" className="button" onClick={onClose}>{t.closeFind}</button>
    </div>
  );
}
