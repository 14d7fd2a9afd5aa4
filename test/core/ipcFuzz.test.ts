// The IPC boundary under random payloads, as an untrusted renderer could send them: 1,000 per channel
// family. The backend answers every one with a result (never throws, never an unexpected error, never
// a value its output schema refuses), the payloads reach the handlers (some in every family, and every
// channel that takes no input ran), and the data file on disk is still a valid store holding what was there before.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelFamilies, type ChannelFamily, type ChannelName } from '../../electron/shared/ipc/channels';
import { contract } from '../../electron/shared/ipc/contract';
import type { Organisation } from '../../electron/shared/register/organisation';
import { fuzzFamily } from '../support/ipcFuzz';
import { openStoreFolder } from '../support/storeFolder';
import { organisationInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

describe('random IPC payloads', () => {
  for (const family of Object.keys(channelFamilies) as ChannelFamily[]) {
    it(`to the ${family} channels get an answer every time, reach the handlers and leave a valid store`, async () => {
      await withBackend(async (backend, _saveTo, dir) => {
        const seeded = await value<Organisation>(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput() }));
        const report = await fuzzFamily(backend, family, 1000, 2026);
        expect(report.calls).toBe(1000);
        expect(report.failures).toEqual([]);
        const takesNoInput = (channelFamilies[family] as readonly ChannelName[]).filter((channel) => contract[channel].input.safeParse(undefined).success);
        expect(Object.keys(report.reachedHandler).length, 'no call reached a handler').toBeGreaterThan(0);
        for (const channel of takesNoInput) expect(report.reachedHandler[channel] ?? 0, `${channel} was never reached`).toBeGreaterThan(0);
        const data = await openStoreFolder(join(dir, 'data'));
        expect(data.organisations.map((o) => o.id)).toContain(seeded.id);
      });
    }, 120_000);
  }
});
