/**
 * The whole app behind the IPC boundary, as plain Node: opens the data folder, validates every call
 * against the contract with zod, runs its handler and returns a `Result` — never throws to the caller.
 * It runs in a process of its own (`electron/backend.ts`); main.ts forwards every IPC call to it, and the
 * browser test harness routes `window.ros` to the very same process.
 */
import { channelNames, type ChannelName } from '../../shared/ipc/channels';
import { contract, inputLimitMessage } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { sv } from '../../shared/i18n/sv';
import { fieldErrors } from '../../shared/validation/fieldErrors';
import { AppError } from '../appError';
import { rememberDataDir } from '../app/dataFolder';
import type { Host } from '../host';
import { nodeFileSystem, type FileSystem } from '../store/fileSystem';
import { StoreSession } from '../store/storeSession';
import { indexInBackground } from '../minutes/minutesIndex';
import { createHandlers } from './handlers';
import { createExportSaver } from './exportSaver';
import { createSpellingService } from '../spelling/spellingService';
import type { DictionaryFiles } from '../spelling/spellChecker';

export interface BackendOptions {
  dataDir: string;
  /** Where the chosen data folder is remembered. */
  userDataDir: string;
  /** Where save dialogs start (the user's Documents folder in the app). */
  documentsDir: string;
  appVersion: string;
  host: Host;
  fs?: FileSystem;
  now?: () => Date;
  /** The Swedish dictionary's files; without them the spelling check answers that it is unavailable. */
  spellingDictionary?: DictionaryFiles;
  /** Told when the user switches to another data folder, so a restarted backend opens that one. */
  onDataDirChanged?: (dataDir: string) => void;
}

export interface Backend {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

const knownChannels: ReadonlySet<string> = new Set(channelNames);

/**
 * What the first screen asks for, answered from the main file while the minutes are still being read
 * (`StoreSession.load`); every other call waits until the whole folder is read.
 */
const servedBeforeMinutes: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'getAppInfo', 'getStoreStatus', 'getSettings', 'listMeetings', 'listMembers', 'listFormerMembers',
  'listOrganisations', 'getRegisterStats',
]);

/**
 * How long the calls must pause before the search's index catches up with the store: longer than the
 * minutes' autosave waits at most while typing goes on (800 ms, useAutosave.ts), so that building the
 * index (half a core while it runs, minutesIndex.ts) never competes with someone typing.
 */
const INDEX_AFTER_MS = 1500;

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const fs = options.fs ?? nodeFileSystem;
  const openSession = async (dataDir: string) => {
    const opened = await StoreSession.open({ fs, dataDir, now: options.now, minutesInBackground: true });
    void opened.whenLoaded().then(() => indexInBackground(storeMinutes, INDEX_AFTER_MS));
    return opened;
  };
  let dataDir = options.dataDir;
  let session: StoreSession;
  // The search's index (minutesIndex.ts): built once the minutes are read and the calls have paused, off
  // the first screen's path and out of the way of the first autosaves, and brought up to date when the
  // calls pause again, so a restore or an import is indexed before a search (a search indexes what is not).
  const storeMinutes = () => {
    try {
      return session.data.minutes;
    } catch {
      return null; // a store in recovery, or minutes not read yet (then indexed once they are)
    }
  };
  session = await openSession(dataDir);

  const handlers = createHandlers({
    appVersion: options.appVersion,
    host: options.host,
    fs,
    exports: createExportSaver(options.host, fs, { documentsDir: options.documentsDir, userDataDir: options.userDataDir }),
    spelling: createSpellingService(options.spellingDictionary),
    session: () => session,
    dataDir: () => dataDir,
    switchDataFolder: async (title, prepare) => {
      const chosen = await options.host.chooseFolder(title);
      if (!chosen) return false;
      await prepare?.(chosen);
      session = await openSession(chosen);
      dataDir = chosen;
      options.onDataDirChanged?.(chosen);
      await rememberDataDir(fs, options.userDataDir, chosen).catch(() => undefined);
      return true;
    },
  });

  async function invokeChecked(channel: string, input: unknown): Promise<Result<unknown>> {
    if (!knownChannels.has(channel)) return fail('UNKNOWN_CHANNEL', sv.errors.unknownChannel);
    const name = channel as ChannelName;
    // Before the schema: a value nested hundreds deep would overflow zod's recursive parse.
    const tooMuch = inputLimitMessage(input);
    if (tooMuch) return fail('INVALID_INPUT', tooMuch);
    const parsed = contract[name].input.safeParse(input);
    if (!parsed.success) {
      const details = Object.entries(fieldErrors(parsed.error))
        .map(([field, message]) => (field ? `${field}: ${message}` : message))
        .join('; ');
      return fail('INVALID_INPUT', `${sv.errors.invalidInput} ${details}`.trim());
    }
    try {
      if (!servedBeforeMinutes.has(name)) await session.whenLoaded();
      const handler = handlers[name] as (value: unknown) => Promise<unknown>;
      const answer = ok(await handler(parsed.data));
      if (!servedBeforeMinutes.has(name)) indexInBackground(storeMinutes, INDEX_AFTER_MS);
      return answer;
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.field);
      console.error(`[ros] ${name} failed`, error);
      return fail('INTERNAL', sv.errors.internal);
    }
  }

  return {
    /** Never throws: whatever escapes the checks (a RangeError, input that throws when read) is INTERNAL. */
    async invoke(channel, input) {
      try {
        return await invokeChecked(channel, input);
      } catch (error) {
        console.error(`[ros] ${String(channel)} failed outside its handler`, error);
        return fail('INTERNAL', sv.errors.internal);
      }
    },
  };
}
