/**
 * The spelling marks in the editor: misspelt words get a wavy underline (a ProseMirror decoration, with
 * aria-invalid="spelling"), worked out as you type without ever reading the whole document per key.
 * A change re-reads only the paragraphs it touched; each word is asked about once (the answers are kept
 * per word for this editor) and the words nobody has asked about yet go to the backend in one batch a
 * moment after typing stops. The word being typed (the cursor at it after a change) is left unmarked
 * until the cursor leaves it. Links are not checked. Marks show only while the text can be edited.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { wordsIn } from '../../../../electron/shared/spelling/words';
import { call } from '../../../api/ros';
import { withPageSelection } from './pageSelection';

/** A misspelt word in the document. `word` is the word as checked (a trailing point included). */
export interface Misspelling {
  from: number;
  to: number;
  word: string;
}

interface SpellingState {
  decorations: DecorationSet;
  /** Start of each paragraph with words still waiting for the backend's answer. */
  waiting: readonly number[];
  /** The word being typed, left unmarked until the cursor leaves it. */
  typing: { from: number; to: number } | null;
}

/** `misspelt`: the misspelt words of the batch just answered; `done`: no word is left to ask about. */
type Meta = { kind: 'answered'; misspelt: readonly string[]; done: boolean } | { kind: 'wordAdded' };

/** Words per call to the backend: each call is a short piece of work there, between the saves. */
const BATCH = 300;
/** How long new words gather before they are sent. */
const SEND_AFTER_MS = 300;

const spellingKey = new PluginKey<SpellingState>('spelling');
const markAttributes = { class: 'misspelt', 'aria-invalid': 'spelling' };

/** The misspelt word at a position of the document, if one is marked there. */
export function misspellingAt(state: EditorState, pos: number): Misspelling | null {
  const found = spellingKey.getState(state)?.decorations.find(pos, pos).find((d) => d.from <= pos && pos <= d.to);
  return found ? { from: found.from, to: found.to, word: (found.spec as { word: string }).word } : null;
}

/** The first misspelt word after `pos`, or from the top when there is none below. */
export function nextMisspelling(state: EditorState, pos: number): Misspelling | null {
  const all = spellingKey.getState(state)?.decorations.find() ?? [];
  const next = all.find((d) => d.from > pos) ?? all[0];
  return next ? { from: next.from, to: next.to, word: (next.spec as { word: string }).word } : null;
}

/** The text of a paragraph as the spelling check reads it: a link's text and anything not text blanked. */
function proseOf(block: PmNode): string {
  let text = '';
  block.forEach((child) => {
    const length = child.isText ? child.text!.length : child.nodeSize;
    text += child.isText && !child.marks.some((mark) => mark.type.name === 'link') ? child.text! : ' '.repeat(length);
  });
  return text;
}

export const Spelling = Extension.create({
  name: 'spelling',

  addProseMirrorPlugins() {
    const editor = this.editor;
    /** The backend's answers so far: true for a misspelt word. */
    const answers = new Map<string, boolean>();
    const toAsk = new Set<string>();
    let unavailable = false;

    /** Marks one paragraph's misspelt words; words not yet answered are queued, and reported as waiting. */
    const markBlock = (block: PmNode, start: number, typing: SpellingState['typing'], marks: Decoration[]): boolean => {
      let waits = false;
      for (const { word, from, to } of wordsIn(proseOf(block))) {
        const at = start + 1 + from;
        if (typing && typing.from === at) continue;
        const misspelt = unavailable ? false : answers.get(word);
        if (misspelt === undefined) {
          toAsk.add(word);
          waits = true;
        } else if (misspelt) {
          marks.push(Decoration.inline(at, start + 1 + to, markAttributes, { word }));
        }
      }
      return waits;
    };

    /** The paragraphs starting at `starts` marked again, their old marks dropped. */
    const remark = (state: EditorState, previous: SpellingState, starts: Iterable<number>, typing: SpellingState['typing']): SpellingState => {
      let decorations = previous.decorations;
      const waiting = new Set(previous.waiting);
      const marks: Decoration[] = [];
      for (const start of new Set(starts)) {
        const block = start >= 0 && start < state.doc.content.size ? state.doc.nodeAt(start) : null;
        if (!block?.isTextblock) continue;
        decorations = decorations.remove(decorations.find(start, start + block.nodeSize));
        waiting.delete(start);
        if (markBlock(block, start, typing, marks)) waiting.add(start);
      }
      return { decorations: decorations.add(state.doc, marks), waiting: [...waiting], typing };
    };

    /** Starts of the paragraphs a change touched, in the new document. */
    const touchedBlocks = (tr: Transaction): number[] => {
      const starts: number[] = [];
      tr.mapping.maps.forEach((map, i) => {
        map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
          const rest = tr.mapping.slice(i + 1);
          const from = Math.max(0, rest.map(newStart, -1) - 1);
          const to = Math.min(tr.doc.content.size, rest.map(newEnd, 1) + 1);
          tr.doc.nodesBetween(from, to, (node, pos) => {
            if (node.isTextblock) starts.push(pos);
            return !node.isTextblock;
          });
        });
      });
      return starts;
    };

    /** The word the cursor is at after a change: the one being typed. */
    const wordBeingTyped = (state: EditorState): SpellingState['typing'] => {
      const { selection } = state;
      if (!selection.empty || !selection.$head.parent.isTextblock) return null;
      const start = selection.$head.before();
      const word = wordsIn(proseOf(selection.$head.parent)).find((w) => start + 1 + w.from <= selection.head && selection.head <= start + 1 + w.from + w.word.length);
      return word ? { from: start + 1 + word.from, to: start + 1 + word.from + word.word.length } : null;
    };

    const allBlocks = (doc: PmNode): number[] => {
      const starts: number[] = [];
      doc.descendants((node, pos) => {
        if (node.isTextblock) starts.push(pos);
        return !node.isTextblock;
      });
      return starts;
    };

    const blockOf = (state: EditorState, pos: number): number | null => {
      const $pos = state.doc.resolve(Math.min(pos, state.doc.content.size));
      return $pos.parent.isTextblock ? $pos.before() : null;
    };

    let timer: ReturnType<typeof setTimeout> | null = null;
    let asking = false;
    let view: EditorView | null = null;

    /** Sends the words nobody has asked about yet, a batch at a time, then marks their paragraphs. */
    const ask = async () => {
      timer = null;
      const words = [...toAsk].slice(0, BATCH);
      if (!view || !words.length) return;
      asking = true;
      const result = await call('checkSpelling', { words }).catch(() => null);
      asking = false;
      const misspelt = result?.ok ? result.value.misspelt : [];
      if (result?.ok) {
        const marked = new Set(misspelt);
        for (const word of words) answers.set(word, marked.has(word));
      } else {
        unavailable = true;
      }
      for (const word of words) toAsk.delete(word);
      // Redrawing the marks must not put back a selection a key has just changed.
      view?.dispatch(withPageSelection(view, view.state.tr.setMeta(spellingKey, { kind: 'answered', misspelt, done: toAsk.size === 0 } satisfies Meta)));
    };
    /** At most one batch under way, and one waiting: typing never waits for the backend. */
    const askSoon = () => {
      if (toAsk.size && !asking && !timer) timer = setTimeout(() => void ask(), SEND_AFTER_MS);
    };

    return [
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          init: (_config, state) => remark(state, { decorations: DecorationSet.empty, waiting: [], typing: null }, allBlocks(state.doc), null),
          apply: (tr, previous, _old, state) => {
            const meta = tr.getMeta(spellingKey) as Meta | undefined;
            let next: SpellingState = tr.docChanged
              ? {
                decorations: previous.decorations.map(tr.mapping, tr.doc),
                waiting: previous.waiting.map((start) => tr.mapping.map(start)),
                typing: null,
              }
              : previous;
            if (meta?.kind === 'wordAdded') {
              // The group's list changed: every word marked so far is asked about again.
              for (const [word, misspelt] of answers) if (misspelt) answers.delete(word);
              const marked = next.decorations.find().map((d) => blockOf(state, d.from)).filter((start) => start !== null);
              next = remark(state, next, marked, next.typing);
            }
            if (meta?.kind === 'answered') {
              // Only paragraphs holding a word just found misspelt change; a clean answer costs no reading.
              const changed = meta.misspelt.length ? next.waiting.filter((start) => {
                const text = state.doc.nodeAt(start)?.textContent ?? '';
                return meta.misspelt.some((word) => text.includes(word));
              }) : [];
              next = remark(state, next, changed, next.typing);
              if (meta.done) next = { ...next, waiting: [] };
            }
            if (tr.docChanged) {
              // The word typed before, if this change left it, is marked now too.
              const before = previous.typing ? blockOf(state, tr.mapping.map(previous.typing.from)) : null;
              return remark(state, next, before === null ? touchedBlocks(tr) : [...touchedBlocks(tr), before], wordBeingTyped(state));
            }
            if (next.typing && tr.selectionSet) {
              const start = blockOf(state, next.typing.from);
              return remark(state, next, start === null ? [] : [start], null);
            }
            return next;
          },
        },
        props: {
          decorations: (state) => (editor.isEditable ? spellingKey.getState(state)?.decorations : null),
        },
        view: (editorView) => {
          view = editorView;
          askSoon();
          return {
            update: askSoon,
            // ProseMirror makes the plugin's view again when the editor is reconfigured.
            destroy: () => {
              if (timer) clearTimeout(timer);
              timer = null;
              view = null;
            },
          };
        },
      }),
    ];
  },
});

/** After a word was added to the group's list: the marks are worked out again. */
export function afterWordAdded(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(spellingKey, { kind: 'wordAdded' } satisfies Meta));
}
