// The version for the web as a pure function: every rule, with invented people only — e-mail addresses
// and phone numbers anywhere, links to them, names of people marked "publiceras inte" in running text
// (full, first or surname alone, possessive, at a sentence start, hyphenated, with å, ä and ö, in link
// text, as the responsible of an action item), a name that is also an ordinary word, the attendance
// rule, undoing single changes, and as a property over the reference minutes: nothing removed that was
// not personal, nothing personal left.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sv } from '../../electron/shared/i18n/sv';
import type { Guest, Meeting } from '../../electron/shared/meetings/meeting';
import type { ActionItem, MinutesContent } from '../../electron/shared/minutes/minutes';
import { heading, paragraph, textBlocks, type BlockNode, type InlineNode, type RichDoc } from '../../electron/shared/minutes/richText';
import type { Member } from '../../electron/shared/register/member';
import { DEFAULT_WEB_RULES, type WebRules } from '../../electron/shared/publishing/webRules';
import { webVersion, type WebVersionInput } from '../../electron/shared/publishing/webVersion';
import { referenceMinutesDoc } from '../support/referenceMinutes';

const at = '2024-06-13T08:00:00.000Z';
const organisations = [
  { id: randomUUID(), name: 'Påhittade förbundet' },
  { id: randomUUID(), name: 'Föreningen Lövsången' },
];

function member(name: string, patch: Partial<Member> = {}): Member {
  return {
    id: randomUUID(), name, side: 'civilSociety', role: 'member', party: '', organisationId: organisations[0]!.id, substituteForId: null,
    termFrom: null, termTo: null, email: '', phone: '', active: true, notes: '', withheldFromWeb: false,
    createdAt: at, updatedAt: at, personalDataErasedAt: null, ...patch,
  };
}

const anna = member('Anna Ek', { role: 'chair', withheldFromWeb: true });
const evaLena = member('Eva-Lena Ström-Öberg', { organisationId: organisations[1]!.id, withheldFromWeb: true });
const sten = member('Sten Berg', { side: 'regionPolitician', party: 'Framtidspartiet', organisationId: null, withheldFromWeb: true });
const orjan = member('Örjan Åkesson', { side: 'regionPolitician', party: 'Mittenpartiet', organisationId: null });
const lars: Guest = { id: randomUUID(), name: 'Lars Öst', organisation: 'Kommunförbundet Exempel', withheldFromWeb: true };
const maja: Guest = { id: randomUUID(), name: 'Maja Holm', organisation: 'Ideella rådet', withheldFromWeb: false };
const members = [anna, evaLena, sten, orjan];

const meeting: Meeting = {
  id: randomUUID(), date: '2024-06-13', startTime: '10:00', endTime: '12:00', kind: 'RÖS-möte', titleSuffix: '',
  place: { type: 'venue', venue: 'Regionens hus', address: 'Påhittade gatan 1' }, digitalLink: '', status: 'held', cancelReason: '',
  chairId: anna.id, secretaryId: null, rsvpDate: '', refreshments: '', agenda: [],
  attendance: [anna, evaLena, sten, orjan].map((m) => ({ memberId: m.id, state: 'present' as const, substituteForId: null })),
  guests: [lars, maja], createdAt: at, updatedAt: at,
};

const text = (value: string, href?: string): InlineNode => (href ? { type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] } : { type: 'text', text: value });
const para = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const doc = (...blocks: BlockNode[]): RichDoc => ({ type: 'doc', content: [heading('s1', 'Information'), ...blocks] });

function input(body: RichDoc, patch: Partial<MinutesContent> = {}): WebVersionInput {
  return {
    content: { title: 'Anteckningar', form: 'full', body, decisions: [], actions: [], ...patch },
    meeting, members, formerMembers: [], organisations,
  };
}

const rules = (patch: Partial<WebRules> = {}): WebRules => ({ ...DEFAULT_WEB_RULES, attendance: 'names', ...patch });
/** The text of every paragraph after the heading. */
const paragraphs = (body: RichDoc) => textBlocks(body).filter((b) => !b.isHeading).map((b) => b.text);
const redactedLines = (lines: string[], r: WebRules = rules()) => paragraphs(webVersion(input(doc(...lines.map((l) => paragraph(l)))), r).content.body);

describe('e-mail addresses and phone numbers', () => {
  it('are removed anywhere in the text: body, decisions, action items, link text and mailto:/tel: links', () => {
    const action: ActionItem = { id: randomUUID(), sectionId: 's1', what: 'Skicka underlaget till kansliet@example.se', responsibleMemberId: null, responsibleText: 'Kansliet, 031-123 45 67', due: '', status: 'open', focusAreaIds: [] };
    const body = doc(
      para(text('Frågor till info.ros@exempel.se eller 070-123 45 67. Växeln +46 31 63 30 00.')),
      para(text('Skriv till '), text('maja.holm@example.se', 'mailto:maja.holm@example.se'), text(' eller '), text('ring kansliet', 'tel:+46311234567'), text('.')),
    );
    const decisions = [{ id: randomUUID(), sectionId: 's1', text: 'Svar senast till ros@example.se.', focusAreaIds: [] }];
    const result = webVersion(input(body, { decisions, actions: [action] }), rules({ replaceWithheldNames: false }));

    const email = sv.webVersion.removedEmail;
    const phone = sv.webVersion.removedPhone;
    expect(paragraphs(result.content.body)).toEqual([
      `Frågor till ${email} eller ${phone}. Växeln ${phone}.`,
      `Skriv till ${email} eller ring kansliet.`,
    ]);
    const links = result.content.body.content.flatMap((b) => (b.type === 'paragraph' ? b.content ?? [] : [])).filter((n) => n.type === 'text' && n.marks?.length);
    expect(links).toEqual([]);
    expect(result.content.decisions[0]!.text).toBe(`Svar senast till ${email}.`);
    expect(result.content.actions[0]).toMatchObject({ what: `Skicka underlaget till ${email}`, responsibleText: `Kansliet, ${phone}` });
    expect(result.changes.map((c) => [c.rule, c.before])).toEqual([
      ['email', 'info.ros@exempel.se'], ['phone', '070-123 45 67'], ['phone', '+46 31 63 30 00'],
      ['email', 'maja.holm@example.se'], ['contactLink', 'mailto:maja.holm@example.se'], ['contactLink', 'tel:+46311234567'],
      ['email', 'ros@example.se'], ['email', 'kansliet@example.se'], ['phone', '031-123 45 67'],
    ]);
    expect(result.changes[0]).toMatchObject({ where: 'Avsnittet ”Information”', after: email, lead: 'Frågor till ', trail: ' eller 070-123 45 67. Växeln +46 31 63…' });
  });

  it('leave dates, times, years, amounts, organisation numbers and law numbers alone', () => {
    const lines = ['Mötet 2021-04-28 kl. 13.15–15.45, seminariet 26 maj kl 13.15-15.45.', 'Planen 2020–2025 och 2021-2030, budget 1 000 000 kr, org.nr 802000-1234, lag 2018:1937.'];
    expect(redactedLines(lines)).toEqual(lines);
  });
});

describe('names of people who are not published', () => {
  it('are replaced by role or organisation: full name, first name, surname, possessive, at a sentence start, capitalised', () => {
    expect(redactedLines([
      'Anna Ek hälsade välkommen. Enligt Annas förslag och Anna Eks sammanfattning bordlades frågan; Ek svarade.',
      'Sten Berg presenterade. Sedan talade Sten om Bergs motion.',
    ])).toEqual([
      'Ordföranden hälsade välkommen. Enligt ordförandens förslag och ordförandens sammanfattning bordlades frågan; ordföranden svarade.',
      'En ledamot för Framtidspartiet presenterade. Sedan talade en ledamot för Framtidspartiet om en ledamot för Framtidspartiets motion.',
    ]);
  });

  it('with hyphens and å, ä and ö, and without touching a longer name or a name not withheld', () => {
    expect(redactedLines([
      'Eva-Lena Ström-Öberg berättade. Ström-Öbergs rapport och Eva-Lenas bilder visades.',
      'Eva och Lena kom. Örjan Åkesson svarade Lars Öst, och Lars tackade Maja Holm.',
    ])).toEqual([
      'En representant för Föreningen Lövsången berättade. En representant för Föreningen Lövsångens rapport och en representant för Föreningen Lövsångens bilder visades.',
      'Eva och Lena kom. Örjan Åkesson svarade en representant för Kommunförbundet Exempel, och en representant för Kommunförbundet Exempel tackade Maja Holm.',
    ]);
  });

  it('that are also ordinary words stay ordinary words in lower case or inside another word', () => {
    expect(redactedLines([
      'Vi planterade en ek vid berget och lade en sten vid bergets fot; de bor i en ek-lund.',
      'Bergsprängning och Stenhuggeriet nämndes, liksom Ekonomi och Annandag.',
      'Berg och dalar, sa någon.',
    ])).toEqual([
      'Vi planterade en ek vid berget och lade en sten vid bergets fot; de bor i en ek-lund.',
      'Bergsprängning och Stenhuggeriet nämndes, liksom Ekonomi och Annandag.',
      // At a sentence's start a capitalised name is taken as the name; the preview lists it to undo.
      'En ledamot för Framtidspartiet och dalar, sa någon.',
    ]);
  });

  it('inside link text, keeping the link, and as the responsible of an action item', () => {
    const body = doc(para(text('Se '), text('Anna Eks presentation', 'https://www.example.se/presentation'), text('.')));
    const actions: ActionItem[] = [
      { id: randomUUID(), sectionId: 's1', what: 'Sammanfatta Stens förslag', responsibleMemberId: anna.id, responsibleText: '', due: '', status: 'open', focusAreaIds: [] },
      { id: randomUUID(), sectionId: 's1', what: 'Boka lokal', responsibleMemberId: orjan.id, responsibleText: '', due: '', status: 'open', focusAreaIds: [] },
      { id: randomUUID(), sectionId: 's1', what: 'Återkoppla', responsibleMemberId: null, responsibleText: 'Lars Öst', due: '', status: 'open', focusAreaIds: [] },
    ];
    const result = webVersion(input(body, { actions }), rules());
    const first = result.content.body.content[1];
    expect(first).toEqual(para(text('Se '), text('ordförandens presentation', 'https://www.example.se/presentation'), text('.')));
    expect(result.content.actions.map((a) => [a.what, a.responsibleMemberId, a.responsibleText])).toEqual([
      ['Sammanfatta en ledamot för Framtidspartiets förslag', null, 'Ordföranden'],
      ['Boka lokal', null, 'Örjan Åkesson'],
      ['Återkoppla', null, 'En representant för Kommunförbundet Exempel'],
    ]);
  });

  it('keep a first name or surname alone that someone else also has', () => {
    const annaBerg = member('Anna Berg');
    const result = webVersion({ ...input(doc(paragraph('Anna och Ek talade, Anna Ek också.'))), members: [...members, annaBerg] }, rules());
    expect(paragraphs(result.content.body)).toEqual(['Anna och ordföranden talade, ordföranden också.']);
    // The one left is warned of, with whom it may mean; the one inside the full name is not.
    expect(result.warnings.map((w) => [w.where, w.name, w.people, w.trail])).toEqual([['Avsnittet ”Information”', 'Anna', ['Anna Ek'], ' och Ek talade, Anna Ek också.']]);
    expect(webVersion({ ...input(doc(paragraph('Anna och Ek talade.'))), members: [...members, annaBerg] }, rules({ replaceWithheldNames: false })).warnings).toEqual([]);
  });
});

describe('the attendance list', () => {
  const attendanceChanges = (r: WebRules) => webVersion(input(doc(paragraph('Mötet öppnades.'))), r).changes.map((c) => [c.where, c.rule, c.before, c.after]);

  it('with names replaces only those not published, by party or organisation', () => {
    expect(attendanceChanges(rules())).toEqual([
      ['Närvaro', 'withheldName', 'Anna Ek (Påhittade förbundet)', 'Påhittade förbundet'],
      ['Närvaro', 'withheldName', 'Eva-Lena Ström-Öberg (Föreningen Lövsången)', 'Föreningen Lövsången'],
      ['Närvaro', 'withheldName', 'Sten Berg (Framtidspartiet)', 'Framtidspartiet'],
      ['Gäster', 'withheldName', 'Lars Öst (Kommunförbundet Exempel)', 'Kommunförbundet Exempel'],
    ]);
  });

  it('as parties and organisations replaces every name; left out removes every line', () => {
    expect(attendanceChanges(rules({ attendance: 'affiliations' })).map((c) => c[3])).toEqual([
      'Påhittade förbundet', 'Föreningen Lövsången', 'Framtidspartiet', 'Mittenpartiet', 'Kommunförbundet Exempel', 'Ideella rådet',
    ]);
    const leftOut = webVersion(input(doc(paragraph('Mötet öppnades.'))), rules({ attendance: 'leaveOut' }));
    expect(leftOut.changes.map((c) => c.rule)).toEqual(Array(6).fill('attendanceLeftOut'));
    expect(leftOut.meeting).toMatchObject({ attendance: [], guests: [] });
  });

  it('is not part of the brief form, so it lists no change there', () => {
    expect(webVersion({ ...input(doc(paragraph('Mötet öppnades.'))), content: { ...input(doc()).content, form: 'brief' } }, rules({ attendance: 'leaveOut' })).changes).toEqual([]);
  });
});

describe('undoing changes and turning rules off', () => {
  it('an undone change leaves exactly its spot as it was', () => {
    const body = doc(paragraph('Anna Ek och Sten Berg nås på 070-123 45 67.'));
    const all = webVersion(input(body), rules()).changes.filter((c) => c.where.startsWith('Avsnittet'));
    expect(all.map((c) => c.before)).toEqual(['Anna Ek', 'Sten Berg', '070-123 45 67']);
    const result = webVersion(input(body), rules(), new Set([all[1]!.id]));
    expect(paragraphs(result.content.body)).toEqual([`Ordföranden och Sten Berg nås på ${sv.webVersion.removedPhone}.`]);
    expect(result.changes.map((c) => c.id)).toEqual(webVersion(input(body), rules()).changes.map((c) => c.id));
  });

  it('with every rule off, nothing changes', () => {
    const body = doc(paragraph('Anna Ek nås på anna.ek@example.se och 070-123 45 67.'));
    const result = webVersion(input(body), { removeContactDetails: false, attendance: 'names', replaceWithheldNames: false });
    expect(result.changes).toEqual([]);
    expect(result.content.body).toEqual(body);
  });
});

describe('over the reference minutes with invented people in them (property)', () => {
  const sectionIds = ['s1', 's2', 's3'];
  const reference = referenceMinutesDoc(sectionIds);
  const referenceLines = new Set(textBlocks(reference).map((b) => b.text));

  it('the reference alone, which names no one, is not changed at all', () => {
    const result = webVersion(input(reference), rules({ attendance: 'names' }));
    expect(result.changes.filter((c) => !['Närvaro', 'Gäster'].includes(c.where))).toEqual([]);
    expect(result.content.body).toEqual(reference);
  });

  /** Personal sentences: what each says once redacted, and what must not be left of it. */
  const personal = [
    { line: 'Anna Ek (anna.ek@example.se, 070-123 45 67) presenterade.', secret: ['Anna', 'Ek', 'anna.ek@example.se', '070-123 45 67'] },
    { line: 'Frågor om Eva-Lena Ström-Öbergs förslag till 031-765 43 21.', secret: ['Eva-Lena', 'Ström-Öberg', '031-765 43 21'] },
    { line: 'Sten berättade om Bergs resa; Lars Öst tackade.', secret: ['Sten', 'Berg', 'Lars', 'Öst'] },
    { line: 'Kontakta lars.ost@example.se eller +46 70 765 43 21.', secret: ['lars.ost@example.se', '+46 70 765 43 21'] },
  ];

  it('leaves every reference sentence as it was and nothing personal in what is added', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: reference.content.length }), fc.nat({ max: personal.length - 1 })), { minLength: 1, maxLength: 8 }), (insertions) => {
        const blocks = [...reference.content];
        // From the back, so earlier positions stay where they were; never before the first heading.
        for (const [position, which] of [...insertions].sort((a, b) => b[0] - a[0])) blocks.splice(Math.max(1, position), 0, paragraph(personal[which]!.line));
        const redacted = webVersion(input({ type: 'doc', content: blocks }), rules()).content.body;
        const lines = textBlocks(redacted).map((b) => b.text);
        const isAdded = (line: string) => !referenceLines.has(line);
        expect(lines.filter((line) => !isAdded(line))).toEqual(textBlocks(reference).map((b) => b.text));
        for (const line of lines.filter(isAdded)) {
          for (const secret of personal.flatMap((p) => p.secret)) expect(line).not.toMatch(new RegExp(`(?<![\\p{L}])${secret.replace(/[+.]/g, '\\$&')}`, 'u'));
        }
        expect(lines.filter(isAdded)).toHaveLength(insertions.length);
      }),
      { numRuns: 100, seed: 17 },
    );
  });
});
