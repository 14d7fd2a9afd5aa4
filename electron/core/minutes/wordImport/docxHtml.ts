/**
 * Mammoth's HTML of a Word document, walked with htmlparser2, as the blocks of the app's restricted
 * rich text: headings, paragraphs, bullet and numbered lists (any depth here; `docxMinutes` lifts them
 * to the app's limit), bold, italic and links with a safe address. Everything else keeps its text:
 * a table as rows of cells, an image as its alt text, a footnote or a comment as a paragraph at the
 * end. Each such change is counted in `notes` for the preview, so nothing is dropped silently.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { sv } from '../../../shared/i18n/sv';
import { withoutLinkPlace } from '../../documents/linkText';
import { linkHrefSchema, type InlineNode, type ListItemNode, type ListNode } from '../../../shared/minutes/richText';

const n = sv.wordImport.notes;

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<DomNode, { name: string; attribs: Record<string, string> }>;
type Mark = NonNullable<Extract<InlineNode, { type: 'text' }>['marks']>[number];

export type HtmlBlock =
  | { kind: 'title'; inline: InlineNode[] }
  | { kind: 'heading'; level: number; inline: InlineNode[] }
  | { kind: 'paragraph'; inline: InlineNode[] }
  | { kind: 'list'; list: ListNode }
  | { kind: 'table'; header: string[] | null; rows: string[][] };

export interface HtmlReading {
  blocks: HtmlBlock[];
  notes: string[];
}

const isElement = (node: DomNode): node is Element => DomUtils.isTag(node);
const LISTS = new Set(['ul', 'ol']);
/** The back-links mammoth adds to each footnote, endnote and comment: navigation, not text. */
const BACK_LINK = /^#(footnote|endnote|comment)-ref-/;

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Adjacent text with the same marks as one node, as the editor keeps it. */
function merged(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else out.push(node);
  }
  return out;
}

interface MarkState {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

function marksOf(state: MarkState): Mark[] | undefined {
  const marks: Mark[] = [];
  if (state.bold) marks.push({ type: 'bold' });
  if (state.italic) marks.push({ type: 'italic' });
  if (state.href) marks.push({ type: 'link', attrs: { href: state.href } });
  return marks.length ? marks : undefined;
}

/** A link's text as written before the export added its place to vague text (linkText.ts). */
function withoutPlace(link: InlineNode[], href: string): InlineNode[] {
  const text = link.map((node) => (node.type === 'text' ? node.text : '\n')).join('');
  const written = withoutLinkPlace(text, href);
  const last = link.at(-1);
  if (written === text || last?.type !== 'text' || last.text.length <= text.length - written.length) return link;
  return [...link.slice(0, -1), { ...last, text: last.text.slice(0, written.length - text.length) }];
}

export function readMinutesHtml(html: string): HtmlReading {
  const notes: string[] = [];
  const blocks: HtmlBlock[] = [];
  let footnotes = 0;
  let comments = 0;

  const inline = (nodes: readonly DomNode[], state: MarkState = { bold: false, italic: false, href: null }): InlineNode[] => {
    const out: InlineNode[] = [];
    for (const node of nodes) {
      if (DomUtils.isText(node)) {
        if (node.data) out.push({ type: 'text', text: node.data, marks: marksOf(state) });
        continue;
      }
      if (!isElement(node)) continue;
      switch (node.name) {
        case 'br':
          out.push({ type: 'hardBreak' });
          break;
        case 'strong':
        case 'b':
          out.push(...inline(node.children, { ...state, bold: true }));
          break;
        case 'em':
        case 'i':
          out.push(...inline(node.children, { ...state, italic: true }));
          break;
        case 'img': {
          const alt = (node.attribs.alt ?? '').trim();
          notes.push(n.image(alt));
          out.push({ type: 'text', text: n.imageText(alt), marks: marksOf(state) });
          break;
        }
        case 'a': {
          const href = node.attribs.href ?? '';
          if (BACK_LINK.test(href)) break;
          if (!href || href.startsWith('#')) {
            out.push(...inline(node.children, state));
          } else if (linkHrefSchema.safeParse(href).success) {
            out.push(...withoutPlace(inline(node.children, { ...state, href }), href));
          } else {
            notes.push(n.unsafeLink(DomUtils.textContent(node)));
            out.push(...inline(node.children, state));
          }
          break;
        }
        case 'p':
          // A paragraph inside an inline context (a list item or a cell of several): a line of its own.
          if (out.length) out.push({ type: 'hardBreak' });
          out.push(...inline(node.children, state));
          break;
        default:
          if (!LISTS.has(node.name)) out.push(...inline(node.children, state));
      }
    }
    return merged(out);
  };

  const listOf = (element: Element): ListNode | null => {
    const items: ListItemNode[] = [];
    for (const li of element.children.filter(isElement).filter((child) => child.name === 'li')) {
      const nested = li.children.filter(isElement).filter((child) => LISTS.has(child.name)).map(listOf).filter((l): l is ListNode => l !== null);
      const own = inline(li.children);
      if (own.length === 0 && nested.length === 0) continue;
      items.push({ type: 'listItem', content: [{ type: 'paragraph', content: own.length ? own : undefined }, ...nested] });
    }
    return items.length ? { type: element.name === 'ol' ? 'orderedList' : 'bulletList', content: items } : null;
  };

  const cellText = (cell: Element) => inline(cell.children).map((node) => (node.type === 'text' ? node.text : ' ')).join('').trim();

  const tableOf = (table: Element): HtmlBlock => {
    const rows = DomUtils.getElementsByTagName('tr', table, true).map((tr) => ({
      header: tr.children.filter(isElement).every((cell) => cell.name === 'th'),
      cells: tr.children.filter(isElement).filter((cell) => cell.name === 'td' || cell.name === 'th').map(cellText),
    }));
    const header = rows[0]?.header ? rows[0].cells : null;
    return { kind: 'table', header, rows: rows.slice(header ? 1 : 0).map((row) => row.cells) };
  };

  /** mammoth's footnotes and endnotes (`<li id="footnote-1">`) and comments (`<dt>`, `<dd>`): text at the end. */
  const isNoteList = (element: Element) =>
    element.name === 'ol' && element.children.filter(isElement).some((li) => /^(footnote|endnote)-/.test(li.attribs.id ?? ''));

  const visit = (node: DomNode) => {
    if (!isElement(node)) {
      if (DomUtils.isText(node) && node.data.trim()) blocks.push({ kind: 'paragraph', inline: [{ type: 'text', text: node.data }] });
      return;
    }
    const heading = /^h([1-6])$/.exec(node.name);
    if (heading) {
      const content = inline(node.children);
      blocks.push(node.attribs.class === 'title' ? { kind: 'title', inline: content } : { kind: 'heading', level: Number(heading[1]), inline: content });
    } else if (node.name === 'p') {
      blocks.push({ kind: 'paragraph', inline: inline(node.children) });
    } else if (isNoteList(node)) {
      node.children.filter(isElement).forEach((li, index) => {
        footnotes++;
        blocks.push({ kind: 'paragraph', inline: merged([{ type: 'text', text: `[${index + 1}] ` }, ...inline(li.children)]) });
      });
    } else if (LISTS.has(node.name)) {
      const list = listOf(node);
      if (list) blocks.push({ kind: 'list', list });
    } else if (node.name === 'table') {
      blocks.push(tableOf(node));
    } else if (node.name === 'dl') {
      let label = '';
      for (const child of node.children.filter(isElement)) {
        if (child.name === 'dt') label = DomUtils.textContent(child).trim();
        else if (child.name === 'dd') {
          comments++;
          blocks.push({ kind: 'paragraph', inline: merged([{ type: 'text', text: `${label}: ` }, ...inline(child.children)]) });
        }
      }
    } else {
      node.children.forEach(visit);
    }
  };

  parseDocument(html).children.forEach(visit);
  if (footnotes) notes.push(n.footnotes(footnotes));
  if (comments) notes.push(n.comments(comments));
  return { blocks, notes };
}
