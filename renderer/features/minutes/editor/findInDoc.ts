/**
 * Finding text in the open document, counted the same way as the search across all minutes (every
 * paragraph and heading in order, case folded the Swedish way), so a search hit opens at its place.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { foldCase, occurrences } from '../../../../electron/shared/minutes/textMatch';

export interface TextRange {
  from: number;
  to: number;
}

export function findInDoc(doc: PmNode, query: string): TextRange[] {
  const needle = foldCase(query.trim());
  if (!needle) return [];
  const ranges: TextRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? (child.text ?? '') : '\n';
    });
    for (const at of occurrences(foldCase(text), needle)) ranges.push({ from: pos + 1 + at, to: pos + 1 + at + needle.length });
    return false;
  });
  return ranges;
}
