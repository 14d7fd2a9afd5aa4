/**
 * What an exported set of minutes says, in order, before it becomes Word or a printed page: the title,
 * for the full form the time, place and attendance, then each section with something under it: its
 * heading, paragraphs and lists, its decisions ("Beslut: …", both forms) and (full form) its action items. The Word export and the print view both draw this
 * one layout, so the .docx and the PDF never differ in content.
 */
import { sv } from '../../../shared/i18n/sv';
import { fullWhen, longDate, placeText } from '../../../shared/meetings/meetingText';
import type { Meeting } from '../../../shared/meetings/meeting';
import type { Minutes } from '../../../shared/minutes/minutes';
import type { InlineNode, ListNode, RichDoc } from '../../../shared/minutes/richText';
import { inlineText } from '../../../shared/minutes/richText';
import { memberSides } from '../../../shared/register/member';
import { meetingOrFormer, memberNames, type MemberNames, type MemberView } from '../../../shared/integrity/formerRecords';
import type { StoreData } from '../../../shared/store/schema';
import { comparePersonNames, compareSwedish } from '../../../shared/format/collate';
import { safeText } from '../../documents/safeText';
import { isVagueLinkText, withLinkPlace } from '../../documents/linkText';

const t = sv.minutes.documents;

/** A run of text with its marks; `href` makes it a hyperlink. A line break is a run of "\n". */
export interface TextSpan {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

export type LayoutBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; spans: TextSpan[] }
  /** `list` numbers the lists of the document from 0, so numbered lists restart with each new list. */
  | { kind: 'listItem'; spans: TextSpan[]; level: 0 | 1; ordered: boolean; list: number }
  /** "Tid: …", "Det civila samhället: …", "Beslut: …": a bold label and its text. */
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'actions'; rows: Array<{ what: string; responsible: string; due: string }> };

export interface MinutesLayout {
  title: string;
  subject: string;
  /** Not yet fastställda: every page says so. */
  draft: boolean;
  blocks: LayoutBlock[];
}

function spansOf(content: InlineNode[] | undefined): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') {
      spans.push({ text: '\n', bold: false, italic: false, href: null });
      continue;
    }
    const text = safeText(node.text);
    if (!text) continue;
    const marks = node.marks ?? [];
    const link = marks.find((m) => m.type === 'link');
    spans.push({
      text,
      bold: marks.some((m) => m.type === 'bold'),
      italic: marks.some((m) => m.type === 'italic'),
      href: link?.type === 'link' ? link.attrs.href : null,
    });
  }
  return withMeaningfulLinks(spans);
}

/**
 * A link whose whole text is vague ("länk", "här") gets its place added to its last part, so the text
 * says where it leads (linkText.ts). A link is the run of spans with the same address.
 */
function withMeaningfulLinks(spans: TextSpan[]): TextSpan[] {
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    if (!span.href || next?.href === span.href) return;
    let first = i;
    while (first > 0 && spans[first - 1]!.href === span.href) first--;
    const text = spans.slice(first, i + 1).map((s) => s.text).join('');
    if (isVagueLinkText(text)) spans[i] = { ...span, text: withLinkPlace(span.text, span.href) };
  });
  return spans;
}

const hasText = (spans: TextSpan[]) => spans.some((s) => s.text.trim() !== '');

/**
 * The document's own blocks, each section followed by `after` (its decisions, its action items); empty
 * paragraphs are left out (spacing belongs to the styles), and so is a section with nothing under its
 * heading.
 */
function bodyBlocks(body: RichDoc, after: (sectionId: string) => LayoutBlock[]): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let lists = 0;
  /** The section being read: its heading and what is under it, kept until it is known not to be empty. */
  let section: { id: string; heading: LayoutBlock[]; content: LayoutBlock[] } | null = null;
  const add = (block: LayoutBlock) => (section ? section.content : blocks).push(block);
  const closeSection = () => {
    if (!section) return;
    const content = [...section.content, ...after(section.id)];
    if (content.length) blocks.push(...section.heading, ...content);
  };
  const addList = (list: ListNode, level: 0 | 1) => {
    const id = lists++;
    for (const item of list.content) {
      for (const child of item.content) {
        if (child.type !== 'paragraph') {
          addList(child, 1);
          continue;
        }
        const spans = spansOf(child.content);
        if (hasText(spans)) add({ kind: 'listItem', spans, level, ordered: list.type === 'orderedList', list: id });
      }
    }
  };
  for (const block of body.content) {
    if (block.type === 'heading') {
      closeSection();
      const text = safeText(inlineText(block.content)).trim();
      section = { id: block.attrs.sectionId, heading: text ? [{ kind: 'heading', level: 1, text }] : [], content: [] };
    } else if (block.type === 'paragraph') {
      const spans = spansOf(block.content);
      if (hasText(spans)) add({ kind: 'paragraph', spans });
    } else {
      addList(block, 0);
    }
  }
  closeSection();
  return blocks;
}

/** An attendance list's line: a name, or for someone `unnamed` their party, organisation or role. */
interface Entry {
  id: string;
  text: string;
}

function attendanceBlocks(meeting: Meeting, names: MemberNames, unnamed: ReadonlySet<string>): LayoutBlock[] {
  // A deleted member is named as they were, marked as a former member.
  const describe = (member: MemberView) => safeText(names.labelWithAffiliation(member.id));
  const named = (state: string) =>
    meeting.attendance
      .filter((a) => a.state === state)
      .map((a) => ({ record: a, member: names.view(a.memberId)! }))
      .sort((a, b) => comparePersonNames(a.member.name, b.member.name));
  const entry = (p: { member: MemberView }, text = describe(p.member)): Entry => ({ id: p.member.id, text });
  // People without their name are counted once per label, the largest group first ("Framtidspartiet (3)"), before those named.
  const joined = (list: Entry[]) => {
    const counts = new Map<string, number>();
    for (const e of list) if (unnamed.has(e.id)) counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
    const groups = [...counts].sort(([a, m], [b, n]) => n - m || compareSwedish(a, b)).map(([label, n]) => (n > 1 ? sv.webVersion.groupedCount(label, n) : label));
    return [...groups, ...list.filter((e) => !unnamed.has(e.id)).map((e) => e.text)].join(', ');
  };

  const groups: LayoutBlock[] = [];
  const present = named('present');
  if (present.length) {
    groups.push({ kind: 'heading', level: 2, text: t.present });
    for (const side of memberSides) {
      const onSide = present.filter((p) => p.member.side === side).map((p) => entry(p));
      if (onSide.length) groups.push({ kind: 'labelled', label: sv.register.memberSides[side], text: joined(onSide) });
    }
    // Members erased without a trace have no side left.
    const erased = present.filter((p) => p.member.side === null).map((p) => entry(p));
    if (erased.length) groups.push({ kind: 'paragraph', spans: [plain(joined(erased))] });
  }
  const group = (title: string, list: Entry[]) => {
    if (list.length) groups.push({ kind: 'heading', level: 2, text: title }, { kind: 'paragraph', spans: [plain(joined(list))] });
  };
  group(t.excused, named('excused').map((p) => entry(p)));
  group(t.absent, named('absent').map((p) => entry(p)));
  group(t.substitutes, named('substitute').map((p) => {
    const forWhom = names.label(p.record.substituteForId);
    return entry(p, forWhom ? `${describe(p.member)}, ${t.substituteFor(safeText(forWhom))}` : describe(p.member));
  }));
  group(t.guests, [...meeting.guests]
    .sort((a, b) => comparePersonNames(a.name, b.name))
    .map((g) => ({ id: g.id, text: safeText(g.organisation ? `${g.name} (${g.organisation})` : g.name) })));
  return groups.length ? [{ kind: 'heading', level: 1, text: t.attendance }, ...groups] : [];
}

const plain = (text: string): TextSpan => ({ text, bold: false, italic: false, href: null });

/** `unnamed`: the members and guests the attendance list shows without their name (the version for the web), grouped. */
export function minutesLayout(data: StoreData, minutes: Minutes, unnamed: ReadonlySet<string> = new Set()): MinutesLayout {
  const meeting = meetingOrFormer(data.meetings, data.formerMeetings, minutes.meetingId)?.meeting;
  const full = minutes.form === 'full';
  const names = memberNames(data.members, data.formerMembers, data.organisations);
  // Decisions are part of both forms, so the secretary writes each once, in the decisions panel.
  const sectionExtras = (sectionId: string): LayoutBlock[] => {
    const extras: LayoutBlock[] = minutes.decisions
      .filter((d) => d.sectionId === sectionId)
      .map((d) => ({ kind: 'labelled', label: t.decision, text: safeText(d.text) }));
    const actions = full ? minutes.actions.filter((a) => a.sectionId === sectionId) : [];
    if (actions.length) {
      extras.push({
        kind: 'actions',
        rows: actions.map((a) => ({
          what: safeText(a.what),
          responsible: safeText(names.label(a.responsibleMemberId) || a.responsibleText) || '–',
          due: a.due ? longDate(a.due) : '–',
        })),
      });
    }
    return extras;
  };
  const blocks: LayoutBlock[] = [];
  if (full && meeting) {
    blocks.push({ kind: 'labelled', label: t.when, text: fullWhen(meeting) }, { kind: 'labelled', label: t.place, text: safeText(placeText(meeting.place)) });
    blocks.push(...attendanceBlocks(meeting, names, unnamed));
  }
  blocks.push(...bodyBlocks(minutes.body, sectionExtras));
  return { title: safeText(minutes.title).trim(), subject: t.subject, draft: minutes.status !== 'approved', blocks };
}

/** "Kortfattade anteckningar RÖS 2021-04-28" (the extension is added by the format). */
export function minutesFileName(data: StoreData, minutes: Minutes): string {
  const date = meetingOrFormer(data.meetings, data.formerMeetings, minutes.meetingId)?.meeting.date ?? minutes.createdAt.slice(0, 10);
  return t.fileName(sv.minutes.forms[minutes.form], date);
}
