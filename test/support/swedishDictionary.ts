/**
 * The Swedish dictionary's files where npm put them: the build copies the same two files beside the
 * backend (electron/backend.ts); core tests hand these to backends they make in the test process.
 */
import { join } from 'node:path';
import type { DictionaryFiles } from '../../electron/core/spelling/spellChecker';

const folder = join(import.meta.dirname, '../../node_modules/dictionary-sv');

export const swedishDictionary: DictionaryFiles = { aff: join(folder, 'index.aff'), dic: join(folder, 'index.dic') };
