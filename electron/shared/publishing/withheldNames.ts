/**
 * Names of people who are not to be published ("publiceras inte"), found in a text and replaced by their
 * role or organisation ("ordföranden", "en representant för Påhittade förbundet").
 *
 * What counts as the name (the rule the README states):
 * - the full name as the register writes it, and first name plus surname when there are middle names;
 *   the first name alone and the surname alone only where no one else in the register or among the
 *   meeting's guests has that name among their names (else the short name is left as it is);
 * - written with its capital letters: "sten", "ek", "berg" or "bo" in lower case are ordinary words and
 *   never a name; a capitalised "Berg" mid-sentence is a name, since Swedish capitalises no common noun
 *   there; at the start of a sentence, where an ordinary word is capitalised too, it is taken as the
 *   name — the preview lists it and the secretary can undo it;
 * - a whole word only: "Bo" is not found in "Boende", "Anna" not in "Anna-Karin", "Ek" not in "Ekonomi";
 * - with its possessive: "Annas", "Anna Eks", "Lars'" become "ordförandens"; the stand-in is
 *   capitalised at the start of a sentence.
 *
 * A short name left as it is because someone else has it too may still mean the withheld person: the
 * finder also reports those spots ("shared"), for the preview to warn of.
 */
import { sv } from '../i18n/sv';
import type { MemberRole, MemberSide } from '../register/member';
import type { TextMatch } from './contactDetails';

export interface WithheldPerson {
  name: string;
  /** What the text calls them instead, in lower case: "ordföranden". */
  standIn: string;
}

export interface NameMatch extends TextMatch {
  person: WithheldPerson;
  replacement: string;
}

/** A first name or surname alone, kept since several people have it, that may mean someone withheld. */
export interface SharedNameMatch extends TextMatch {
  /** The full names of the withheld people who have it. */
  people: string[];
}

/** The people whose name is replaced, and every name in the register and among the guests. */
export interface NameFinder {
  find(text: string): NameMatch[];
  findShared(text: string): SharedNameMatch[];
}

const words = (name: string) => name.trim().split(/\s+/u).filter(Boolean);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HYPHENS = '-\u2010\u2011';

/** The name as a pattern: any run of spaces between its words, any kind of hyphen inside them. */
function namePattern(form: string): string {
  return words(form)
    .map((word) => escape(word).replace(new RegExp(`[${HYPHENS}]`, 'gu'), `[${HYPHENS}]`))
    .join('[ \\u00a0]+');
}

/** The Swedish genitive of a phrase: an s at its end, none after s, x or z ("ordförandens", "Lars"). */
export function genitive(phrase: string): string {
  return /[sxz]$/iu.test(phrase) ? phrase : `${phrase}s`;
}

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/** A pattern for any of the forms as a whole word, with a possessive; group i + 1 is form i, the last group the possessive. */
function wholeWords(forms: readonly string[]): RegExp {
  const alternatives = forms.map((form) => `(${namePattern(form)})`).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_${HYPHENS}])(?:${alternatives})(s|['’]s?)?(?![\\p{L}\\p{N}_${HYPHENS}])`, 'gu');
}

/** At the start of the text or of a line, or after a sentence's end ("." "!" "?" "…"), quotes and brackets aside. */
function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s"'”“’([–—•-]+$/u, '');
  return before === '' || /[.!?…]$/u.test(before) || /\n[\s"'”“’([–—•-]*$/u.test(text.slice(0, index));
}

/**
 * Builds the finder. `withheld` are the people to replace; `everyone` is every name that could be meant
 * (the register's members, current and former, and the meeting's guests), withheld ones included.
 */
export function nameFinder(withheld: readonly WithheldPerson[], everyone: readonly string[]): NameFinder {
  const wordOwners = new Map<string, number>();
  for (const name of new Set(everyone.map((n) => words(n).join(' ')))) {
    for (const word of new Set(words(name))) wordOwners.set(word, (wordOwners.get(word) ?? 0) + 1);
  }
  const forms: Array<{ form: string; person: WithheldPerson }> = [];
  /** Each short name kept because others have it too, with the withheld people who have it. */
  const shared = new Map<string, string[]>();
  for (const person of withheld) {
    const parts = words(person.name);
    if (parts.length === 0) continue;
    const candidates = new Set([parts.join(' ')]);
    if (parts.length > 2) candidates.add(`${parts[0]} ${parts[parts.length - 1]}`);
    if (parts.length > 1) {
      for (const short of new Set([parts[0]!, parts[parts.length - 1]!])) {
        if (!/\p{L}{2}/u.test(short)) continue;
        if ((wordOwners.get(short) ?? 0) <= 1) candidates.add(short);
        else shared.set(short, [...(shared.get(short) ?? []), parts.join(' ')]);
      }
    }
    for (const form of candidates) forms.push({ form, person });
  }
  const sharedForms = [...shared.keys()];
  const sharedPattern = sharedForms.length ? wholeWords(sharedForms) : null;
  const findShared = (text: string): SharedNameMatch[] =>
    sharedPattern
      ? [...text.matchAll(sharedPattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        people: shared.get(sharedForms[sharedForms.findIndex((_, i) => match[i + 1] !== undefined)]!)!,
      }))
      : [];
  // The longest form first, so "Anna Ek" is one match and not "Anna" and "Ek".
  forms.sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return { find: () => [], findShared };
  const pattern = wholeWords(forms.map((f) => f.form));
  return {
    findShared,
    find(text) {
      const found: NameMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const which = forms.findIndex((_, i) => match[i + 1] !== undefined);
        const person = forms[which]!.person;
        const possessive = match[forms.length + 1] !== undefined;
        const standIn = possessive ? genitive(person.standIn) : person.standIn;
        found.push({
          start: match.index,
          end: match.index + match[0].length,
          person,
          replacement: atSentenceStart(text, match.index) ? capitalise(standIn) : standIn,
        });
      }
      return found;
    },
  };
}

/** The stand-in of a member by role, side and party or organisation. */
export function memberStandIn(role: MemberRole, side: MemberSide, affiliation: string): string {
  const s = sv.webVersion.standIns;
  if (role === 'chair' || role === 'viceChair' || role === 'secretary' || role === 'processLeader') return s.roles[role];
  if (side === 'civilSociety') return affiliation ? s.representativeOf(affiliation) : s.civilSociety;
  if (side === 'regionPolitician') return affiliation ? s.politicianOf(affiliation) : s.politician;
  return s.official;
}

export const guestStandIn = (organisation: string) => (organisation ? sv.webVersion.standIns.representativeOf(organisation) : sv.webVersion.standIns.guest);
