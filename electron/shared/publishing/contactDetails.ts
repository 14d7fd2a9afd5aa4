/**
 * E-mail addresses and phone numbers in a text, for the version for the web. A phone number is a run of
 * digit groups that starts with 0 or + (as Swedish and international numbers are written) and that
 * libphonenumber-js accepts as a valid number: dates (2021-04-28), times (13.15–15.45), years
 * (2020–2025), amounts and organisation numbers never start that way or are not valid numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export interface TextMatch {
  start: number;
  end: number;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** Digit groups separated by one space, or by a hyphen or dash with or without spaces around it. */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|0)\d+(?:(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0])\d+)*(?!\d)/gu;
const GROUP_SEPARATOR = /(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0])(?=\d+$)/u;

export function findEmails(text: string): TextMatch[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const isPhoneNumber = (candidate: string) => parsePhoneNumberFromString(candidate.replace(/–/g, '-'), 'SE')?.isValid() === true;

/**
 * The valid phone numbers: each candidate as written, or with its last digit groups left off until it
 * is valid ("ring 070-123 45 67 2 gånger" finds the number without the 2).
 */
export function findPhoneNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    let candidate = match[0];
    while (candidate && !isPhoneNumber(candidate)) {
      const shorter = candidate.replace(/\d+$/u, '');
      candidate = GROUP_SEPARATOR.test(candidate) ? shorter.replace(/(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0])$/u, '') : '';
    }
    if (candidate) found.push({ start: match.index, end: match.index + candidate.length });
  }
  return found;
}
