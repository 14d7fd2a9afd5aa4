/**
 * The IPC methods of the register: list, save and delete organisations and members, GDPR erasure,
 * counts, the two-step import (preview with column and value mapping, then confirm, which also remembers
 * the value mapping for the next import) and the exports.
 */
import { randomUUID } from 'node:crypto';
import { sortByPersonName } from '../../shared/format/collate';
import { sv } from '../../shared/i18n/sv';
import type { ImportKind, ImportPreview } from '../../shared/register/importContract';
import { AppError } from '../appError';
import { readChosenFile } from './chosenFile';
import {
  deleteMember, deleteOrganisation, eraseMemberPersonalData, registerStats, saveMember, saveOrganisation,
} from '../register/registerService';
import type { TableRow } from '../register/import/readTable';
import { planImport, suggestMapping, type ImportPlan } from '../register/import/planImport';
import { rememberMapping, rememberedMapping } from '../register/import/readValues';
import type { channelFamilies } from '../../shared/ipc/channels';
import type { HandlerContext, Handlers } from './handlers';
import { csvFilter, wordFilter } from './exportSaver';

type RegisterChannels = (typeof channelFamilies.register)[number];

interface PendingImport {
  token: string;
  kind: ImportKind;
  rows: TableRow[];
}

const importFilters = [{ name: sv.fileFilters.table, extensions: ['csv', 'txt', 'xlsx'] }];

export function createRegisterHandlers(ctx: HandlerContext): Pick<Handlers, RegisterChannels> {
  let pending: PendingImport | null = null;

  const preview = (plan: ImportPlan, pendingImport: PendingImport): ImportPreview => ({
    token: pendingImport.token,
    kind: pendingImport.kind,
    headers: plan.headers,
    mapping: plan.mapping,
    valueMapping: plan.valueMapping,
    values: plan.values,
    accepted: plan.accepted.map((entry) => ({ line: entry.line, name: entry.fields.name, warnings: entry.warnings })),
    duplicates: plan.duplicates,
    rejected: plan.rejected,
  });

  const pendingFor = (token: string): PendingImport => {
    if (!pending || pending.token !== token) throw new AppError('NOT_FOUND', sv.register.import.expired);
    return pending;
  };

  return {
    listOrganisations: async () => ctx.session().data.organisations,
    saveOrganisation: ({ id, organisation }) => saveOrganisation(ctx.session(), id, organisation),
    deleteOrganisation: async ({ id, unlinkMembers }) => {
      await deleteOrganisation(ctx.session(), id, unlinkMembers);
      return null;
    },
    // In the order of Swedish member lists, so every list and select of members shows them so.
    listMembers: async () => sortByPersonName(ctx.session().data.members, (member) => member.name),
    saveMember: ({ id, member }) => saveMember(ctx.session(), id, member),
    listFormerMembers: async () => ctx.session().data.formerMembers,
    deleteMember: async ({ id, eraseName }) => {
      await deleteMember(ctx.session(), id, eraseName ?? false);
      return null;
    },
    eraseMemberPersonalData: ({ id }) => eraseMemberPersonalData(ctx.session(), id),
    getRegisterStats: async () => registerStats(ctx.session().data.organisations),

    previewImport: async ({ kind }) => {
      const bytes = await readChosenFile(ctx.host, ctx.fs, sv.register.import.chooseFile, importFilters);
      if (!bytes) return null;
      const rows = await (await import('../register/import/readTable')).readTable(bytes);
      pending = { token: randomUUID(), kind, rows };
      const mapping = suggestMapping(kind, rows[0]?.cells ?? []);
      const data = ctx.session().data;
      return preview(planImport(kind, rows, mapping, rememberedMapping(data.settings.importValueMappings, kind), data), pending);
    },
    remapImport: async ({ token, mapping, valueMapping }) => {
      const current = pendingFor(token);
      return preview(planImport(current.kind, current.rows, mapping, valueMapping, ctx.session().data), current);
    },
    confirmImport: async ({ token, mapping, valueMapping }) => {
      const current = pendingFor(token);
      const session = ctx.session();
      const plan = planImport(current.kind, current.rows, mapping, valueMapping, session.data);
      const now = new Date().toISOString();
      await session.update((data) => {
        for (const entry of plan.accepted) {
          const base = { id: randomUUID(), createdAt: now, updatedAt: now };
          if (entry.kind === 'organisations') data.organisations.push({ ...entry.fields, ...base });
          else data.members.push({ ...entry.fields, ...base, personalDataErasedAt: null });
        }
        data.settings.importValueMappings = rememberMapping(data.settings.importValueMappings, current.kind, valueMapping, plan.values);
      });
      pending = null;
      return { imported: plan.accepted.length, duplicates: plan.duplicates.length, rejected: plan.rejected.length };
    },

    exportRegister: async ({ list, format }) => {
      const data = ctx.session().data;
      const members = list === 'members';
      const name = `${members ? sv.register.exports.memberFileName : sv.register.exports.organisationFileName}.${format}`;
      const lists = () => import('../register/export/registerDocuments');
      if (format === 'docx') {
        return ctx.exports.save(sv.register.exports.saveTitle, name, wordFilter, async () =>
          members ? (await lists()).memberContactListDocx(data) : (await lists()).organisationListDocx(data));
      }
      return ctx.exports.save(sv.register.exports.saveTitle, name, csvFilter, async () =>
        members ? (await lists()).memberContactListCsv(data) : (await lists()).organisationListCsv(data));
    },
  };
}
