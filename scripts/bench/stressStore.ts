/**
 * A large invented register for the benchmark: members and organisations with Swedish-looking names
 * made from syllables (no real people), generated from a fixed seed so every run measures the same data;
 * and a data folder holding such a store, for the measurements made through the browser harness.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeStore } from '../../electron/core/store/storeCodec';
import { DATA_FILE_NAME } from '../../electron/core/store/storeSession';
import { newDataDir } from '../../test/e2e/fixtures';
import { createEmptyStore, type StoreData } from '../../electron/shared/store/schema';
import type { Member } from '../../electron/shared/register/member';
import type { Organisation } from '../../electron/shared/register/organisation';
import { memberRoles, memberSides } from '../../electron/shared/register/member';
import { organisationKinds } from '../../electron/shared/register/organisation';

/** Numbers in [0, 1) from a fixed seed (a linear congruential generator), the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const FIRST = ['Åsa', 'Örjan', 'Ärla', 'Bo', 'Karin', 'Lennart', 'Maja', 'Nils', 'Sigrid', 'Torbjörn', 'Ylva', 'Zeb'];
const LAST_A = ['Berg', 'Ek', 'Lind', 'Sjö', 'Ås', 'Holm', 'Dahl', 'Strand', 'Gran', 'Löv'];
const LAST_B = ['ström', 'gren', 'kvist', 'lund', 'berg', 'dal', 'by', 'qvist'];
const ORG_A = ['Föreningen', 'Förbundet', 'Stiftelsen', 'Studieförbundet', 'Nätverket', 'Riksförbundet'];
const ORG_B = ['för Fritid', 'Gemenskap', 'Ungdom i Väst', 'Kultur och Bildning', 'Idrott för alla', 'Hälsa'];
const TOWNS = ['Borås', 'Göteborg', 'Skövde', 'Trollhättan', 'Uddevalla', 'Lidköping', 'regional'];

/** A stable id for the n-th generated record of a kind (1 organisations, 2 members, 3 meetings, 4 minutes). */
export function uuid(n: number, kind: number): string {
  return `00000000-0000-4000-8${kind}00-${String(n).padStart(12, '0')}`;
}

export function stressStore(members = 1000, organisations = 200, seed = 42): StoreData {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const stamp = '2024-01-01T00:00:00.000Z';
  const store = createEmptyStore();
  for (let i = 0; i < organisations; i++) {
    const org: Organisation = {
      id: uuid(i, 1), name: `${pick(ORG_A)} ${pick(ORG_B)} ${i + 1}`, orgNumber: '', kind: pick(organisationKinds),
      municipality: pick(TOWNS), appliedOn: '2014-03-01', approvedOn: `${2014 + (i % 11)}-04-15`, status: 'connected',
      leftOn: null, contactPerson: `${pick(FIRST)} ${pick(LAST_A)}${pick(LAST_B)}`, email: `kansli${i}@exempel.se`,
      phone: '031-12 34 56', website: '', notes: '', createdAt: stamp, updatedAt: stamp,
    };
    store.organisations.push(org);
  }
  for (let i = 0; i < members; i++) {
    const side = pick(memberSides);
    const member: Member = {
      id: uuid(i, 2), name: `${pick(FIRST)} ${pick(LAST_A)}${pick(LAST_B)}`, side, role: pick(memberRoles),
      party: side === 'civilSociety' ? '' : 'Påhittade partiet', organisationId: side === 'civilSociety' ? uuid(i % organisations, 1) : null,
      substituteForId: null, termFrom: '2023-01-01', termTo: '2026-12-31', email: `person${i}@exempel.se`, phone: '070-123 45 67',
      active: random() > 0.1, notes: '', withheldFromWeb: false, createdAt: stamp, updatedAt: stamp, personalDataErasedAt: null,
    };
    store.members.push(member);
  }
  return store;
}

/** A new data folder whose data file holds `data`. */
export function dataFolderWith(data: StoreData): string {
  const dataDir = newDataDir();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, DATA_FILE_NAME), encodeStore(data));
  return dataDir;
}
