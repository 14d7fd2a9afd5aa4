/**
 * The minutes editor: a TipTap (ProseMirror) document with its toolbar, the find bar (Ctrl+F), the
 * standard-phrase picker (Ctrl+.), the link dialog (Ctrl+K), the spelling menu, the list of sections and
 * a line under the text with the word count and the keys. It reports changes and the section the cursor
 * is in, among how many (from the start, and after every change of the text or the cursor); the page
 * reads the document only when it saves, so typing never waits for anything. A link never
 * navigates the page: in read-only (fastställda) minutes a click on it, like the toolbar's Öppna länken,
 * asks first and opens it outside the app. Misspelt words are marked; their menu of suggestions opens
 * on a right-click, Shift+F10 or the menu key, and Alt+F7 goes to the next one.
 */
import type { ChainedCommands, Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { Transaction } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { sv } from '../../../../electron/shared/i18n/sv';
import type { RichDoc } from '../../../../electron/shared/minutes/richText';
import { Toolbar } from '../../../components/Toolbar';
import { minutesExtensions } from './extensions';
import { FindBar } from './FindBar';
import { LinkDialog } from './LinkDialog';
import { OpenLinkDialog } from './OpenLinkDialog';
import { PhrasePicker } from './PhrasePicker';
import { SectionOutline } from './SectionOutline';
import { insertSection, sectionIdAt, sectionPlace, touchesHeading, type SectionPlace } from './sectionCommands';
import { selectRange } from './selectRange';
import { misspellingAt, nextMisspelling, type Misspelling } from './spelling';
import { SpellingMenu, type SpellingMenuRequest } from './SpellingMenu';
import { warmUpTyping } from './warmUp';
import { useSkipOffscreenBlocks } from './skipOffscreenBlocks';

const t = sv.minutes.ui;

interface RichTextEditorProps {
  initial: RichDoc;
  editable: boolean;
  phrases: readonly string[];
  fillPhrase: (phrase: string) => string;
  /** Shown in the line under the text (the word count). */
  status: ReactNode;
  onChange: () => void;
  onReady: (editor: Editor) => void;
  onSectionChange: (place: SectionPlace) => void;
}

export function RichTextEditor({ initial, editable, phrases, fillPhrase, status, onChange, onReady, onSectionChange }: RichTextEditorProps) {
  const [panel, setPanel] = useState<'find' | 'phrases' | 'link' | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [spelling, setSpelling] = useState<SpellingMenuRequest | null>(null);
  const closeSpelling = useCallback(() => setSpelling(null), []);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [outline, setOutline] = useState(false);
  const skipOffscreen = useSkipOffscreenBlocks();
  const callbacks = useRef({ onChange, onSectionChange });
  useEffect(() => {
    callbacks.current = { onChange, onSectionChange };
  });
  const lastPlace = useRef<{ key: string; sectionId: string | null } | null>(null);
  /**
   * Tells the page where the cursor is when the section, its number or title, or the number of sections
   * changed. Those change only when a change touched a heading or the cursor is under another heading:
   * otherwise (a key typed in a paragraph) the sections are not read at all.
   */
  const reportPlace = (current: Editor, changes: readonly Transaction[] = []) => {
    const { doc, selection } = current.state;
    const last = lastPlace.current;
    if (last && !changes.some(touchesHeading) && sectionIdAt(doc, selection.from) === last.sectionId) return;
    const place = sectionPlace(doc, selection.from);
    const key = JSON.stringify([place.section?.sectionId, place.section?.index, place.section?.title, place.total]);
    lastPlace.current = { key, sectionId: place.section?.sectionId ?? null };
    if (key === last?.key) return;
    callbacks.current.onSectionChange(place);
  };

  const editor = useEditor({
    extensions: minutesExtensions(),
    content: initial,
    editable,
    immediatelyRender: true,
    // The page's CSP allows no <style> tag: ProseMirror's rules are in renderer/styles/prosemirror.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    // TipTap's "delete" events (worked out a moment after every change) have no listener here.
    enableCoreExtensions: { delete: false },
    // Chromium's own spelling check stays off: the app's marks are the Swedish ones.
    editorProps: { attributes: { 'aria-label': t.editorLabel, role: 'textbox', 'aria-multiline': 'true', class: 'minutes-text', spellcheck: 'false' } },
    onUpdate: () => callbacks.current.onChange(),
    onTransaction: ({ editor: current, transaction, appendedTransactions }) => {
      if (transaction.docChanged || transaction.selectionSet) reportPlace(current, [transaction, ...appendedTransactions]);
    },
  });

  useEffect(() => {
    reportPlace(editor);
    onReady(editor);
  }, [editor, onReady]);
  // Turning editing on or off is no change of the text: it must not send a save (fastställda minutes would refuse it).
  useEffect(() => editor.setEditable(editable, false), [editor, editable]);
  useEffect(() => (editable ? warmUpTyping(editor) : undefined), [editor, editable]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'), italic: e.isActive('italic'), bullet: e.isActive('bulletList'), ordered: e.isActive('orderedList'),
      link: e.isActive('link') ? String(e.getAttributes('link').href ?? '') : null,
      // Read from the history itself: e.can() builds every command of the editor, at every key.
      canUndo: undoDepth(e.state) > 0, canRedo: redoDepth(e.state) > 0,
    }),
  });

  const openSpellingAt = (misspelling: Misspelling | null) => {
    if (!misspelling) return;
    const at = editor.view.coordsAtPos(misspelling.from);
    setSpelling({ misspelling, x: at.left, y: at.bottom });
  };
  const onSpellingKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    const { selection } = editor.state;
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      openSpellingAt(misspellingAt(editor.state, selection.from));
    } else if (event.altKey && event.key === 'F7') {
      const next = nextMisspelling(editor.state, selection.to);
      if (next) selectRange(editor, next, true);
      openSpellingAt(next);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  };
  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    if (!editable || !(event.target instanceof Element) || !event.target.closest('.ProseMirror')) return;
    // A right-click gives the place under the pointer; the keyboard's menu key the cursor.
    const pos = event.button === 2 ? editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos : editor.state.selection.from;
    const misspelling = pos === undefined ? null : misspellingAt(editor.state, pos);
    if (!misspelling) return;
    event.preventDefault();
    if (event.button === 2) setSpelling({ misspelling, x: event.clientX, y: event.clientY });
    else openSpellingAt(misspelling);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editable && event.target instanceof Element && event.target.closest('.ProseMirror') && onSpellingKey(event)) return;
    if (!(event.ctrlKey || event.metaKey)) return;
    if (event.key === 'f') {
      event.preventDefault();
      setPanel('find');
    } else if (event.key === '.' && editable) {
      event.preventDefault();
      setPanel('phrases');
    } else if (event.key === 'k' && editable && event.target instanceof Element && event.target.closest('.ProseMirror, .editor-toolbar')) {
      // As in Word: a link for the selection (elsewhere, and in read-only minutes, Ctrl+K searches).
      event.preventDefault();
      setPanel('link');
    }
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('.ProseMirror a[href]') : null;
    if (!link) return;
    event.preventDefault();
    if (!editable) setOpening(link.getAttribute('href') ?? '');
  };
  /**
   * Runs an editing command from the toolbar: the keyboard goes back in the text at once, and the cursor
   * is scrolled into view. TipTap's own focus command waits for the next frame, and a key pressed before
   * it (by a fast typist, or on a busy machine) reached no element and was lost. ProseMirror scrolls from
   * where the page's selection is, so the text has the focus first.
   */
  const edit = (command: (chain: ChainedCommands) => ChainedCommands) => () => {
    editor.view.focus();
    command(editor.chain()).scrollIntoView().run();
  };
  /** Closes a panel and, as `edit` does, puts the keyboard back in the text at once; a modal panel is taken off the page first, as it makes the text inert. */
  const closePanel = () => {
    flushSync(() => setPanel(null));
    editor.view.focus();
    editor.commands.scrollIntoView();
  };
  const insertPhrase = (phrase: string) => {
    editor.commands.insertContent({ type: 'text', text: fillPhrase(phrase) });
    closePanel();
  };
  const tool = (label: string, action: () => void, pressed?: boolean, disabled = !editable) => (
    <button type="button" className="tool" aria-pressed={pressed} disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={action}>{label}</button>
  );

  return (
    <div className="minutes-editor" onKeyDown={onKeyDown} onClick={onClick} onContextMenu={onContextMenu}>
      <Toolbar label={t.toolbarLabel} className="editor-toolbar">
        {tool(t.bold, edit((chain) => chain.toggleBold()), state.bold)}
        {tool(t.italic, edit((chain) => chain.toggleItalic()), state.italic)}
        {tool(t.bulletList, edit((chain) => chain.toggleBulletList()), state.bullet)}
        {tool(t.orderedList, edit((chain) => chain.toggleOrderedList()), state.ordered)}
        {tool(t.newSection, () => insertSection(editor, t.newSectionTitle, true))}
        <button type="button" className="tool" aria-expanded={outline} onClick={() => setOutline(!outline)}>{sv.minutes.surface.outline}</button>
        {tool(t.link, () => setPanel('link'), state.link !== null)}
        {state.link !== null && tool(t.openLink, () => setOpening(state.link ?? ''), undefined, false)}
        {state.link !== null && tool(t.removeLink, edit((chain) => chain.extendMarkRange('link').unsetLink()))}
        {tool(t.phrases, () => setPanel('phrases'))}
        {tool(t.find, () => setPanel('find'), panel === 'find', false)}
        {tool(t.undo, edit((chain) => chain.undo()), undefined, !editable || !state.canUndo)}
        {tool(t.redo, edit((chain) => chain.redo()), undefined, !editable || !state.canRedo)}
      </Toolbar>
      {panel === 'find' && <FindBar editor={editor} initialQuery="" onClose={closePanel} />}
      {outline && <SectionOutline editor={editor} editable={editable} />}
      <EditorContent editor={editor} className={skipOffscreen ? 'minutes-editor__text minutes-editor__text--skip-offscreen' : 'minutes-editor__text'} />
      <div className="minutes-editor__footer">
        <span aria-live="polite">{status}</span>
        <button type="button" className="link-button" aria-expanded={showShortcuts} onClick={() => setShowShortcuts(!showShortcuts)}>{sv.minutes.surface.shortcutsToggle}</button>
      </div>
      {showShortcuts && <p className="field-help minutes-editor__shortcuts">{t.shortcuts}</p>}
      {panel === 'phrases' && <PhrasePicker phrases={phrases} onPick={insertPhrase} onClose={closePanel} />}
      {panel === 'link' && <LinkDialog editor={editor} onClose={closePanel} />}
      {opening !== null && <OpenLinkDialog href={opening} onClose={() => setOpening(null)} />}
      {spelling && <SpellingMenu key={spelling.misspelling.from} editor={editor} request={spelling} onClose={closeSpelling} />}
    </div>
  );
}
