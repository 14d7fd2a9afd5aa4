/**
 * The register's exports: the members' contact list (a table per side, as the group's web page shows
 * it) and the list of connected organisations, each as a Word document and as CSV for Excel.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { sv } from '../../../shared/i18n/sv';
import type { StoreData } from '../../../shared/store/schema';
import { memberAffiliation, memberSides, type Member } from '../../../shared/register/member';
import type { Organisation } from '../../../shared/register/organisation';
import { comparePersonNames, compareSwedish } from '../../../shared/format/collate';
import { buildLetterDocument, toDocxBuffer } from '../../documents/letterDocument';
import { simpleTable, type TableColumn } from '../../documents/simpleTable';
import { toExcelCsv } from './excelCsv';

const t = sv.register.exports;

function memberRow(member: Member, organisations: readonly Organisation[]): string[] {
  return [member.name, sv.register.memberRoles[member.role], memberAffiliation(member, organisations), member.email, member.phone];
}

const memberColumns: TableColumn[] = [
  { header: sv.register.memberFields.name, weight: 4 },
  { header: sv.register.memberFields.role, weight: 3 },
  { header: t.partyOrOrganisation, weight: 4 },
  { header: sv.register.memberFields.email, weight: 5.5 },
  { header: sv.register.memberFields.phone, weight: 3.5 },
];

const activeMembersSorted = (data: StoreData) =>
  data.members.filter((m) => m.active).sort((a, b) => comparePersonNames(a.name, b.name));

export async function memberContactListDocx(data: StoreData): Promise<Buffer> {
  const members = activeMembersSorted(data);
  const body: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.memberListTitle)] })];
  for (const side of memberSides) {
    const onSide = members.filter((m) => m.side === side);
    if (onSide.length === 0) continue;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sv.register.memberSides[side])] }));
    body.push(simpleTable(memberColumns, onSide.map((m) => memberRow(m, data.organisations))));
  }
  return toDocxBuffer(buildLetterDocument({ title: t.memberListTitle, subject: t.memberListSubject, settings: data.settings, body }));
}

export function memberContactListCsv(data: StoreData): string {
  const headers = [sv.register.memberFields.side, ...memberColumns.map((c) => c.header)];
  const rows = memberSides.flatMap((side) =>
    activeMembersSorted(data)
      .filter((m) => m.side === side)
      .map((m) => [sv.register.memberSides[side], ...memberRow(m, data.organisations)]),
  );
  return toExcelCsv(headers, rows);
}

const organisationColumns: TableColumn[] = [
  { header: sv.register.organisationFields.name, weight: 6 },
  { header: sv.register.organisationFields.orgNumber, weight: 3 },
  { header: sv.register.organisationFields.kind, weight: 4 },
  { header: sv.register.organisationFields.municipality, weight: 3 },
  { header: sv.register.organisationFields.approvedOn, weight: 3 },
];

function connectedOrganisations(data: StoreData): Organisation[] {
  return data.organisations.filter((o) => o.status === 'connected').sort((a, b) => compareSwedish(a.name, b.name));
}

function organisationRow(org: Organisation): string[] {
  return [org.name, org.orgNumber, sv.register.organisationKinds[org.kind], org.municipality, org.approvedOn ?? ''];
}

export async function organisationListDocx(data: StoreData): Promise<Buffer> {
  const organisations = connectedOrganisations(data);
  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.organisationListTitle)] }),
    new Paragraph({ children: [new TextRun(t.organisationCount(organisations.length))] }),
    simpleTable(organisationColumns, organisations.map(organisationRow)),
  ];
  return toDocxBuffer(
    buildLetterDocument({ title: t.organisationListTitle, subject: t.organisationListSubject, settings: data.settings, body }),
  );
}

export function organisationListCsv(data: StoreData): string {
  return toExcelCsv(organisationColumns.map((c) => c.header), connectedOrganisations(data).map(organisationRow));
}
