/**
 * Swedish alphabetical order (å, ä, ö after z; case and accents compared the Swedish way), and the
 * Swedish order of people: by efternamn, then förnamn.
 */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A full name as efternamn (its last word) and the names before it. */
function surnameFirst(name: string): [string, string] {
  const words = name.trim().split(/\s+/);
  return [words.at(-1) ?? '', words.slice(0, -1).join(' ')];
}

/** People in Swedish list order: "Berg, Anna" before "Lind, Anna" before "Lind, Bo". */
export function comparePersonNames(a: string, b: string): number {
  const [aLast, aFirst] = surnameFirst(a);
  const [bLast, bFirst] = surnameFirst(b);
  return compareSwedish(aLast, bLast) || compareSwedish(aFirst, bFirst);
}
