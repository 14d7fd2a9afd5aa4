/**
 * How deep and how large a value from the renderer is, measured before any schema sees it: zod parses
 * recursive shapes (the minutes' nested lists) recursively, so a value nested a few hundred levels deep
 * would overflow the stack in the parser, and a body of a hundred megabytes would be parsed whole before
 * a length check could refuse it. The walk here is iterative, stops at the first limit crossed, and
 * never calls JSON.stringify; it runs in main on every call and costs one pass over the value.
 */

export type JsonShapeProblem = 'tooDeep' | 'tooLarge';

export interface JsonShapeLimits {
  /** Levels of objects and arrays, the outermost counting as 1. */
  maxDepth: number;
  /** Characters of the value's JSON text, estimated from above without escapes (≈ bytes for Swedish text). */
  maxChars: number;
}

/** Null when `value` is within the limits. A value that refers to itself is too deep. */
export function jsonShapeProblem(value: unknown, limits: JsonShapeLimits): JsonShapeProblem | null {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  let chars = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: current, depth } = next;
    if (typeof current === 'string') chars += current.length + 2;
    else if (typeof current !== 'object' || current === null) chars += 8;
    else if (depth > limits.maxDepth) return 'tooDeep';
    else if (ArrayBuffer.isView(current)) chars += current.byteLength;
    else if (Array.isArray(current)) {
      chars += 2 + current.length;
      if (chars > limits.maxChars) return 'tooLarge';
      for (const item of current as unknown[]) pending.push({ value: item, depth: depth + 1 });
    } else {
      chars += 2;
      for (const [key, child] of Object.entries(current)) {
        chars += key.length + 4;
        if (chars > limits.maxChars) return 'tooLarge';
        pending.push({ value: child, depth: depth + 1 });
      }
    }
    if (chars > limits.maxChars) return 'tooLarge';
  }
  return null;
}
