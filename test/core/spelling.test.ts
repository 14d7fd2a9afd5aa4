// The Swedish spelling check: which words the editor sends (dates, addresses and links are left alone),
// Hunspell with the Swedish dictionary (compounds accepted, misspellings found with suggestions, å, ä
// and ö), the group's own words (the list in Inställningar, organisation and member names) accepted,
// and "Lägg till i ordlistan" kept on disk.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/core/ipc/backend';
import { loadSpellChecker } from '../../electron/core/spelling/spellChecker';
import { sv } from '../../electron/shared/i18n/sv';
import { wordsIn } from '../../electron/shared/spelling/words';
import { SETTINGS_ADDED_IN_VERSION_7 } from '../../electron/shared/store/schema';
import { createRecordingHost } from '../support/recordingHost';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { readStoreFolder } from '../support/storeFolder';
import { swedishDictionary } from '../support/swedishDictionary';
import { withTempDir } from '../support/tempDir';
import { value, withBackend } from '../support/testBackend';

const misspelt = async (backend: Parameters<Parameters<typeof withBackend>[0]>[0], words: string[]) =>
  (await value<{ misspelt: string[] }>(backend.invoke('checkSpelling', { words }))).misspelt;

describe('the words the spelling check reads', () => {
  it('are the words of the prose, abbreviations and hyphens kept, dates, times and addresses left out', () => {
    const text = 'Mötet öppnades kl. 10.00 den 2021-04-28, t.ex. om hälso- och sjukvård. IOP:s e-post: info@exempel.se, www.exempel.se';
    expect(wordsIn(text).map((w) => w.word)).toEqual(['Mötet', 'öppnades', 'kl.', 'den', 't.ex.', 'om', 'hälso-', 'och', 'sjukvård.', 'IOP:s', 'e-post']);
    const abbreviation = wordsIn(text).find((w) => w.word === 't.ex.')!;
    expect(text.slice(abbreviation.from, abbreviation.to)).toBe('t.ex');
  });
});

describe('Hunspell with the Swedish dictionary', () => {
  it('accepts Swedish compounds and words with å, ä and ö, and finds a misspelling with its correction', async () => {
    const checker = await loadSpellChecker(swedishDictionary);
    for (const word of ['överenskommelsegruppen', 'civilsamhällesrepresentanter', 'Överenskommelsegruppen', 'nätverksmöte', 'Borås', 'åtgärder', 'hälso-', 't.ex.', 'sjukvård.']) {
      expect(checker.knows(word), word).toBe(true);
    }
    expect(checker.knows('kommmun')).toBe(false);
    expect(checker.suggestions('kommmun', 8)).toContain('kommun');
    expect(checker.knows('möttet')).toBe(false);
    expect(checker.suggestions('möttet', 8)).toContain('mötet');
    expect(checker.suggestions('åtgärdr', 3)).toHaveLength(3);
  });
});

describe('the spelling check through the backend', () => {
  it('marks only what neither the dictionary nor the group’s own words accept, and keeps an added word on disk', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const words = ['överenskommelsegruppen', 'kommmun', 'IOP', 'IOP:s', 'iop', 'Sensus', 'Sensus:s', 'Xylofonvännerna', 'Qvirinsson', 'Qvirinssons'];
      expect(await misspelt(backend, words)).toEqual(['kommmun', 'iop', 'Sensus', 'Sensus:s', 'Xylofonvännerna', 'Qvirinsson', 'Qvirinssons']);

      await value(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput({ name: 'Föreningen Xylofonvännerna' }) }));
      await value(backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Åsa Qvirinsson' }) }));
      await value(backend.invoke('addSpellingWord', { word: 'Sensus' }));
      expect(await misspelt(backend, words)).toEqual(['kommmun', 'iop']);

      const groupWords = [...SETTINGS_ADDED_IN_VERSION_7.spellingWords, 'Sensus'];
      expect(readStoreFolder(join(dir, 'data')).settings.spellingWords).toEqual(groupWords);
      await value(backend.invoke('addSpellingWord', { word: 'Sensus' }));
      expect(readStoreFolder(join(dir, 'data')).settings.spellingWords).toEqual(groupWords);
    });
  });

  it('refuses a word to a full list in Swedish and writes nothing', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const full = Array.from({ length: 5000 }, (_, i) => `ord${'a'.repeat(i % 50)}${i}`);
      await value(backend.invoke('updateSettings', { spellingWords: full }));
      expect(await backend.invoke('addSpellingWord', { word: 'Sensus' })).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: sv.spelling.listFull } });
      expect(readStoreFolder(join(dir, 'data')).settings.spellingWords).toEqual(full);
    });
  });

  it('suggests corrections, best first', async () => {
    await withBackend(async (backend) => {
      expect(await value(backend.invoke('spellingSuggestions', { word: 'kommmun' }))).toEqual({ suggestions: ['kommun'] });
    });
  });

  it('refuses what is not one word, and says so in Swedish when the dictionary is missing', async () => {
    await withBackend(async (backend) => {
      for (const word of ['två ord', '', '10.00', 'a'.repeat(61), '\uD800']) {
        expect(await backend.invoke('checkSpelling', { words: [word] }), word).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
    });
    await withTempDir(async (dir) => {
      const host = createRecordingHost();
      const backend = await createBackend({ dataDir: join(dir, 'data'), userDataDir: dir, documentsDir: dir, appVersion: '1', host });
      expect(await backend.invoke('checkSpelling', { words: ['kommun'] })).toEqual({
        ok: false, error: { code: 'SPELLING_UNAVAILABLE', message: sv.spelling.unavailable },
      });
      await host.close();
    });
  });
});
