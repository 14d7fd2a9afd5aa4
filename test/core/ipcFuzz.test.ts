// The IPC boundary under random payloads, as an untrusted renderer could send them: 1,000 per channel
// family. The backend answers every one with a result (never throws, never an unexpected error), and
// the data file on disk is still a valid store afterwards: nothing invalid was written.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeStore } from '../../electron/core/store/storeCodec';
import { channelFamilies, channelNames, type ChannelFamily } from '../../electron/shared/ipc/channels';
import { fuzzFamily } from '../support/ipcFuzz';
import { organisationInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

describe('random IPC payloads', () => {
  it('cover every channel, each in one family', () => {
    expect(Object.values(channelFamilies).flat().sort()).toEqual([...new Set(channelNames)].sort());
  });

  for (const family of Object.keys(channelFamilies) as ChannelFamily[]) {
    it(`to the ${family} channels get an answer every time and leave a valid store`, async () => {
      await withBackend(async (backend, _saveTo, dir) => {
        await value(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput() }));
        const report = await fuzzFamily(backend, family, 1000, 2026);
        expect(report.calls).toBe(1000);
        expect(report.failures).toEqual([]);
        const data = decodeStore(await readFile(join(dir, 'data', 'ros-data.json'), 'utf8'));
        expect(data.organisations.length).toBeGreaterThanOrEqual(family === 'register' ? 0 : 1);
      });
    }, 120_000);
  }
});
