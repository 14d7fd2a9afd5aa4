// Limits at the IPC boundary, through the backend's own `invoke`: minutes nested hundreds of levels deep,
// a body of many megabytes and input that throws when read all get `ok: false` with a Swedish message,
// never an exception out of `invoke`, and nothing of theirs reaches the disk.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sv } from '../../electron/shared/i18n/sv';
import { IPC_INPUT_LIMITS } from '../../electron/shared/ipc/contract';
import type { ListNode, RichDoc } from '../../electron/shared/minutes/richText';
import { contentOf, meetingWithMinutes } from '../support/minutesFixtures';
import { withBackend } from '../support/testBackend';

function nestedList(depth: number): ListNode {
  let list: ListNode = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'botten' }] }] }] };
  for (let level = 1; level < depth; level++) {
    list = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: `nivå ${level}` }] }, list] }] };
  }
  return list;
}

/** A body of about `megabytes` MB of text, in text nodes of 1 MB (each under the 2 MB a node may hold). */
function bodyOfSize(megabytes: number): RichDoc {
  const chunk = 'Långt stycke text. '.repeat(Math.ceil(1_000_000 / 19)).slice(0, 1_000_000);
  return { type: 'doc', content: Array.from({ length: megabytes }, () => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: chunk }] })) };
}

async function bytesInFolder(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

describe('minutes nested deeper than any editor makes', () => {
  it('500 levels deep are refused with ok: false and a Swedish message, not a RangeError', async () => {
    await withBackend(async (backend) => {
      const { minutes } = await meetingWithMinutes(backend);
      const body: RichDoc = { type: 'doc', content: [nestedList(500)] };
      const result = await backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) });
      expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: sv.errors.inputTooDeep(IPC_INPUT_LIMITS.maxDepth) } });
    });
  });

  it('a value that refers to itself is refused the same way', async () => {
    await withBackend(async (backend) => {
      const loop: Record<string, unknown> = { type: 'doc' };
      loop.content = [loop];
      const result = await backend.invoke('saveMinutesContent', { id: '00000000-0000-4000-8000-000000000000', content: { body: loop } });
      expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: sv.errors.inputTooDeep(IPC_INPUT_LIMITS.maxDepth) } });
    });
  });
});

describe('a minutes body over the size limit', () => {
  it.each([6, 120])('of %i MB gets a Swedish message and is not written', async (megabytes) => {
    await withBackend(async (backend, _saveTo, dir) => {
      const { minutes } = await meetingWithMinutes(backend);
      const before = await bytesInFolder(join(dir, 'data'));
      const result = await backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body: bodyOfSize(megabytes) }) });
      expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: sv.errors.inputTooLarge(IPC_INPUT_LIMITS.maxChars / 1_000_000) } });
      expect(await bytesInFolder(join(dir, 'data'))).toBeLessThan(before + 1_000_000);
    });
  }, 60_000);

  it('just under the limit is saved', async () => {
    await withBackend(async (backend) => {
      const { minutes } = await meetingWithMinutes(backend);
      const result = await backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body: bodyOfSize(4) }) });
      expect(result.ok).toBe(true);
    });
  }, 60_000);
});

describe('invoke', () => {
  it('answers ok: false with the Swedish INTERNAL message when reading the input throws, instead of throwing', async () => {
    await withBackend(async (backend) => {
      const hostile = Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new RangeError('Maximum call stack size exceeded'); } });
      const result = await backend.invoke('saveMinutesContent', hostile);
      expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: sv.errors.internal } });
    });
  });
});
