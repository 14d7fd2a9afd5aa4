/**
 * Random IPC payloads, as an untrusted renderer could send them, for every channel of a family: any
 * value at all, or an object with the channel's own keys holding random, near-valid or hostile values
 * (uuids, dates, paths, scripts, huge numbers, words and lists of words). Shared by the test suite
 * (1,000 per family) and the benchmark (10,000 per family). Reports calls that threw, failed with
 * INTERNAL (an unexpected error) or answered a value its channel's output schema refuses, and how many
 * calls per channel got past the input schema to their handler (so a run that never reaches a handler
 * shows it).
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { Backend } from '../../electron/core/ipc/backend';
import { channelFamilies, type ChannelFamily, type ChannelName } from '../../electron/shared/ipc/channels';
import { contract } from '../../electron/shared/ipc/contract';
import { outputMismatch } from './checkedOutputs';

const nearValid = fc.oneof(
  fc.anything(),
  fc.uuid(),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(
    '', ' ', '2024-06-13', '2024-02-30', '10:00', '25:61', 'docx', 'pdf', 'csv', 'ics', 'text', 'members', 'organisations',
    'brief', 'full', 'draft', 'approved', 'open', 'done', 'keepMine', 'useDisk', 'https://exempel.se/å?a=1&b=2',
    'javascript:alert(1)', 'file:///etc/passwd', '../../ros-data.json', '/etc/passwd', '<script>alert(1)</script>', '\u0000\u000B',
    'kommmun', 'IOP:s', 'överenskommelsegruppen',
  ),
  fc.array(fc.constantFrom('kommmun', 'IOP', 'Borås', 'civilsamhällesrepresentanter', 'e-post', 't.ex.', '\uD800', 'två ord')),
);

function payload(channel: ChannelName): fc.Arbitrary<unknown> {
  const input = contract[channel].input as z.ZodType;
  const keys = input instanceof z.ZodObject ? Object.keys(input.shape) : [];
  const shaped = keys.length ? fc.record(Object.fromEntries(keys.map((key) => [key, nearValid])), { requiredKeys: [] }) : fc.constant(undefined);
  return fc.oneof(fc.anything(), shaped, fc.constant(undefined), fc.constant(null));
}

export interface FuzzReport {
  calls: number;
  /** "channel: what happened" for every call that threw, answered INTERNAL or broke its output schema. */
  failures: string[];
  /** Per channel, the calls that passed input validation and so ran the handler. */
  reachedHandler: Partial<Record<ChannelName, number>>;
}

export async function fuzzFamily(backend: Backend, family: ChannelFamily, runs: number, seed: number): Promise<FuzzReport> {
  const channels = channelFamilies[family] as readonly ChannelName[];
  const calls = fc.sample(fc.tuple(fc.constantFrom(...channels), fc.integer()).chain(([channel]) => fc.tuple(fc.constant(channel), payload(channel))), { numRuns: runs, seed });
  const failures: string[] = [];
  const reachedHandler: Partial<Record<ChannelName, number>> = {};
  for (const [channel, input] of calls) {
    try {
      const result = await backend.invoke(channel, input);
      if (result.ok || result.error.code !== 'INVALID_INPUT') reachedHandler[channel] = (reachedHandler[channel] ?? 0) + 1;
      if (!result.ok && result.error.code === 'INTERNAL') failures.push(`${channel}: INTERNAL for ${JSON.stringify(input)}`);
      const mismatch = outputMismatch(channel, result);
      if (mismatch) failures.push(`${mismatch} (input ${JSON.stringify(input)})`);
    } catch (error) {
      failures.push(`${channel}: threw ${String(error)}`);
    }
  }
  return { calls: calls.length, failures, reachedHandler };
}
