// Reading data files of every schema version, and refusing what is not a usable store.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeStore, encodeStore, StoreFileProblem } from '../../electron/core/store/storeCodec';
import { migrate, migrations, type RawStore } from '../../electron/core/store/migrations';
import { randomUUID } from 'node:crypto';
import { CURRENT_SCHEMA_VERSION, SETTINGS_ADDED_IN_VERSION_7, SETTINGS_ADDED_IN_VERSION_8, createEmptyStore, type StoreData } from '../../electron/shared/store/schema';
import type { RichDoc } from '../../electron/shared/minutes/richText';
import { referenceMinutesDoc } from '../support/referenceMinutes';
import { contentOf, storedMinutes } from '../support/minutesFixtures';

const fixture = (version: number) => readFile(join(import.meta.dirname, `../fixtures/store/v${version}.json`), 'utf8');

describe('data files of each schema version', () => {
  it('has a fixture and a migration path for every version up to the current one', async () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      const data = decodeStore(await fixture(version));
      expect(data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(data.settings.secretaryName).toBe('Alva Påhittad');
      if (version < CURRENT_SCHEMA_VERSION) expect(migrations[version]).toBeTypeOf('function');
    }
  });

  it('keeps the meetings of a version 3 file and adds the minutes with their default templates', async () => {
    const v3 = JSON.parse(await fixture(3));
    const data = decodeStore(await fixture(3));
    expect(data.meetings).toEqual(
      v3.meetings.map((meeting: { agenda: object[]; guests: object[] }) => ({
        ...meeting, rsvpDate: '', refreshments: '',
        agenda: meeting.agenda.map((item) => ({ ...item, focusAreaIds: [] })),
        guests: meeting.guests.map((guest) => ({ ...guest, withheldFromWeb: true })),
      })),
    );
    expect(data.minutes).toEqual([]);
    expect(data.settings.standingSections).toEqual(['Informationspunkter', 'Övriga frågor', 'Nästa möte']);
    expect(data.settings.minutesTitleTemplate).toMatch(/\{datum\}$/);
  });

  it('gives a version 6 file the settings version 7 added, and its meetings no OSA date', async () => {
    const v6 = JSON.parse(await fixture(6));
    const data = decodeStore(await fixture(6));
    expect(data.settings).toEqual({ ...v6.settings, ...SETTINGS_ADDED_IN_VERSION_7, ...SETTINGS_ADDED_IN_VERSION_8 });
    expect(data.meetings.map((m) => [m.rsvpDate, m.refreshments])).toEqual(v6.meetings.map(() => ['', '']));
  });

  it('gives a version 7 file the web rules and no action plans: members are published, guests are not, nothing is tagged', async () => {
    const v7 = JSON.parse(await fixture(7));
    const data = decodeStore(await fixture(7));
    expect(data.settings).toEqual({ ...v7.settings, ...SETTINGS_ADDED_IN_VERSION_8 });
    expect(data.members.map((m) => m.withheldFromWeb)).toEqual(v7.members.map(() => false));
    expect(data.meetings.flatMap((m) => m.guests.map((g) => g.withheldFromWeb))).toEqual([true]);
    expect(data.meetings.flatMap((m) => m.agenda.map((a) => a.focusAreaIds))).toEqual([[]]);
    const [minutes] = data.minutes;
    expect([...minutes!.decisions, ...minutes!.actions].map((item) => item.focusAreaIds)).toEqual([[], []]);
    expect(minutes!.snapshots.flatMap((s) => s.content.decisions.map((d) => d.focusAreaIds))).toEqual(v7.minutes[0].snapshots.flatMap((s: { content: { decisions: unknown[] } }) => s.content.decisions.map(() => [])));
  });

  it('leaves a version 6 meeting where nobody was marked unmarked, and keeps the marks of one where someone was', async () => {
    const v6 = JSON.parse(await fixture(6));
    const [marked] = v6.meetings;
    const absent = (memberId: string) => ({ memberId, state: 'absent', substituteForId: null });
    const untouched = { ...marked, id: randomUUID(), attendance: [absent(randomUUID()), absent(randomUUID())] };
    const partly = { ...marked, id: randomUUID(), attendance: [...marked.attendance, absent(randomUUID())] };
    const data = decodeStore(JSON.stringify({ ...v6, meetings: [marked, untouched, partly] }));
    expect(data.meetings.map((m) => m.attendance)).toEqual([marked.attendance, [], partly.attendance]);
  });

  it('round-trips through encode and decode', async () => {
    const data = decodeStore(await fixture(CURRENT_SCHEMA_VERSION));
    expect(decodeStore(encodeStore(data))).toEqual(data);
  });
});

describe('the data file text', () => {
  const storeWithMinutes = (body: RichDoc): StoreData => {
    const data = createEmptyStore();
    const minutes = storedMinutes({ body });
    const snapshot = { id: randomUUID(), at: minutes.createdAt, status: 'draft' as const, content: contentOf(minutes, { body: referenceMinutesDoc() }) };
    data.minutes.push({ ...minutes, snapshots: [snapshot] });
    return data;
  };
  const paragraph = (text: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

  it('is the same JSON as the data, even when a text looks like the spliced-in placeholders', () => {
    const data = storeWithMinutes(paragraph('\u0000abc:0 "\u0000" \\u0000 å'));
    const text = encodeStore(data);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(decodeStore(text)).toEqual(data);
    expect(encodeStore(data)).toBe(text);
  });

  it('takes a replaced body anew, and refuses an edit in place of one already written', () => {
    const data = storeWithMinutes(paragraph('Mötet öppnades.'));
    encodeStore(data);
    const minutes = data.minutes[0]!;
    expect(() => minutes.body.content.push({ type: 'paragraph' })).toThrow(TypeError);
    expect(() => (minutes.title = 'Ändrad på plats')).toThrow(TypeError);
    data.minutes[0] = { ...minutes, body: paragraph('Föregående anteckningar lades till handlingarna.') };
    expect(decodeStore(encodeStore(data)).minutes[0]!.body).toEqual(paragraph('Föregående anteckningar lades till handlingarna.'));
  });
});

describe('migrations', () => {
  const steps = {
    1: (raw: RawStore) => ({ ...raw, schemaVersion: 2, added: [] }),
    2: (raw: RawStore) => ({ ...raw, schemaVersion: 3, renamed: raw.added }),
  };

  it('run in order from the file version to the target, without touching the input', () => {
    const input = { schemaVersion: 1, app: 'ros-sekreterare' };
    expect(migrate(input, 3, steps)).toEqual({ schemaVersion: 3, app: 'ros-sekreterare', added: [], renamed: [] });
    expect(input).toEqual({ schemaVersion: 1, app: 'ros-sekreterare' });
  });

  it('stop with an error when a step is missing or skips a version', () => {
    expect(() => migrate({ schemaVersion: 1 }, 2, {})).toThrow(/version 1/);
    expect(() => migrate({ schemaVersion: 1 }, 3, { 1: (raw) => ({ ...raw, schemaVersion: 3 }) })).toThrow();
  });
});

describe('files that are not a usable store', () => {
  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['{"app":', 'unparsable'],
    ['[1,2,3]', 'foreign'],
    ['{"app":"ros-sekreterare","schemaVersion":"1"}', 'foreign'],
    [`{"app":"ros-sekreterare","schemaVersion":${CURRENT_SCHEMA_VERSION + 1}}`, 'future'],
    [`{"app":"ros-sekreterare","schemaVersion":${CURRENT_SCHEMA_VERSION},"settings":{}}`, 'invalid'],
    ['{"app":"ros-sekreterare","schemaVersion":1,"settings":{}}', 'invalid'],
  ])('%j is refused as %s', (text, kind) => {
    try {
      decodeStore(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StoreFileProblem);
      expect((error as StoreFileProblem).problem.kind).toBe(kind);
    }
  });
});
