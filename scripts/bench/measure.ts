/**
 * Timing helpers for the benchmark: run a function many times and report percentiles in milliseconds;
 * and the floor of a durable write, which the store's saves are measured against.
 */
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export async function time(runs: number, operation: (i: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await operation(i);
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

/** The median and the 95th percentile of samples measured elsewhere (in a browser, say). */
export function percentiles(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;

/** The floor of a durable save of `bytes` at `path`: write a temp file, fsync, rename, fsync the folder. */
export async function rawDurableWrite(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(`${path}.tmp`, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(`${path}.tmp`, path);
  const folder = await open(dirname(path), 'r');
  await folder.sync();
  await folder.close();
}
