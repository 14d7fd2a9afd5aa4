/**
 * The minutes body as it is saved (the editor's JSON with lists limited to two levels and no-break spaces
 * made plain), its word count and its sections, read from the editor's document in time proportional to
 * what changed: ProseMirror keeps every unchanged node of a document in the next version, so each
 * top-level block is read once and its result kept for as long as a document holds that very node.
 * A save after a key reads the changed paragraph and walks the list of blocks, not the whole text.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import {
  blockWordCount, limitBlockListDepth, plainBlockSpaces, sectionOf, type BlockNode, type RichDoc, type SectionInfo,
} from '../../../../electron/shared/minutes/richText';

interface ReadBlock {
  json: BlockNode;
  words: number;
  section: SectionInfo | null;
}

const read = new WeakMap<PmNode, ReadBlock>();

function readBlock(node: PmNode): ReadBlock {
  let block = read.get(node);
  if (!block) {
    const json = plainBlockSpaces(limitBlockListDepth(node.toJSON() as BlockNode));
    block = { json, words: blockWordCount(json), section: sectionOf(json) };
    read.set(node, block);
  }
  return block;
}

export interface SavedBody {
  body: RichDoc;
  words: number;
  sections: SectionInfo[];
}

export function savedBody(doc: PmNode): SavedBody {
  const content: BlockNode[] = [];
  const sections: SectionInfo[] = [];
  let words = 0;
  doc.forEach((node) => {
    const block = readBlock(node);
    content.push(block.json);
    words += block.words;
    if (block.section) sections.push(block.section);
  });
  return { body: { type: 'doc', content }, words, sections };
}
