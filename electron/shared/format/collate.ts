/**
 * Swedish alphabetical order (å, ä, ö after z; case and accents compared the Swedish way).
 */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b);
}
