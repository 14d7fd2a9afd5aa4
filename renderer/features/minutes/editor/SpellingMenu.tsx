/**
 * The menu of a misspelt word, opened by a right-click on it, by Shift+F10 or the menu key with the
 * cursor in it, or by Alt+F7 (the next misspelt word): Hunspell's suggestions, each replacing the word
 * in one step of undo, and "Lägg till i ordlistan", which adds the word to the group's own list. Arrow
 * keys move in the menu, Escape closes it and the cursor goes back to the text.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { sv } from '../../../../electron/shared/i18n/sv';
import { call } from '../../../api/ros';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { afterWordAdded, type Misspelling } from './spelling';

const t = sv.spelling;

const itemsOf = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];

export interface SpellingMenuRequest {
  misspelling: Misspelling;
  /** Where the menu opens, in the window. */
  x: number;
  y: number;
}

export function SpellingMenu({ editor, request, onClose }: { editor: Editor; request: SpellingMenuRequest; onClose: () => void }) {
  const { misspelling } = request;
  // The mark leaves out a trailing point ("kommmun."): suggestions are for the letters it covers.
  const word = editor.state.doc.textBetween(misspelling.from, misspelling.to);
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let open = true;
    void call('spellingSuggestions', { word }).then((result) => {
      if (!open) return;
      setSuggestions(result.ok ? result.value.suggestions : []);
      setError(result.ok ? null : result.error.message);
    });
    return () => {
      open = false;
    };
  }, [word]);

  // Kept inside the window: opened upwards or to the left when there is no room below or to the right.
  useLayoutEffect(() => {
    const element = frame.current!;
    const { width, height } = element.getBoundingClientRect();
    element.style.left = `${Math.max(0, request.x + width > window.innerWidth ? request.x - width : request.x)}px`;
    element.style.top = `${Math.max(0, request.y + height > window.innerHeight ? request.y - height : request.y)}px`;
  }, [request, suggestions, error]);

  useEffect(() => {
    if (suggestions) itemsOf(menu.current)[0]?.focus();
    else menu.current?.focus();
  }, [suggestions]);

  useEffect(() => {
    const outside = (event: MouseEvent) => {
      if (!frame.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);

  const close = () => {
    onClose();
    editor.view.focus();
  };
  const replace = (suggestion: string) => {
    const { state, view } = editor;
    if (state.doc.textBetween(misspelling.from, misspelling.to) === word) view.dispatch(state.tr.insertText(suggestion, misspelling.from, misspelling.to));
    close();
  };
  const addToList = async () => {
    const result = await call('addSpellingWord', { word });
    if (!result.ok) return setError(result.error.message);
    afterWordAdded(editor.view);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = itemsOf(menu.current);
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves && all.length) {
      event.preventDefault();
      all[(moves[event.key]! + all.length) % all.length]!.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div ref={frame} className="spelling-menu">
      <div ref={menu} role="menu" aria-label={t.menuLabel(word)} tabIndex={-1} onKeyDown={onKeyDown}>
        {suggestions === null && <button type="button" role="menuitem" disabled>{t.loading}</button>}
        {suggestions?.length === 0 && <button type="button" role="menuitem" disabled>{t.noSuggestions}</button>}
        {suggestions?.map((suggestion) => (
          <button key={suggestion} type="button" role="menuitem" className="suggestion" onClick={() => replace(suggestion)}>{suggestion}</button>
        ))}
        <div role="separator" />
        <button type="button" role="menuitem" onClick={() => void addToList()}>{t.addToList}</button>
      </div>
      <ErrorMessage message={error} />
    </div>
  );
}
