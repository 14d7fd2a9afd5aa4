// Importing the register from files as Excel on Windows writes them: the preview shows every accepted
// and rejected line (with its number and reason) and writes nothing; confirming imports the good lines;
// importing the same file again adds no duplicates; values the app does not know are mapped by the user
// and remembered; an invalid organisation number is imported empty and flagged; a file in the wrong
// format gets a Swedish message.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/ipc/backend';
import type { ImportPreview } from '../../electron/shared/register/importContract';
import { sv } from '../../electron/shared/i18n/sv';
import { rememberMapping, rememberedMapping } from '../../electron/core/register/import/readValues';
import { withBackend } from '../support/testBackend';

async function withImport(file: { name: string; bytes: Uint8Array }, run: (backend: Backend, dataFile: string) => Promise<void>) {
  await withBackend(async (backend, _saveTo, dir, host) => {
    const path = join(dir, file.name);
    await writeFile(path, file.bytes);
    host.answers.openFile = path;
    await run(backend, join(dir, 'data', 'ros-data.json'));
  });
}

async function preview(backend: Backend, kind: 'organisations' | 'members'): Promise<ImportPreview> {
  const result = await backend.invoke('previewImport', { kind });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportPreview;
}

const windows1252 = (text: string) => iconv.encode(text, 'win1252');

const organisationsCsv = [
  'Namn;Organisationsnummer;Typ;Kommun;Ansluten;E-post;Telefon',
  'Föreningen Påhittad Gemenskap;802477-1233;Ideell förening;Borås;2015-02-01;info@pahittad.se;033-12 34 56',
  '"Älvdalens ""Låtsas"" förbund";;Paraplyorganisation/förbund;regional;2016-09-12;kansli@latsas.se;0701234567',
  'Öckerö Exempelstiftelse;802477-1234;Stiftelse;Öckerö;2018-03-03;;',
  '"Studieförbundet Flera',
  'Rader";252002-0005;Studieförbund;Göteborg;2019-11-30;;',
].join('\r\n');

describe('importing organisations from a Windows-1252 file with ; separators', () => {
  it('previews every line, flags the invalid organisation number, and writes nothing until confirmed', async () => {
    await withImport({ name: 'organisationer.csv', bytes: windows1252(organisationsCsv) }, async (backend, dataFile) => {
      const before = await readFile(dataFile, 'utf8');
      const shown = await preview(backend, 'organisations');
      expect(shown.headers[0]).toBe('Namn');
      expect(shown.mapping).toMatchObject({ name: 0, orgNumber: 1, kind: 2, municipality: 3, approvedOn: 4, email: 5, phone: 6 });
      expect(shown.accepted.map((a) => [a.line, a.name, a.warnings])).toEqual([
        [2, 'Föreningen Påhittad Gemenskap', []],
        [3, 'Älvdalens "Låtsas" förbund', []],
        [4, 'Öckerö Exempelstiftelse', [sv.register.import.invalidOrgNumber('802477-1234')]],
        [5, 'Studieförbundet Flera\r\nRader', []],
      ]);
      expect(shown.rejected).toEqual([]);
      expect(await readFile(dataFile, 'utf8')).toBe(before);

      const done = await backend.invoke('confirmImport', { token: shown.token, mapping: shown.mapping, valueMapping: {} });
      expect(done).toEqual({ ok: true, value: { imported: 4, duplicates: 0, rejected: 0 } });
      const stored = JSON.parse(await readFile(dataFile, 'utf8'));
      expect(stored.organisations.map((o: { name: string; kind: string; orgNumber: string }) => [o.name, o.kind, o.orgNumber])).toEqual([
        ['Föreningen Påhittad Gemenskap', 'nonProfit', '802477-1233'],
        ['Älvdalens "Låtsas" förbund', 'umbrella', ''],
        ['Öckerö Exempelstiftelse', 'foundation', ''],
        ['Studieförbundet Flera\r\nRader', 'studyAssociation', '252002-0005'],
      ]);
      expect(stored.organisations[1].phone).toBe('070-123 45 67');

      const again = await preview(backend, 'organisations');
      expect(again.accepted).toEqual([]);
      expect(again.duplicates.map((d) => d.line)).toEqual([2, 3, 4, 5]);
      await backend.invoke('confirmImport', { token: again.token, mapping: again.mapping, valueMapping: {} });
      expect(JSON.parse(await readFile(dataFile, 'utf8')).organisations).toHaveLength(4);
    });
  });
});

/** Every byte 0x80–0x9F that Windows-1252 defines, and the Swedish letters, with the character Excel meant. */
const windows1252Characters: Array<[number, string]> = [
  [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'],
  [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'], [0x92, '’'], [0x93, '“'],
  [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'],
  [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'], [0xe5, 'å'], [0xe4, 'ä'], [0xf6, 'ö'], [0xc5, 'Å'], [0xc4, 'Ä'], [0xd6, 'Ö'],
];

describe('a Windows-1252 file as Excel on Windows saves it', () => {
  it('keeps every character of the code page: dashes, curly quotes, € and … are imported as written', async () => {
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const bytes = [...ascii('Namn\r\n')];
    for (const [byte] of windows1252Characters) bytes.push(...ascii(`Prov ${byte.toString(16)} `), byte, ...ascii('X\r\n'));
    await withImport({ name: 'excel.csv', bytes: new Uint8Array(bytes) }, async (backend, dataFile) => {
      const expected = windows1252Characters.map(([byte, character]) => `Prov ${byte.toString(16)} ${character}X`);
      const shown = await preview(backend, 'organisations');
      expect(shown.accepted.map((a) => a.name)).toEqual(expected);
      await backend.invoke('confirmImport', { token: shown.token, mapping: shown.mapping, valueMapping: {} });
      expect(JSON.parse(await readFile(dataFile, 'utf8')).organisations.map((o: { name: string }) => o.name)).toEqual(expected);
    });
  });
});

describe('a short file of two columns ending in a line break, as Excel saves it', () => {
  it('is read with its ; separator', async () => {
    await withImport({ name: 'kort.csv', bytes: windows1252('Namn;Kommun\r\nExempelkören;Lerum\r\n') }, async (backend) => {
      const shown = await preview(backend, 'organisations');
      expect(shown.headers).toEqual(['Namn', 'Kommun']);
      expect(shown.accepted).toEqual([{ line: 2, name: 'Exempelkören', warnings: [] }]);
    });
  });
});

describe('importing members from UTF-8 with a BOM and , separators', () => {
  it('reads Swedish labels for side and role and links organisations by name', async () => {
    const csv = '\uFEFFNamn,Sida,Roll,Parti,E-post,Telefon\nÅke Låtsasson,Västra Götalandsregionen – politiker,Ordförande,Påhittade partiet,ake@example.se,0701112233\nBo Bortglömd,,Ledamot,,bo@example.se,\n';
    await withImport({ name: 'ledamoter.csv', bytes: new TextEncoder().encode(csv) }, async (backend) => {
      const shown = await preview(backend, 'members');
      expect(shown.accepted.map((a) => a.name)).toEqual(['Åke Låtsasson']);
      expect(shown.rejected).toEqual([{ line: 3, reason: sv.register.import.unknownValue(sv.register.memberFields.side, '', Object.values(sv.register.memberSides)) }]);
      const remapped = await backend.invoke('remapImport', { token: shown.token, mapping: { ...shown.mapping, name: null }, valueMapping: {} });
      expect(remapped).toMatchObject({ ok: true, value: { accepted: [], rejected: [{ line: 2, reason: sv.register.import.missingName }, { line: 3 }] } });
    });
  });
});

describe('values the app does not know', () => {
  const kinds = Object.values(sv.register.organisationKinds);
  const csv = windows1252([
    'Namn;Typ;Ansluten',
    'Exempelföreningen Nord;Förening;2019-01-01',
    'Låtsasförbundet;Paraplyorganisation;2019-02-02',
    'Exempelföreningen Syd;förening ;2019-03-03',
    'Påhittade stiftelsen;Stiftelse;2019-04-04',
  ].join('\r\n'));

  it('are listed once each for mapping, refuse their lines naming the accepted values, import once mapped, and stay mapped', async () => {
    await withImport({ name: 'typer.csv', bytes: csv }, async (backend, dataFile) => {
      const shown = await preview(backend, 'organisations');
      expect(shown.values).toEqual([
        { field: 'kind', value: 'Förening', key: 'förening', lines: 2 },
        { field: 'kind', value: 'Paraplyorganisation', key: 'paraplyorganisation', lines: 1 },
      ]);
      expect(shown.rejected).toEqual([
        { line: 2, reason: sv.register.import.unknownValue(sv.register.organisationFields.kind, 'Förening', kinds) },
        { line: 3, reason: sv.register.import.unknownValue(sv.register.organisationFields.kind, 'Paraplyorganisation', kinds) },
        { line: 4, reason: sv.register.import.unknownValue(sv.register.organisationFields.kind, 'förening', kinds) },
      ]);
      for (const kind of kinds) expect(shown.rejected[0]?.reason).toContain(kind);

      const valueMapping = { kind: { förening: 'nonProfit', paraplyorganisation: 'umbrella' } } as const;
      const mapped = await backend.invoke('remapImport', { token: shown.token, mapping: shown.mapping, valueMapping });
      expect(mapped).toMatchObject({ ok: true, value: { rejected: [], valueMapping } });
      const done = await backend.invoke('confirmImport', { token: shown.token, mapping: shown.mapping, valueMapping });
      expect(done).toEqual({ ok: true, value: { imported: 4, duplicates: 0, rejected: 0 } });
      expect(JSON.parse(await readFile(dataFile, 'utf8')).organisations.map((o: { name: string; kind: string }) => [o.name, o.kind])).toEqual([
        ['Exempelföreningen Nord', 'nonProfit'],
        ['Låtsasförbundet', 'umbrella'],
        ['Exempelföreningen Syd', 'nonProfit'],
        ['Påhittade stiftelsen', 'foundation'],
      ]);
      expect(JSON.parse(await readFile(dataFile, 'utf8')).settings.importValueMappings).toEqual({
        'organisations.kind': { förening: 'nonProfit', paraplyorganisation: 'umbrella' },
      });

      const again = await preview(backend, 'organisations');
      expect(again.valueMapping).toEqual(valueMapping);
      expect(again.rejected).toEqual([]);
      expect(again.duplicates.map((d) => d.line)).toEqual([2, 3, 4, 5]);
    });
  });

  it('a mapping to a value the app does not have is refused and nothing is written', async () => {
    await withImport({ name: 'typer.csv', bytes: csv }, async (backend, dataFile) => {
      const shown = await preview(backend, 'organisations');
      const before = await readFile(dataFile, 'utf8');
      for (const valueMapping of [{ kind: { förening: 'klubb' } }, { colour: { röd: 'other' } }, { side: { förening: 'nonProfit' } }]) {
        expect(await backend.invoke('confirmImport', { token: shown.token, mapping: shown.mapping, valueMapping })).toMatchObject({
          ok: false, error: { code: 'INVALID_INPUT' },
        });
      }
      expect(await readFile(dataFile, 'utf8')).toBe(before);
    });
  });

  it('an empty side of a member can be mapped too', async () => {
    const members = 'Namn;Sida;E-post\nBo Bortglömd;;bo@example.se\nSiv Sidlös;;siv@example.se\n';
    await withImport({ name: 'ledamoter.csv', bytes: new TextEncoder().encode(members) }, async (backend, dataFile) => {
      const shown = await preview(backend, 'members');
      expect(shown.values).toEqual([{ field: 'side', value: '', key: '', lines: 2 }]);
      const valueMapping = { side: { '': 'civilSociety' } } as const;
      await backend.invoke('confirmImport', { token: shown.token, mapping: shown.mapping, valueMapping });
      expect(JSON.parse(await readFile(dataFile, 'utf8')).members.map((m: { side: string }) => m.side)).toEqual(['civilSociety', 'civilSociety']);
    });
  });
});

describe('the value mappings remembered between imports', () => {
  const stored = {
    'organisations.kind': { förening: 'nonProfit', klubb: 'other', gammal: 'borttagen' },
    'members.side': { region: 'regionOfficial' },
  };

  it('give an import of one kind its own mappings, without values the app no longer has', () => {
    expect(rememberedMapping(stored, 'organisations')).toEqual({ kind: { förening: 'nonProfit', klubb: 'other' } });
    expect(rememberedMapping(stored, 'members')).toEqual({ side: { region: 'regionOfficial' } });
    expect(rememberedMapping({}, 'members')).toEqual({});
  });

  it('take the choices made for the values of this file, and forget a value left unchosen', () => {
    const values = [
      { field: 'kind', value: 'Förening', key: 'förening', lines: 3 },
      { field: 'kind', value: 'Paraply', key: 'paraply', lines: 1 },
      { field: 'status', value: 'Vilande', key: 'vilande', lines: 1 },
    ] as const;
    expect(rememberMapping(stored, 'organisations', { kind: { paraply: 'umbrella' }, status: { vilande: 'left' } }, values)).toEqual({
      'organisations.kind': { klubb: 'other', gammal: 'borttagen', paraply: 'umbrella' },
      'organisations.status': { vilande: 'left' },
      'members.side': { region: 'regionOfficial' },
    });
  });
});

describe('importing from Excel', () => {
  it('reads the first sheet of an .xlsx, dates included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Organisationer');
    sheet.addRow(['Namn', 'Org.nr', 'Anslutningsdatum', 'Status']);
    sheet.addRow(['Exempelkören i Lerum', '802012-3454', new Date(Date.UTC(2021, 3, 28)), 'Ansluten']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await withImport({ name: 'register.xlsx', bytes }, async (backend, dataFile) => {
      const shown = await preview(backend, 'organisations');
      expect(shown.accepted).toEqual([{ line: 2, name: 'Exempelkören i Lerum', warnings: [] }]);
      await backend.invoke('confirmImport', { token: shown.token, mapping: shown.mapping, valueMapping: {} });
      const [org] = JSON.parse(await readFile(dataFile, 'utf8')).organisations;
      expect(org).toMatchObject({ orgNumber: '802012-3454', approvedOn: '2021-04-28', status: 'connected' });
    });
  });
});

describe('a file in the wrong format', () => {
  it.each([
    ['dokument.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02])],
    ['trasig.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12])],
  ])('(%s) is refused in Swedish and nothing is written', async (name, bytes) => {
    await withImport({ name, bytes }, async (backend, dataFile) => {
      const before = await readFile(dataFile, 'utf8');
      expect(await backend.invoke('previewImport', { kind: 'organisations' })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: sv.register.import.wrongFormat },
      });
      expect(await readFile(dataFile, 'utf8')).toBe(before);
    });
  });

  it('an expired preview cannot be confirmed', async () => {
    await withImport({ name: 'x.csv', bytes: new TextEncoder().encode('Namn\nA\n') }, async (backend) => {
      expect(await backend.invoke('confirmImport', { token: 'gammal', mapping: { name: 0 }, valueMapping: {} })).toMatchObject({
        ok: false,
        error: { message: sv.register.import.expired },
      });
    });
  });
});
