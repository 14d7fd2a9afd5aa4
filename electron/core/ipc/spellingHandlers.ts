/**
 * The IPC methods of the spelling check: which of the editor's words are misspelt, suggestions for one,
 * and adding a word to the group's own list (Inställningar). The group's words are the list, the
 * organisations' names and the members' names, worked out again only when one of those changed.
 */
import { sv } from '../../shared/i18n/sv';
import { settingsSchema, type StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { channelFamilies } from '../../shared/ipc/channels';
import { groupWordTest, type GroupWordTest } from '../spelling/groupWords';
import type { HandlerContext, Handlers } from './handlers';

type SpellingChannels = (typeof channelFamilies.spelling)[number];

export function createSpellingHandlers(ctx: HandlerContext): Pick<Handlers, SpellingChannels> {
  let cached: { sources: readonly unknown[]; test: GroupWordTest } | null = null;
  const groupWords = (data: StoreData): GroupWordTest => {
    const sources = [data.settings.spellingWords, data.organisations, data.members];
    if (!cached || sources.some((source, i) => source !== cached!.sources[i])) {
      cached = {
        sources,
        test: groupWordTest([
          ...data.settings.spellingWords,
          ...data.organisations.map((organisation) => organisation.name),
          ...data.members.map((member) => member.name),
        ]),
      };
    }
    return cached.test;
  };

  return {
    checkSpelling: async ({ words }) => ({ misspelt: await ctx.spelling.misspelt(words, groupWords(ctx.session().data)) }),
    spellingSuggestions: async ({ word }) => ({ suggestions: await ctx.spelling.suggestions(word) }),
    addSpellingWord: async ({ word }) => {
      const session = ctx.session();
      const bare = word.replace(/[.-]$/u, '');
      await session.update((data) => {
        const words = data.settings.spellingWords;
        if (words.includes(bare)) return;
        if (!settingsSchema.shape.spellingWords.safeParse([...words, bare]).success) throw new AppError('INVALID_INPUT', sv.spelling.listFull);
        data.settings.spellingWords = [...words, bare];
      });
      return session.data.settings;
    },
  };
}
