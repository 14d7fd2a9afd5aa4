/**
 * The rich text of minutes, as the editor (TipTap/ProseMirror) stores it: section headings, paragraphs,
 * bold, italic, links (https, http, mailto only), bullet and numbered lists nested at most two levels.
 * Exactly what the Word export keeps; the schema strips every other attribute and refuses other nodes.
 */
import { z } from 'zod';
import { parseLinkSyntax } from '../links/externalUrl';

export const MAX_LIST_DEPTH = 2;
const MAX_TEXT_NODE = 2_000_000;
export const MAX_BLOCKS = 50_000;

// The shape only: a stored link to a local address stays readable, it just does not open (externalUrl.ts).
export const linkHrefSchema = z.string().max(2048).refine((href) => parseLinkSyntax(href) !== null);

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: linkHrefSchema }) }),
]);

const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(MAX_TEXT_NODE), marks: z.array(markSchema).max(3).optional() }),
  z.object({ type: z.literal('hardBreak') }),
]);
export type InlineNode = z.infer<typeof inlineSchema>;

const inlineContent = z.array(inlineSchema).max(MAX_BLOCKS).optional();

export const paragraphSchema = z.object({ type: z.literal('paragraph'), content: inlineContent });

/** A section of the minutes starts at its heading; `sectionId` ties decisions and action items to it. */
export const sectionHeadingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({
    level: z.literal(2),
    sectionId: z.string().min(1).max(64),
    agendaItemId: z.uuid().nullable(),
  }),
  content: inlineContent,
});
export type SectionHeading = z.infer<typeof sectionHeadingSchema>;

export interface ListNode {
  type: 'bulletList' | 'orderedList';
  content: ListItemNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: Array<z.infer<typeof paragraphSchema> | ListNode>;
}

const listTypes = z.enum(['bulletList', 'orderedList']);

/**
 * A list at `level` (1 = in the document). Built level by level up to MAX_LIST_DEPTH instead of
 * referring back to itself, so zod never recurses deeper than the lists the minutes may hold: a list
 * nested 500 deep is refused at level 3, where only paragraphs may follow, without a stack overflow.
 * Typed as the recursive `ListNode` it describes.
 */
function listSchemaAt(level: number): z.ZodObject<{ type: typeof listTypes; content: z.ZodArray<z.ZodType<ListItemNode>> }> {
  const child = level < MAX_LIST_DEPTH ? z.discriminatedUnion('type', [paragraphSchema, listSchemaAt(level + 1)]) : paragraphSchema;
  const item: z.ZodType<ListItemNode> = z.object({ type: z.literal('listItem'), content: z.array(child).min(1).max(100) });
  return z.object({ type: listTypes, content: z.array(item).min(1).max(MAX_BLOCKS) });
}
const listSchema = listSchemaAt(1);

export const blockSchema = z.discriminatedUnion('type', [sectionHeadingSchema, paragraphSchema, listSchema]);
export type BlockNode = z.infer<typeof blockSchema>;

export const richDocSchema = z.object({ type: z.literal('doc'), content: z.array(blockSchema).min(1).max(MAX_BLOCKS) });
export type RichDoc = z.infer<typeof richDocSchema>;

export const heading = (sectionId: string, text: string, agendaItemId: string | null = null): SectionHeading => ({
  type: 'heading',
  attrs: { level: 2, sectionId, agendaItemId },
  content: text ? [{ type: 'text', text }] : undefined,
});
export const paragraph = (text = ''): BlockNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : undefined });

/** The plain text of a run of inline nodes; a line break counts as one character, as in the editor. */
export const inlineText = (content: InlineNode[] | undefined): string =>
  (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');

/** The paragraphs of a top-level block in document order (a heading's own text counts as one), with its words. */
function blockTexts(block: BlockNode): string[] {
  if (block.type === 'heading' || block.type === 'paragraph') return [inlineText(block.content)];
  const texts: string[] = [];
  const visitList = (list: ListNode) => {
    for (const item of list.content) {
      for (const child of item.content) {
        if (child.type === 'paragraph') texts.push(inlineText(child.content));
        else visitList(child);
      }
    }
  };
  visitList(block);
  return texts;
}

/** Every paragraph and heading of a document, in document order, with the section it belongs to. */
export function textBlocks(doc: RichDoc): Array<{ text: string; sectionId: string | null; isHeading: boolean }> {
  const blocks: Array<{ text: string; sectionId: string | null; isHeading: boolean }> = [];
  let sectionId: string | null = null;
  for (const block of doc.content) {
    if (block.type === 'heading') sectionId = block.attrs.sectionId;
    for (const text of blockTexts(block)) blocks.push({ text, sectionId, isHeading: block.type === 'heading' });
  }
  return blocks;
}

export interface SectionInfo {
  sectionId: string;
  agendaItemId: string | null;
  title: string;
}

/** The section a top-level block starts (its heading's id, agenda item and text), or null for any other block. */
export const sectionOf = (block: BlockNode): SectionInfo | null =>
  block.type === 'heading' ? { sectionId: block.attrs.sectionId, agendaItemId: block.attrs.agendaItemId, title: inlineText(block.content) } : null;

/** The sections of a document: each heading's id, agenda item and text, in order. */
export const sectionsOf = (doc: RichDoc): SectionInfo[] => doc.content.map(sectionOf).filter((section) => section !== null);

/** The words of one top-level block; a document's count is the sum over its blocks. */
export const blockWordCount = (block: BlockNode): number =>
  blockTexts(block).reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);

export const wordCount = (doc: RichDoc): number => doc.content.reduce((sum, block) => sum + blockWordCount(block), 0);

/** One top-level block with its list items nested deeper than two levels lifted up to the second level. */
export function limitBlockListDepth(block: BlockNode): BlockNode {
  const flatten = (list: ListNode, depth: number): ListNode => ({
    type: list.type,
    content: list.content.flatMap((item) => {
      if (depth < MAX_LIST_DEPTH) {
        return [{ type: 'listItem', content: item.content.map((child) => (child.type === 'paragraph' ? child : flatten(child, depth + 1))) }];
      }
      const own: ListItemNode = { type: 'listItem', content: item.content.filter((child) => child.type === 'paragraph') };
      const lifted = item.content.flatMap((child) => (child.type === 'paragraph' ? [] : flatten(child, depth).content));
      return [own, ...lifted];
    }),
  });
  return block.type === 'bulletList' || block.type === 'orderedList' ? flatten(block, 1) : block;
}

/** Lifts list items nested deeper than two levels up to the second level (text pasted from Word). */
export const limitListDepth = (doc: RichDoc): RichDoc => ({ type: 'doc', content: doc.content.map(limitBlockListDepth) });

/**
 * A space typed at the end of a line reaches the editor as a no-break space (the browser's way of
 * keeping it visible); the minutes store a plain space, so search and the Word text find "denna länk".
 */
export function plainBlockSpaces(node: BlockNode): BlockNode {
  const inline = (content: InlineNode[] | undefined) =>
    content?.map((node) => (node.type === 'text' ? { ...node, text: node.text.replace(/\u00a0/g, ' ') } : node));
  const list = (node: ListNode): ListNode => ({
    type: node.type,
    content: node.content.map((item) => ({
      type: 'listItem',
      content: item.content.map((child) => (child.type === 'paragraph' ? { ...child, content: inline(child.content) } : list(child))),
    })),
  });
  if (node.type === 'heading') return { ...node, content: inline(node.content) };
  if (node.type === 'paragraph') return { ...node, content: inline(node.content) };
  return list(node);
}

/** A document with every no-break space a plain space (plainBlockSpaces on each block). */
export const plainSpaces = (doc: RichDoc): RichDoc => ({ type: 'doc', content: doc.content.map(plainBlockSpaces) });
