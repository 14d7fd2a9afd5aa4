/**
 * The sections of the minutes as a list beside the text's toolbar: go to a section, rename it, move it
 * up or down, remove it, and add a new one after the section the cursor is in. Every change is an
 * editor transaction, so Ångra and Ctrl+Z (also pressed here) undo it; the focus never falls to the page
 * when a button it was on goes away or is disabled.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { sv } from '../../../../electron/shared/i18n/sv';
import { TextField } from '../../../components/FormField';
import { currentSection, insertSection, moveSection, removeSection, renameSection, sectionRanges } from './sectionCommands';

const s = sv.minutes.surface;

/** Where the focus goes after a change: a section's button ('name', 'up', 'down'), or the new-section field. */
type FocusTarget = { sectionId: string; control: 'name' | 'up' | 'down' } | 'add';

export function SectionOutline({ editor, editable }: { editor: Editor; editable: boolean }) {
  const sections = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const current = currentSection(e.state.doc, e.state.selection.from)?.sectionId ?? null;
      return sectionRanges(e.state.doc).map((section) => ({ id: section.sectionId, title: section.title, current: section.sectionId === current }));
    },
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  const focusNext = useRef<FocusTarget | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const headingId = useId();

  // After the render that shows a change, the focus goes where the change asked for.
  useEffect(() => {
    const focus = focusNext.current;
    if (!focus) return;
    focusNext.current = null;
    if (focus === 'add') return void list.current?.parentElement?.querySelector<HTMLInputElement>('.section-outline__add input')?.focus();
    const buttons = (control: string) => list.current?.querySelector<HTMLButtonElement>(`[data-section="${CSS.escape(focus.sectionId)}"] [data-control="${control}"]`);
    const wanted = buttons(focus.control);
    const fallback = focus.control === 'up' ? buttons('down') : focus.control === 'down' ? buttons('up') : null;
    (wanted && !wanted.disabled ? wanted : fallback && !fallback.disabled ? fallback : buttons('name'))?.focus();
  });

  const label = (title: string) => title || s.untitled;
  const goTo = (id: string) => {
    const section = sectionRanges(editor.state.doc).find((x) => x.sectionId === id);
    if (!section) return;
    const end = section.from + 1 + (editor.state.doc.nodeAt(section.from)?.content.size ?? 0);
    editor.chain().setTextSelection(end).scrollIntoView().run();
    editor.view.focus();
  };
  // The commands put the focus in the text; from this list it stays here, on what comes next.
  const keepFocus = (target: FocusTarget, run: () => void) => {
    focusNext.current = target;
    run();
  };
  const move = (id: string, title: string, step: 1 | -1) => keepFocus({ sectionId: id, control: step < 0 ? 'up' : 'down' }, () => {
    if (!moveSection(editor, id, step)) return;
    const index = sectionRanges(editor.state.doc).findIndex((x) => x.sectionId === id);
    setMessage(s.moved(label(title), index + 1, sections.length));
  });
  const remove = (id: string, title: string, index: number) => {
    const next = sections[index + 1] ?? sections[index - 1];
    keepFocus(next ? { sectionId: next.id, control: 'name' } : 'add', () => {
      if (removeSection(editor, id)) setMessage(s.removed(label(title)));
    });
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!renaming) return;
    const title = renaming.title.trim();
    if (!title) return setError(sv.errors.fields.required);
    keepFocus({ sectionId: renaming.id, control: 'name' }, () => renameSection(editor, renaming.id, title));
    setRenaming(null);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const title = newTitle.trim();
    if (!title) return setError(sv.errors.fields.required);
    insertSection(editor, title);
    setNewTitle('');
  };
  // Ctrl+Z and Ctrl+Y here undo and redo in the text (a field keeps them for its own text).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.target instanceof HTMLInputElement) return;
    const key = event.key.toLowerCase();
    const redo = key === 'y' || (key === 'z' && event.shiftKey);
    if (key !== 'z' && !redo) return;
    event.preventDefault();
    if (redo) editor.commands.redo();
    else editor.commands.undo();
  };

  return (
    <section className="section-outline" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h2 id={headingId}>{s.outlineHeading}</h2>
      <ol ref={list}>
        {sections.map((section, index) => (
          <li key={section.id} data-section={section.id} aria-current={section.current ? 'location' : undefined}>
            {renaming?.id === section.id ? (
              <form className="section-outline__rename" onSubmit={rename}>
                <TextField label={s.newName(label(section.title))} value={renaming.title} error={error} autoFocus
                  onChange={(title) => { setRenaming({ id: section.id, title }); setError(undefined); }} />
                <button type="submit" className="button button--small">{s.saveName}</button>
                <button type="button" className="button button--small" onClick={() => keepFocus({ sectionId: section.id, control: 'name' }, () => setRenaming(null))}>{sv.minutes.ui.cancel}</button>
              </form>
            ) : (
              <>
                <button type="button" className="link-button section-outline__name" data-control="name" onClick={() => goTo(section.id)}>{label(section.title)}</button>
                {editable && (
                  <span className="section-outline__actions">
                    <button type="button" className="button button--small" aria-label={s.renameSection(label(section.title))}
                      onClick={() => { setError(undefined); setRenaming({ id: section.id, title: section.title }); }}>{s.rename}</button>
                    <button type="button" className="button button--small" data-control="up" aria-label={s.moveUp(label(section.title))}
                      disabled={index === 0} onClick={() => move(section.id, section.title, -1)}>↑</button>
                    <button type="button" className="button button--small" data-control="down" aria-label={s.moveDown(label(section.title))}
                      disabled={index === sections.length - 1} onClick={() => move(section.id, section.title, 1)}>↓</button>
                    <button type="button" className="button button--small button--danger" aria-label={s.removeSection(label(section.title))}
                      onClick={() => remove(section.id, section.title, index)}>{s.remove}</button>
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <form className="section-outline__add" onSubmit={add}>
          <TextField label={s.newTitle} help={s.addHelp} value={newTitle} error={renaming ? undefined : error}
            onChange={(title) => { setNewTitle(title); setError(undefined); }} />
          <button type="submit" className="button button--small">{s.add}</button>
        </form>
      )}
      <p className="field-help" role="status">{message}</p>
    </section>
  );
}
