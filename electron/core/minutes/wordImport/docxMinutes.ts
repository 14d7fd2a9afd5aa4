/**
 * A Word document's blocks (`docxHtml`) as minutes: the title (the Title style; else a lone top heading
 * above the sections; else the first line), the sections (the top heading level left; deeper headings
 * become paragraphs), "Beslut: …" lines as decisions and the app's action table as action items, and
 * the full form's parts the app writes before the first section (Tid, Plats, Närvaro). What the app's
 * own letterhead puts above the title is left out, and said so. Keyed on heading styles and structure,
 * not on spacing, so a document with or without spacing paragraphs reads the same.
 */
import { randomUUID } from 'node:crypto';
import { sv } from '../../../shared/i18n/sv';
import {
  heading, inlineText, limitListDepth, MAX_LIST_DEPTH, type BlockNode, type InlineNode, type ListNode, type RichDoc,
} from '../../../shared/minutes/richText';
import type { HtmlBlock, HtmlReading } from './docxHtml';

const t = sv.minutes.documents;
const n = sv.wordImport.notes;

export interface ImportedAction {
  sectionId: string;
  what: string;
  responsible: string;
  due: string;
}

export interface ImportedMinutes {
  title: string;
  /** The title and the first lines, where the meeting's date is looked for. */
  leadTexts: string[];
  body: RichDoc;
  decisions: Array<{ sectionId: string; text: string }>;
  actions: ImportedAction[];
  /** The full form's parts: the "Tid:" and "Plats:" lines, and the attendance as paragraphs. */
  details: { when: string; place: string; attendance: BlockNode[] } | null;
  /** What became plain text or was left out, in Swedish. */
  notes: string[];
  /** Whether the document has any text at all. */
  empty: boolean;
}

const textOf = (inline: readonly InlineNode[]) => inlineText([...inline]).trim();
const hasText = (block: HtmlBlock) =>
  block.kind === 'table' ? block.rows.length > 0 || block.header !== null : block.kind === 'list' || textOf(block.inline) !== '';

/** "Tid: …" as the app writes it: a bold label and its text; the label's text, else null. */
function labelled(block: HtmlBlock, label: string): string | null {
  if (block.kind !== 'paragraph') return null;
  const text = textOf(block.inline);
  const prefix = `${label}:`;
  return text.startsWith(prefix) ? text.slice(prefix.length).trim() : null;
}

const ACTION_HEADER = [t.action, t.responsible, t.due];
const isActionTable = (block: HtmlBlock): block is Extract<HtmlBlock, { kind: 'table' }> =>
  block.kind === 'table' && JSON.stringify(block.header?.map((cell) => cell.trim())) === JSON.stringify(ACTION_HEADER);

const paragraphOf = (inline: InlineNode[]): BlockNode => ({ type: 'paragraph', content: inline.length ? inline : undefined });
const textParagraph = (text: string): BlockNode => paragraphOf(text ? [{ type: 'text', text }] : []);

function listDepth(list: ListNode): number {
  return 1 + Math.max(0, ...list.content.flatMap((item) => item.content.filter((c) => c.type !== 'paragraph').map((c) => listDepth(c as ListNode))));
}

/**
 * What a mammoth warning means for the reader: a style that became plain text, a part of the document
 * that was left out, or anything else it reports. A picture's format and a style named but not defined
 * change nothing here (pictures become their alt text, the text of such a style is kept).
 */
function warningNote(warning: string): string[] {
  const style = /^Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(warning);
  if (style) return [n.style(style[1]!)];
  const element = /^An unrecognised element was ignored: (.+)$/.exec(warning);
  if (element) return [n.ignoredElement(element[1]!)];
  if (/unlikely to display in web browsers|was referenced but not defined/.test(warning)) return [];
  return [n.otherWarning(warning)];
}

/** Where the title is among the blocks, and whether what is above it is a letterhead. */
function findTitle(blocks: readonly HtmlBlock[]): { index: number; letterhead: boolean } | null {
  const titled = blocks.findIndex((b) => b.kind === 'title');
  if (titled >= 0) return { index: titled, letterhead: true };
  const headings = blocks.filter((b): b is Extract<HtmlBlock, { kind: 'heading' }> => b.kind === 'heading' && textOf(b.inline) !== '');
  const first = blocks.findIndex(hasText);
  const top = Math.min(...headings.map((h) => h.level));
  const firstBlock = blocks[first];
  if (firstBlock?.kind === 'heading' && firstBlock.level === top && headings.filter((h) => h.level === top).length === 1 && headings.length > 1) {
    return { index: first, letterhead: false };
  }
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const before = blocks.slice(0, firstHeading < 0 ? blocks.length : firstHeading);
  const candidates = before.map((b, index) => ({ b, index })).filter(({ b }) => b.kind === 'paragraph' && textOf(b.inline) !== '');
  // The first line naming a date is the title ("Anteckningar RÖS-möte 28 april 2021"), else the first line.
  const dated = candidates.find(({ b }) => b.kind === 'paragraph' && /\d{4}/.test(textOf(b.inline)));
  const chosen = dated ?? candidates[0];
  return chosen ? { index: chosen.index, letterhead: false } : null;
}

export function docxMinutes(reading: HtmlReading, warnings: readonly string[]): ImportedMinutes {
  const notes = [...reading.notes];
  for (const warning of warnings) notes.push(...warningNote(warning));
  let blocks = reading.blocks;
  const found = findTitle(blocks);
  let title = '';
  if (found) {
    const block = blocks[found.index]!;
    title = block.kind === 'title' || block.kind === 'heading' || block.kind === 'paragraph' ? textOf(block.inline) : '';
    const above = blocks.slice(0, found.index).filter(hasText);
    if (found.letterhead && above.length) notes.push(n.letterhead(above.length));
    blocks = found.letterhead ? blocks.slice(found.index + 1) : [...blocks.slice(0, found.index), ...blocks.slice(found.index + 1)];
  }
  const leadTexts = [title, ...reading.blocks.slice(0, 8).flatMap((b) => (b.kind === 'list' || b.kind === 'table' ? [] : [textOf(b.inline)]))];

  const levels = blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.level : 7));
  const sectionLevel = Math.min(7, ...levels);

  // The full form's parts, before the first section: "Tid:", "Plats:", then "Närvaro" with its groups.
  let when = '';
  let place = '';
  const attendance: BlockNode[] = [];
  let i = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    const time = labelled(block, t.when);
    const at = labelled(block, t.place);
    if (time !== null && !when) when = time;
    else if (at !== null && !place) place = at;
    else if (!hasText(block)) continue;
    else break;
  }
  const attendanceStart = blocks[i];
  if (attendanceStart?.kind === 'heading' && attendanceStart.level === sectionLevel && textOf(attendanceStart.inline) === t.attendance) {
    for (i++; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.kind === 'heading' && block.level <= sectionLevel) break;
      if (block.kind === 'heading' || block.kind === 'paragraph') {
        const text = textOf(block.inline);
        if (text) attendance.push(textParagraph(text));
      }
    }
  } else if (!when && !place) {
    i = 0;
  }
  const details = when || place || attendance.length ? { when, place, attendance } : null;

  const body: BlockNode[] = [];
  const decisions: ImportedMinutes['decisions'] = [];
  const actions: ImportedAction[] = [];
  let sectionId: string | null = null;
  let deep = false;
  for (const block of blocks.slice(i)) {
    switch (block.kind) {
      case 'title':
      case 'heading': {
        const text = textOf(block.inline);
        if (block.kind === 'heading' && block.level === sectionLevel) {
          sectionId = randomUUID();
          body.push(heading(sectionId, text));
        } else if (text) {
          notes.push(n.subheading(text));
          body.push(paragraphOf(block.inline));
        }
        break;
      }
      case 'paragraph': {
        const decision = labelled(block, t.decision);
        if (decision && sectionId && decision.length <= 2000) decisions.push({ sectionId, text: decision });
        else if (textOf(block.inline)) body.push(paragraphOf(block.inline));
        break;
      }
      case 'list':
        deep ||= listDepth(block.list) > MAX_LIST_DEPTH;
        body.push(block.list);
        break;
      case 'table':
        if (isActionTable(block) && sectionId) {
          const current = sectionId;
          const dash = (text: string) => (text === '–' ? '' : text);
          for (const [what = '', responsible = '', due = ''] of block.rows) {
            if (what.trim()) actions.push({ sectionId: current, what: what.trim(), responsible: dash(responsible.trim()), due: dash(due.trim()) });
          }
        } else {
          const rows = [...(block.header ? [block.header] : []), ...block.rows].filter((row) => row.some((cell) => cell.trim()));
          notes.push(n.table(rows.length));
          body.push(...rows.map((row) => textParagraph(row.map((cell) => cell.trim()).join(' | '))));
        }
        break;
    }
  }
  if (deep) notes.push(n.deepList);
  const doc = limitListDepth({ type: 'doc', content: body.length ? body : [textParagraph('')] });
  const empty = !title && body.every((b) => b.type === 'paragraph' && !inlineText(b.content).trim()) && decisions.length === 0 && actions.length === 0 && !details;
  return { title, leadTexts, body: doc, decisions, actions, details, notes: [...new Set(notes)], empty };
}
