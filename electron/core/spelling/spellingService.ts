/**
 * The spelling check as the backend runs it: Hunspell is loaded at the first question (a fraction of
 * a second, once), then each batch of words from the editor is answered with the ones that are neither
 * in the dictionary nor the group's own words, and a word's suggestions on request. It runs in the
 * backend process, off the window's thread; the editor sends only words it has not asked about before.
 */
import { sv } from '../../shared/i18n/sv';
import { AppError } from '../appError';
import type { GroupWordTest } from './groupWords';
import { loadSpellChecker, type DictionaryFiles, type SpellChecker } from './spellChecker';

export const MAX_SUGGESTIONS = 8;

export interface SpellingService {
  misspelt(words: readonly string[], groupWord: GroupWordTest): Promise<string[]>;
  suggestions(word: string): Promise<string[]>;
}

export function createSpellingService(files: DictionaryFiles | undefined): SpellingService {
  let checker: Promise<SpellChecker> | null = null;
  const loaded = (): Promise<SpellChecker> => {
    if (!files) return Promise.reject(new AppError('SPELLING_UNAVAILABLE', sv.spelling.unavailable));
    checker ??= loadSpellChecker(files).catch((error: unknown) => {
      checker = null;
      console.error('[ros] the spelling dictionary could not be loaded', error);
      throw new AppError('SPELLING_UNAVAILABLE', sv.spelling.unavailable);
    });
    return checker;
  };
  return {
    async misspelt(words, groupWord) {
      const hunspell = await loaded();
      return words.filter((word) => !groupWord(word) && !hunspell.knows(word));
    },
    async suggestions(word) {
      return (await loaded()).suggestions(word, MAX_SUGGESTIONS);
    },
  };
}
