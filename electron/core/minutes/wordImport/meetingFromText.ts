/**
 * What imported minutes tell about their meeting: the date in the title or the first lines ("28 april
 * 2021", "onsdag den 28 april 2021", "2021-04-28"; Swedish month names read by date-fns with the `sv`
 * locale), the kind named in the title (RÖS-möte, Dialogmöte …), and the time of a "Tid:" line
 * ("kl. 10.00–15.00"). Dates are calendar dates, never instants, so no time zone moves them.
 */
import { format, isValid, parse } from 'date-fns';
import { sv as svLocale } from 'date-fns/locale';

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const LONG_DATE = new RegExp(`(\\d{1,2})\\s+(${MONTHS})\\s+(\\d{4})`, 'iu');
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/u;
const REFERENCE = new Date(2000, 0, 1);

/** A date written in Swedish ("28 april 2021") or as yyyy-MM-dd, as yyyy-MM-dd; null when none is valid. */
export function dateIn(text: string): string | null {
  const long = LONG_DATE.exec(text);
  if (long) {
    const date = parse(`${long[1]} ${long[2]!.toLocaleLowerCase('sv-SE')} ${long[3]}`, 'd MMMM yyyy', REFERENCE, { locale: svLocale });
    if (isValid(date)) return format(date, 'yyyy-MM-dd');
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = parse(iso[0], 'yyyy-MM-dd', REFERENCE);
    if (isValid(date)) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/** The first date in the texts, in order (the title first, then the first lines). */
export function findMeetingDate(texts: readonly string[]): string | null {
  for (const text of texts) {
    const date = dateIn(text);
    if (date) return date;
  }
  return null;
}

/** The longest of the known kinds the title names ("RÖS-möte + dialogmöte" before "Dialogmöte"), else the first. */
export function meetingKindIn(title: string, kinds: readonly string[]): string {
  const lower = title.toLocaleLowerCase('sv-SE');
  const named = [...kinds].sort((a, b) => b.length - a.length).find((kind) => lower.includes(kind.toLocaleLowerCase('sv-SE')));
  if (named) return named;
  // "Dialogmöte och RÖS-möte" written in another order still names both.
  const both = kinds.find((kind) => kind.split(/\s*\+\s*/).length > 1 && kind.split(/\s*\+\s*/).every((part) => lower.includes(part.toLocaleLowerCase('sv-SE'))));
  return both ?? kinds[0] ?? '';
}

const TIMES = /(\d{1,2})[.:](\d{2})\s*[–-]\s*(\d{1,2})[.:](\d{2})/u;

/** "kl. 10.00–15.00" as start and end ("10:00", "15:00"); null when the text names no such span. */
export function meetingTimesIn(text: string): { startTime: string; endTime: string } | null {
  const match = TIMES.exec(text);
  if (!match) return null;
  const clock = (hours: string, minutes: string) => `${hours.padStart(2, '0')}:${minutes}`;
  const startTime = clock(match[1]!, match[2]!);
  const endTime = clock(match[3]!, match[4]!);
  const valid = (time: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
  return valid(startTime) && valid(endTime) && startTime < endTime ? { startTime, endTime } : null;
}
