/**
 * Swedish spelling by Hunspell itself (hunspell-asm, Hunspell compiled to WebAssembly) with the Swedish
 * dictionary of dictionary-sv: compounds ("överenskommelsegruppen") are accepted by the dictionary's
 * own compound rules, which simpler JavaScript ports lack. Loaded once, from the two dictionary files
 * bundled with the app; no network.
 */
import { readFile } from 'node:fs/promises';

/** Where the dictionary's two files are: the affix rules (.aff) and the word list (.dic). */
export interface DictionaryFiles {
  aff: string;
  dic: string;
}

export interface SpellChecker {
  /** True when the dictionary knows the word, compounds and inflections included. */
  knows(word: string): boolean;
  /** Hunspell's suggestions for a word it does not know, best first, at most `max`. */
  suggestions(word: string, max: number): string[];
}

export async function loadSpellChecker(files: DictionaryFiles): Promise<SpellChecker> {
  const [aff, dic] = await Promise.all([readFile(files.aff), readFile(files.dic)]);
  // Emscripten's runtime adds a listener that rethrows every uncaught exception; the process's own
  // handling of those stays as it was.
  const listeners = new Set(process.listeners('uncaughtException'));
  // Imported here, so the backend's start does not read the 0.8 MB of WebAssembly it carries.
  const { loadModule } = await import('hunspell-asm');
  const factory = await loadModule();
  for (const listener of process.listeners('uncaughtException')) {
    if (!listeners.has(listener)) process.removeListener('uncaughtException', listener);
  }
  const hunspell = factory.create(factory.mountBuffer(aff, 'sv.aff'), factory.mountBuffer(dic, 'sv.dic'));
  return {
    knows: (word) => hunspell.spell(word),
    suggestions: (word, max) => hunspell.suggest(word).slice(0, max),
  };
}
