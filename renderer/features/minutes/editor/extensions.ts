/**
 * The editor's schema and keys: StarterKit cut down to what the Word export keeps (section headings,
 * paragraphs, bold, italic, lists, links), links checked before they are made (a typed address becomes
 * one at the space after it), section ids kept unique, lists nested at most two levels, the live-meeting
 * keys (Alt+↓/↑ next/previous section, Ctrl+Enter a new bullet at the end of the current section), and
 * the spelling marks. Pasted Word or web content keeps only this schema.
 */
import { Extension, type AnyExtension } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { StarterKit } from '@tiptap/starter-kit';
import { Plugin } from '@tiptap/pm/state';
import { AUTOSAVE_DELAY_MS } from '../../../components/useAutosave';
import { typedLinkHref } from '../../../../electron/shared/links/typedLink';
import { MAX_LIST_DEPTH } from '../../../../electron/shared/minutes/richText';
import { listDepthAt, moveToSection, moveToTextEdge, newBulletAtSectionEnd, touchesHeading } from './sectionCommands';
import { ReadSelectionFirst } from './pageSelection';
import { BlocksNearCursorShown } from './skipOffscreenBlocks';
import { Spelling } from './spelling';

/** Section headings carry the id that decisions and action items point at, and the agenda item they came from. */
const SectionAttributes = Extension.create({
  name: 'sectionAttributes',
  addGlobalAttributes() {
    return [{
      types: ['heading'],
      attributes: {
        sectionId: { default: null, parseHTML: (el) => el.getAttribute('data-section-id'), renderHTML: (attrs) => (attrs.sectionId ? { 'data-section-id': attrs.sectionId } : {}) },
        agendaItemId: { default: null, parseHTML: (el) => el.getAttribute('data-agenda-item'), renderHTML: (attrs) => (attrs.agendaItemId ? { 'data-agenda-item': attrs.agendaItemId } : {}) },
      },
    }];
  },
  addProseMirrorPlugins() {
    let checked = false;
    return [new Plugin({
      // A heading typed, pasted or copied gets an id of its own. The headings are read at the first change
      // and then only when a change touched one: a key typed in a paragraph reads none of them.
      appendTransaction: (transactions, _old, state) => {
        if (!transactions.some((tr) => tr.docChanged && (!checked || touchesHeading(tr)))) return null;
        checked = true;
        const seen = new Set<string>();
        const tr = state.tr;
        state.doc.forEach((node, pos) => {
          if (node.type.name !== 'heading') return;
          const id = node.attrs.sectionId as string | null;
          if (id && !seen.has(id)) return void seen.add(id);
          const fresh = crypto.randomUUID();
          seen.add(fresh);
          tr.setNodeMarkup(pos, undefined, { ...node.attrs, sectionId: fresh, agendaItemId: id ? null : node.attrs.agendaItemId });
        });
        return tr.steps.length ? tr.setMeta('addToHistory', false) : null;
      },
    })];
  },
});

const MinutesKeys = Extension.create({
  name: 'minutesKeys',
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) => listDepthAt(editor.state.selection.$from) >= MAX_LIST_DEPTH,
      'Alt-ArrowDown': ({ editor }) => moveToSection(editor, 1),
      'Alt-ArrowUp': ({ editor }) => moveToSection(editor, -1),
      'Mod-Enter': ({ editor }) => newBulletAtSectionEnd(editor),
      // Ctrl+Home/End move the cursor in the editor, not through the browser's selection: ProseMirror puts
      // back a selection that jumps to the start within 200 ms of the text getting the focus (its guard
      // against browsers that reset it on focus), so a quick Ctrl+Home after the spelling menu was lost.
      'Mod-Home': ({ editor }) => moveToTextEdge(editor, 'start'),
      'Mod-End': ({ editor }) => moveToTextEdge(editor, 'end'),
    };
  },
});

const isLinkText = (text: string) => typedLinkHref(text) !== null;

/**
 * Links: a web or e-mail address typed and followed by a space (or pasted) becomes a link, checked as
 * every link is (typedLink.ts); an address read from pasted HTML is stored whole ("www.…" as https://…).
 */
const MinutesLink = Link.extend({
  addAttributes() {
    return { ...this.parent?.(), href: { default: null, parseHTML: (element) => typedLinkHref(element.getAttribute('href') ?? '') } };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  protocols: ['mailto'],
  isAllowedUri: isLinkText,
  shouldAutoLink: isLinkText,
  HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
});

export function minutesExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // A pause long enough for the autosave ends an undo step, so Ctrl+Z takes back what was typed since.
      undoRedo: { depth: 1000, newGroupDelay: AUTOSAVE_DELAY_MS },
      link: false,
      // No empty paragraph added after a text that ends in a list or a heading: that is a change of the
      // text, which opening minutes would save (and fastställda minutes refuse). Enter on an empty bullet
      // leaves the list, as in Word.
      trailingNode: false,
    }),
    ReadSelectionFirst,
    BlocksNearCursorShown,
    MinutesLink,
    SectionAttributes,
    MinutesKeys,
    Spelling,
  ];
}
