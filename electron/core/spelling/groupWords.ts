/**
 * The group's own words, which the spelling check accepts besides the dictionary: the list in
 * Inställningar ("IOP", "RUS"), the words of the organisations' names and the members' names. A word
 * is accepted as the group writes it, in capitals, with a capital first letter when the group writes it
 * in small letters, and in the genitive ("IOP:s", "Qvirinssons"); "iop" is not "IOP".
 */
import { wordsIn } from '../../shared/spelling/words';

export type GroupWordTest = (word: string) => boolean;

const GENITIVE = /:?s$/u;

export function groupWordTest(entries: Iterable<string>): GroupWordTest {
  const forms = new Set<string>();
  for (const entry of entries) {
    for (const { word } of wordsIn(entry)) {
      const bare = word.replace(/[.-]$/u, '');
      forms.add(bare);
      forms.add(bare.toLocaleUpperCase('sv'));
      if (bare === bare.toLocaleLowerCase('sv')) forms.add(bare.charAt(0).toLocaleUpperCase('sv') + bare.slice(1));
    }
  }
  return (word) => {
    const bare = word.replace(/[.-]$/u, '');
    return forms.has(bare) || forms.has(bare.replace(GENITIVE, ''));
  };
}
