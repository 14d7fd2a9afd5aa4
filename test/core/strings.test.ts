// Every Swedish string in electron/shared/i18n/sv.ts is used by the app: each leaf (a text, a function
// that makes one, a list) is reached from code in electron/ or renderer/ by its whole key path, through
// `sv.` or through a local alias such as `const t = sv.minutes.ui`. The few sections whose keys are picked
// at run time (a label per status, per kind, per file error) count as used as a whole; that list is
// explicit below, and each entry must really be indexed or handed on that way. Comments do not count.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { sv } from '../../electron/shared/i18n/sv';

const root = join(import.meta.dirname, '..', '..');
const svFile = 'electron/shared/i18n/sv.ts';

/**
 * Sections whose keys are chosen at run time (`sv.meetings.statuses[status]`, `Object.values(t.columns)`)
 * or that are handed on as an object (`page: sv.pages.members`).
 */
const usedAsWhole = [
  'nav', 'pages.members', 'pages.organisations', 'backupReasons', 'fileErrors',
  'meetings.statuses', 'meetings.agendaKinds', 'meetings.attendanceStates',
  'minutes.forms', 'minutes.statuses', 'minutes.actionStatuses', 'minutes.historyEvents', 'minutes.hitKinds', 'minutes.ui.columns',
  'register.organisationKinds', 'register.organisationStatuses', 'register.memberSides', 'register.memberRoles',
  'register.organisationFields', 'register.memberFields', 'register.import.columnAliases',
  'mail.groups', 'mail.addressings', 'mail.addressingHelp', 'mail.formats',
  'webVersion.rules', 'webVersion.standIns.roles', 'webVersion.settings.attendanceOptions',
];
/** Strings the app no longer shows but tests still read; each must really be read in test/. */
const heldByTests = {
  // test/e2e/store.spec.ts and boundary.spec.ts (sv.pages[section].title); Möten shows meetings.ui.yearHeading.
  'pages.meetings.title': 'test/e2e',
};

type Tree = { readonly [key: string]: unknown };

function leafPaths(tree: Tree, prefix: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? leafPaths(value as Tree, [...prefix, key]) : [[...prefix, key]]);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => file !== svFile);
}

/** The code without its comments, so a comment naming a string does not keep it alive. */
function withoutComments(text: string, tsx = false): string {
  const source = ts.createSourceFile('code.tsx', text, ts.ScriptTarget.Latest, false, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}
const codeOf = (file: string) => withoutComments(readFileSync(join(root, file), 'utf8'), file.endsWith('.tsx'));
const aliasDeclaration = /\b(?:const|let)\s+(\w+)\s*=\s*sv((?:\.\w+)*)\s*;/g;

const access = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a file can write the key path: from `sv` itself, or from a local alias of one of its sections. */
function spellings(code: string, path: readonly string[]): string[] {
  const forms = [`sv${path.map(access).join('')}`];
  for (const [, alias, chain] of code.matchAll(aliasDeclaration)) {
    const keys = chain!.split('.').slice(1);
    if (keys.length < path.length && keys.every((key, i) => key === path[i])) forms.push(`${alias}${path.slice(keys.length).map(access).join('')}`);
  }
  return forms;
}

/** Whether `target` (by default the code itself) writes the path, spelled as `code` allows. */
const written = (code: string, path: readonly string[], after = '(?![\\w$])', target = code) =>
  spellings(code, path).some((form) => new RegExp(`(?<![\\w$.])${escape(form)}${after}`).test(target));

/** Key paths (dotted) of `tree`'s leaves that no code reaches. */
function unusedStrings(tree: Tree, codes: readonly string[], whole: readonly string[], held: readonly string[] = []): string[] {
  return leafPaths(tree)
    .filter((path) => !path.some((_, i) => whole.includes(path.slice(0, i + 1).join('.'))))
    .filter((path) => !codes.some((code) => written(code, path)))
    .map((path) => path.join('.'))
    .filter((path) => !held.includes(path));
}

const codes = [...sourceFiles('electron'), ...sourceFiles('renderer')].map(codeOf);

describe('the Swedish strings', () => {
  it('are all used by the app', () => {
    expect(unusedStrings(sv, codes, usedAsWhole, Object.keys(heldByTests))).toEqual([]);
  });

  it('keep a string for the tests only while a test reads it', () => {
    for (const [path, folder] of Object.entries(heldByTests)) {
      const testCodes = sourceFiles(folder).map(codeOf);
      expect(testCodes.some((code) => written(code, path.split('.')) || code.includes(`sv.${path.split('.')[0]}[`)), path).toBe(true);
    }
  });

  it('count a section as used as a whole only where its keys are really picked at run time', () => {
    // Indexed (`[`), or written as a value that is not a key lookup (`page: sv.pages.members,`); an alias
    // such as `const t = sv.minutes.ui;` is not a use as a whole, its keys are checked through `t`.
    const indexed = (path: string[]) =>
      codes.some((code) => written(code, path, '\\s*(?:\\[|[,;:?)}\\]])', code.replace(aliasDeclaration, '')));
    expect(usedAsWhole.filter((section) => !indexed(section.split('.')))).toEqual([]);
  });

  it('report a string no code uses, also when only a comment names it or it hides behind an alias', () => {
    const tree = { menu: { quit: 'Avsluta', help: 'Hjälp', later: 'Senare' }, nav: { meetings: 'Möten' } };
    const code = [
      'const m = sv.menu;\nexport const a = [m.quit, sv.nav[key]];\n// sv.menu.later\n',
      'export const h = sv.menu.helpful;\n',
    ].map((text) => withoutComments(text));
    expect(unusedStrings(tree, code, ['nav'])).toEqual(['menu.help', 'menu.later']);
  });
});
