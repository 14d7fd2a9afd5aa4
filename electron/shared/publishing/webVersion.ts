/**
 * The version for the web: minutes with what the rules in Inställningar leave out removed or replaced
 * (e-mail addresses and phone numbers, links to them, the names of people marked "publiceras inte",
 * the attendance list's names), and the list of every change — where, before, after, which rule — for
 * the preview, where the secretary keeps or undoes each one. The preview also warns of each first name
 * or surname left as written because several people have it, where it may mean someone withheld. A
 * pure function: the export draws its result with the same document builders as the ordinary export.
 *
 * Everything is matched on the original text, so a change's id and text do not depend on which others
 * are undone; undoing one leaves exactly that spot as it was.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import type { FormerMember } from '../integrity/formerRecords';
import { memberNames } from '../integrity/formerRecords';
import type { Meeting } from '../meetings/meeting';
import type { ActionItem, MinutesContent } from '../minutes/minutes';
import { inlineText, sectionsOf, type BlockNode, type InlineNode, type ListNode, type RichDoc } from '../minutes/richText';
import { memberAffiliation, type Member } from '../register/member';
import { findEmails, findPhoneNumbers } from './contactDetails';
import type { WebRules } from './webRules';
import { capitalise, guestStandIn, memberStandIn, nameFinder, type NameFinder } from './withheldNames';

export const webChangeRules = ['email', 'phone', 'contactLink', 'withheldName', 'attendanceAffiliation', 'attendanceLeftOut'] as const;
export type WebChangeRule = (typeof webChangeRules)[number];

export const webChangeSchema = z.object({
  id: z.string(),
  rule: z.enum(webChangeRules),
  where: z.string(),
  before: z.string(),
  /** '' when the thing is removed. */
  after: z.string(),
  /** A few words of the text before and after the spot, for the preview ('' outside running text). */
  lead: z.string(),
  trail: z.string(),
});
export type WebChange = z.infer<typeof webChangeSchema>;

/** A short name kept as written that may mean someone not published ("Anna", when Anna Ek is withheld and Anna Berg is not). */
export const webWarningSchema = z.object({
  where: z.string(),
  /** The name as written, possessive included. */
  name: z.string(),
  /** The full names of the withheld people it may mean. */
  people: z.array(z.string()),
  lead: z.string(),
  trail: z.string(),
});
export type WebWarning = z.infer<typeof webWarningSchema>;

/** A change's id as the export request names it (ids are made here, from where the change is). */
export const webChangeIdSchema = z.string().min(1).max(100);

export interface WebVersionInput {
  content: MinutesContent;
  /** The minutes' meeting (for the full form's place and attendance), or null. */
  meeting: Meeting | null;
  members: readonly Member[];
  formerMembers: readonly FormerMember[];
  organisations: readonly { id: string; name: string }[];
}

/** The redacted minutes and the records their layout reads names from, and every change made. */
export interface WebVersion {
  content: MinutesContent;
  meeting: Meeting | null;
  members: Member[];
  formerMembers: FormerMember[];
  /** The members and guests the attendance list names by party, organisation or role instead of by name. */
  unnamed: ReadonlySet<string>;
  changes: WebChange[];
  warnings: WebWarning[];
}

interface Spot {
  start: number;
  end: number;
  rule: WebChangeRule;
  after: string;
}

const CONTEXT = 40;

function context(text: string, start: number, end: number): { lead: string; trail: string } {
  const lead = text.slice(Math.max(0, start - CONTEXT), start);
  const trail = text.slice(end, end + CONTEXT);
  return {
    lead: start > CONTEXT ? `…${lead.replace(/^\S*\s/u, '')}` : lead,
    trail: end + CONTEXT < text.length ? `${trail.replace(/\s\S*$/u, '')}…` : trail,
  };
}

/** `text` with each kept spot replaced by its `after`. */
function spliced(text: string, spots: readonly Spot[]): string {
  let out = '';
  let at = 0;
  for (const spot of spots) {
    out += text.slice(at, spot.start) + spot.after;
    at = spot.end;
  }
  return out + text.slice(at);
}

/** The matches that overlap none of the spots. */
const clearOf = (spots: readonly Spot[]) => (m: { start: number; end: number }) => !spots.some((s) => m.start < s.end && s.start < m.end);

class Redaction {
  readonly changes: WebChange[] = [];
  readonly warnings: WebWarning[] = [];
  constructor(
    private readonly rules: WebRules,
    private readonly undone: ReadonlySet<string>,
    private readonly names: NameFinder,
  ) {}

  /** Records a change; true when it is to be made (not undone). */
  change(change: Omit<WebChange, 'lead' | 'trail'> & Partial<Pick<WebChange, 'lead' | 'trail'>>): boolean {
    this.changes.push({ lead: '', trail: '', ...change });
    return !this.undone.has(change.id);
  }

  /** The spots of `text` the rules change, in order, none overlapping (contact details before names). */
  private spots(text: string): Spot[] {
    const spots: Spot[] = [];
    if (this.rules.removeContactDetails) {
      spots.push(...findEmails(text).map((m) => ({ ...m, rule: 'email' as const, after: sv.webVersion.removedEmail })));
      spots.push(...findPhoneNumbers(text).map((m) => ({ ...m, rule: 'phone' as const, after: sv.webVersion.removedPhone })));
    }
    if (this.rules.replaceWithheldNames) {
      spots.push(...this.names.find(text).filter(clearOf(spots)).map((m) => ({ start: m.start, end: m.end, rule: 'withheldName' as const, after: m.replacement })));
    }
    return spots.sort((a, b) => a.start - b.start);
  }

  /** The spots of `text` that are kept, each recorded as a change with id `${base}:${n}`; a shared short name outside them is warned of. */
  keptSpots(text: string, base: string, where: string): Spot[] {
    const spots = this.spots(text);
    if (this.rules.replaceWithheldNames) {
      this.warnings.push(...this.names.findShared(text).filter(clearOf(spots))
        .map((m) => ({ where, name: text.slice(m.start, m.end), people: m.people, ...context(text, m.start, m.end) })));
    }
    return spots.filter((spot, n) =>
      this.change({ id: `${base}:${n}`, rule: spot.rule, where, before: text.slice(spot.start, spot.end), after: spot.after, ...context(text, spot.start, spot.end) }));
  }

  text(text: string, base: string, where: string): string {
    return spliced(text, this.keptSpots(text, base, where));
  }

  /** A paragraph's or heading's inline nodes: their joined text redacted, marks kept, links to e-mail or phone unlinked. */
  inline(content: InlineNode[] | undefined, base: string, where: string): InlineNode[] | undefined {
    if (!content) return content;
    const text = inlineText(content);
    const spots = this.keptSpots(text, base, where);
    const unlinked = this.contactLinks(content, base, where);
    const nodes: InlineNode[] = [];
    let offset = 0;
    content.forEach((node, index) => {
      if (node.type === 'hardBreak') {
        offset += 1;
        nodes.push(node);
        return;
      }
      const start = offset;
      const end = offset + node.text.length;
      offset = end;
      // Each spot's replacement goes into the node where the spot starts; the rest of it is cut from the nodes it covers.
      let out = '';
      let at = start;
      for (const spot of spots) {
        if (spot.end <= start || spot.start >= end) continue;
        out += text.slice(at, Math.max(at, spot.start));
        if (spot.start >= start) out += spot.after;
        at = Math.min(end, spot.end);
      }
      out += text.slice(at, end);
      if (!out) return;
      const marks = unlinked.has(index) ? node.marks?.filter((m) => m.type !== 'link') : node.marks;
      nodes.push(marks?.length ? { type: 'text', text: out, marks } : { type: 'text', text: out });
    });
    return nodes.length ? nodes : undefined;
  }

  /** The nodes whose mailto: or tel: link is removed (the text stays): one change per link. */
  private contactLinks(content: InlineNode[], base: string, where: string): Set<number> {
    const unlinked = new Set<number>();
    if (!this.rules.removeContactDetails) return unlinked;
    const hrefOf = (node: InlineNode | undefined) => {
      const link = node?.type === 'text' ? node.marks?.find((m) => m.type === 'link') : undefined;
      return link?.type === 'link' ? link.attrs.href : null;
    };
    let n = 0;
    content.forEach((node, index) => {
      const href = hrefOf(node);
      if (!href || !/^(?:mailto|tel):/iu.test(href.trim())) return;
      // A link split over several nodes (part of it bold) is one link.
      const first = hrefOf(content[index - 1]) !== href;
      const id = `${base}:link${first ? n++ : n - 1}`;
      const keep = first
        ? this.change({ id, rule: 'contactLink', where, before: href, after: '' })
        : !this.undone.has(id);
      if (keep) unlinked.add(index);
    });
    return unlinked;
  }
}

/** The document with every heading and paragraph redacted; `where` names each by its section. */
function redactBody(body: RichDoc, redaction: Redaction): RichDoc {
  const t = sv.webVersion.where;
  let block = 0;
  let section = '';
  const paragraph = (content: InlineNode[] | undefined) => redaction.inline(content, `b${block++}`, t.body(section));
  const list = (node: ListNode): ListNode => ({
    type: node.type,
    content: node.content.map((item) => ({
      type: 'listItem',
      content: item.content.map((child) => (child.type === 'paragraph' ? { type: 'paragraph', content: paragraph(child.content) } : list(child))),
    })),
  });
  const redactBlock = (node: BlockNode): BlockNode => {
    if (node.type === 'heading') {
      section = `”${inlineText(node.content)}”`;
      return { ...node, content: redaction.inline(node.content, `b${block++}`, t.heading) };
    }
    if (node.type === 'paragraph') return { type: 'paragraph', content: paragraph(node.content) };
    return list(node);
  };
  return { type: 'doc', content: body.content.map(redactBlock) };
}

/** What the attendance list calls someone instead of their name: the party or organisation, else the role. */
const publicLabel = (affiliation: string, fallback: string) => affiliation || fallback;

export function webVersion(input: WebVersionInput, rules: WebRules, undone: ReadonlySet<string> = new Set()): WebVersion {
  const { content, meeting, members, formerMembers, organisations } = input;
  const full = content.form === 'full';
  const affiliation = (member: Member) => memberAffiliation(member, organisations);
  const guests = meeting?.guests ?? [];
  const withheld = [
    ...members.filter((m) => m.withheldFromWeb).map((m) => ({ name: m.name, standIn: memberStandIn(m.role, m.side, affiliation(m)) })),
    ...guests.filter((g) => g.withheldFromWeb).map((g) => ({ name: g.name, standIn: guestStandIn(g.organisation) })),
  ];
  const everyone = [...members.map((m) => m.name), ...formerMembers.map((m) => m.name), ...guests.map((g) => g.name)];
  const redaction = new Redaction(rules, undone, nameFinder(withheld, everyone));
  const where = sv.webVersion.where;
  const sectionTitle = new Map(sectionsOf(content.body).map((s) => [s.sectionId, `”${s.title}”`]));
  const sectionOf = (id: string) => sectionTitle.get(id) ?? '';

  const title = redaction.text(content.title, 'title', where.title);
  const body = redactBody(content.body, redaction);
  const decisions = content.decisions.map((d) => ({ ...d, text: redaction.text(d.text, `d${d.id}`, where.decision(sectionOf(d.sectionId))) }));

  // The action table names the responsible as text, so a name in the register never reaches it unredacted.
  const names = memberNames(members, formerMembers, organisations);
  const responsible = (action: ActionItem): string => {
    const member = members.find((m) => m.id === action.responsibleMemberId);
    const whereTo = where.responsible(sectionOf(action.sectionId));
    if (member?.withheldFromWeb && rules.replaceWithheldNames) {
      const after = capitalise(memberStandIn(member.role, member.side, affiliation(member)));
      return redaction.change({ id: `r${action.id}`, rule: 'withheldName', where: whereTo, before: member.name, after }) ? after : member.name;
    }
    return action.responsibleMemberId ? names.label(action.responsibleMemberId) : redaction.text(action.responsibleText, `r${action.id}`, whereTo);
  };
  const actions = full
    ? content.actions.map((a) => ({ ...a, what: redaction.text(a.what, `a${a.id}`, where.action(sectionOf(a.sectionId))), responsibleMemberId: null, responsibleText: responsible(a) }))
    : content.actions;

  const renamed = new Map<string, string>();
  const unnamedGuests = new Set<string>();
  let webMeeting = meeting;
  if (meeting && full) {
    const place = meeting.place.type === 'venue'
      ? { ...meeting.place, venue: redaction.text(meeting.place.venue, 'venue', where.place), address: redaction.text(meeting.place.address, 'address', where.place) }
      : meeting.place;
    const current = new Map(members.map((m) => [m.id, m]));
    const gone = new Map(formerMembers.map((m) => [m.id, m]));
    const attendance = meeting.attendance.filter((record) => {
      const member = current.get(record.memberId);
      const former = gone.get(record.memberId);
      if (!member && !former) return true; // Erased without a trace: already no name.
      const label = member ? publicLabel(affiliation(member), sv.register.memberRoles[member.role]) : publicLabel(former!.affiliation, sv.register.memberRoles.member);
      const change = (rule: WebChangeRule, after: string) =>
        redaction.change({ id: `m${record.memberId}`, rule, where: where.attendance, before: names.labelWithAffiliation(record.memberId), after });
      if (rules.attendance === 'leaveOut') return !change('attendanceLeftOut', '');
      const rule = rules.attendance === 'affiliations' ? 'attendanceAffiliation' : member?.withheldFromWeb && rules.replaceWithheldNames ? 'withheldName' : null;
      if (rule && change(rule, label)) renamed.set(record.memberId, label);
      return true;
    });
    const webGuests = guests.flatMap((guest) => {
      const before = guest.organisation ? `${guest.name} (${guest.organisation})` : guest.name;
      const change = (rule: WebChangeRule, after: string) => redaction.change({ id: `g${guest.id}`, rule, where: where.guests, before, after });
      if (rules.attendance === 'leaveOut') return change('attendanceLeftOut', '') ? [] : [guest];
      const rule = rules.attendance === 'affiliations' ? 'attendanceAffiliation' : guest.withheldFromWeb && rules.replaceWithheldNames ? 'withheldName' : null;
      const label = publicLabel(guest.organisation, sv.webVersion.guestLabel);
      if (!rule || !change(rule, label)) return [guest];
      unnamedGuests.add(guest.id);
      return [{ ...guest, name: label, organisation: '' }];
    });
    webMeeting = { ...meeting, place, attendance, guests: webGuests };
  }

  return {
    content: { ...content, title, body, decisions, actions },
    meeting: webMeeting,
    members: members.map((m) => (renamed.has(m.id) ? { ...m, name: renamed.get(m.id)!, party: '', organisationId: null } : m)),
    formerMembers: formerMembers.map((m) => (renamed.has(m.id) ? { ...m, name: renamed.get(m.id)!, affiliation: '' } : m)),
    unnamed: new Set([...renamed.keys(), ...unnamedGuests]),
    changes: redaction.changes,
    warnings: redaction.warnings,
  };
}
