/**
 * A child process for the crash test: opens the store in the folder given as argv[2] and saves edit
 * after edit for ever, printing each edit's number once its save has resolved (an acknowledged write).
 */
import { StoreSession } from '../../electron/core/store/storeSession';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';

const session = await StoreSession.open({ fs: nodeFileSystem, dataDir: process.argv[2]! });
for (let edit = 1; ; edit++) {
  await session.update((data) => void (data.settings.secretaryName = `Skrivning ${edit}`));
  process.stdout.write(`${edit}\n`);
}
