// Minutes exported as a careful person would have typed them: the reference minutes re-typed and
// exported read back through LibreOffice as the reference text; the full form carries time, place,
// attendance, decisions and an action-item table; drafts say UTKAST on every page; the print view
// prints to a PDF with the same text, tagged, titled, in Swedish, with an outline and in reading order; a logo from Inställningar appears with its alt text; hostile
// content still opens; only exported files can be opened; the export folder is remembered.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/core/ipc/backend';
import { sv } from '../../electron/shared/i18n/sv';
import type { ActionItem, Minutes } from '../../electron/shared/minutes/minutes';
import type { Settings } from '../../electron/shared/store/schema';
import { heading, paragraph, sectionsOf, type RichDoc } from '../../electron/shared/minutes/richText';
import type { Member } from '../../electron/shared/register/member';
import { readExportedDocx, type ExportedDocx } from '../support/exportedDocx';
import { ARTIFACTS_DIR, pdfFirstPageToPng, pdfImageCount, pdfPages, pdfReadingText, pdfText, type PdfPage } from '../support/libreoffice';
import { checkPdfAccessibility } from '../support/pdfAccessibility';
import { contentOf, meetingWithMinutes } from '../support/minutesFixtures';
import { memberInput } from '../support/registerFixtures';
import { REFERENCE_DATE, REFERENCE_SECTIONS, referenceMinutesDoc, referenceText } from '../support/referenceMinutes';
import { createRecordingHost } from '../support/recordingHost';
import { value, withBackend } from '../support/testBackend';

/** The lines a reader sees, bullets and blank lines left out. */
const readerLines = (text: string) => text.split('\n').map((line) => line.replace(/^[•◦\s]+/, '').trim()).filter(Boolean);

async function exportDocx(backend: Backend, saveTo: (name: string) => string, minutes: Minutes, name: string): Promise<ExportedDocx> {
  const path = saveTo(name);
  expect(await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'docx' }))).toEqual({ path });
  return readExportedDocx(path);
}

async function referenceMinutes(backend: Backend): Promise<Minutes> {
  const { minutes } = await meetingWithMinutes(backend, REFERENCE_DATE);
  const body = referenceMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
  await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) }));
  return value<Minutes>(backend.invoke('setMinutesStatus', { id: minutes.id, status: 'approved' }));
}

const headerText = async (docx: Uint8Array) => {
  const zip = await JSZip.loadAsync(docx);
  const headers = zip.file(/word\/header\d*\.xml/);
  return (await Promise.all(headers.map((h) => h.async('string')))).join('');
};

describe('the reference minutes re-typed and exported to Word', () => {
  it('read back through LibreOffice as the reference text, with real structure, and page 1 as a picture', async () => {
    await withBackend(async (backend, saveTo, dir, host) => {
      const minutes = await referenceMinutes(backend);
      const { bytes: docx, text, structure } = await exportDocx(backend, saveTo, minutes, 'Kortfattade anteckningar RÖS 2021-04-28.docx');

      expect(readerLines(text)).toEqual(referenceText());
      expect(structure.problems).toEqual([]);
      expect(structure.title).toBe(minutes.title);
      expect(structure.headings.map((h) => h.level)).toEqual([0, 1, 1, 1]);
      expect(await headerText(docx)).not.toContain('UTKAST');

      const zip = await JSZip.loadAsync(docx);
      const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
      expect(rels).toContain('https://www.vgregion.se/halsa-och-vard/suicidprevention?a=1&amp;b=två');
      const numbering = await zip.file('word/numbering.xml')!.async('string');
      expect(numbering).toContain('w:val="bullet"');

      expect(host.opened).toEqual([]);
      expect(await backend.invoke('openExportedFile', { path: join(dir, 'data', 'ros-data.json'), reveal: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      await value(backend.invoke('openExportedFile', { path: saveTo('Kortfattade anteckningar RÖS 2021-04-28.docx'), reveal: true }));
      await value(backend.invoke('openExportedFile', { path: saveTo('Kortfattade anteckningar RÖS 2021-04-28.docx'), reveal: false }));
      expect(host.opened).toEqual([`folder:${join(dir, 'Kortfattade anteckningar RÖS 2021-04-28.docx')}`, `path:${join(dir, 'Kortfattade anteckningar RÖS 2021-04-28.docx')}`]);
    });
  });

  it('print to an A4 PDF with the same text, page numbers, and page 1 as a picture', async () => {
    await withBackend(async (backend, saveTo) => {
      const minutes = await referenceMinutes(backend);
      const path = saveTo('Kortfattade anteckningar RÖS 2021-04-28.pdf');
      expect(await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'pdf' }))).toEqual({ path });
      const pdf = await readFile(path);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = (await pdfText(path)).replace(/\s+/g, ' ');
      for (const line of referenceText()) expect(text).toContain(line.replace(/\s+/g, ' ').slice(0, 60));
      expect(text).toMatch(/Sida 1 av \d/);
      await pdfFirstPageToPng(path, join(ARTIFACTS_DIR, 'anteckningar-referens-utskrift-sida-1.png'));
    });
  });
});

describe('the printed PDF', () => {
  it('is accessible: tagged, with the title and language, an outline of its headings, and its text in reading order (UTKAST apart)', async () => {
    await withBackend(async (backend, saveTo) => {
      const { minutes } = await meetingWithMinutes(backend, REFERENCE_DATE);
      const body = referenceMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) }));
      const path = saveTo('Kortfattade anteckningar RÖS 2021-04-28.pdf');
      await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'pdf' }));

      const pdf = await checkPdfAccessibility(path);
      expect(pdf).toMatchObject({ tagged: true, title: minutes.title, language: 'sv-SE', findings: [] });
      expect(pdf.outline).toEqual([{ level: 0, text: minutes.title }, ...REFERENCE_SECTIONS.map((text) => ({ level: 1, text }))]);

      const settings = await value<Settings>(backend.invoke('getSettings', undefined));
      const lines = (await pdfReadingText(path)).split('\n').map((line) => line.trim()).filter(Boolean);
      const mark = sv.minutes.documents.draftNotice;
      expect(lines[0]).toBe(mark);
      expect(lines.filter((line) => line.includes('UTKAST')).every((line) => line === mark)).toBe(true);
      const text = lines.filter((line) => line !== mark).join(' ');
      const order = [settings.letterheadTitle, settings.letterheadSubtitle, minutes.title, ...referenceText().slice(3)].map((line) => text.indexOf(line));
      expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    });
  });
});

describe('the full form', () => {
  it('adds time, place, attendance by group, decisions and an action-item table; a draft says UTKAST', async () => {
    await withBackend(async (backend, saveTo) => {
      const member = (name: string, extra: Parameters<typeof memberInput>[0] = {}) =>
        value<Member>(backend.invoke('saveMember', { id: null, member: memberInput({ name, ...extra }) }));
      const chair = await member('Åsa Påhittad', { role: 'chair', party: 'S' });
      const absent = await member('Bo Exempel', { party: 'M' });
      const excused = await member('Cilla Låtsas', { party: 'V' });
      const substitute = await member('Dan Ersättarsson', { role: 'substitute', party: 'M' });
      const { meeting, minutes } = await meetingWithMinutes(backend, '2024-06-13', 'full');
      await value(backend.invoke('saveAttendance', {
        meetingId: meeting.id,
        attendance: [
          { memberId: chair.id, state: 'present', substituteForId: null },
          { memberId: absent.id, state: 'absent', substituteForId: null },
          { memberId: excused.id, state: 'excused', substituteForId: null },
          { memberId: substitute.id, state: 'substitute', substituteForId: absent.id },
        ],
        guests: [{ id: crypto.randomUUID(), name: 'Greta Gäst', organisation: 'Påhittade förbundet' }],
      }));
      const [first] = sectionsOf(minutes.body);
      const action = (what: string, due: string): ActionItem => ({
        id: crypto.randomUUID(), sectionId: first!.sectionId, what, responsibleMemberId: chair.id, responsibleText: '', due, status: 'open', focusAreaIds: [],
      });
      await value(backend.invoke('saveMinutesContent', {
        id: minutes.id,
        content: contentOf(minutes, {
          decisions: [{ id: crypto.randomUUID(), sectionId: first!.sectionId, text: 'Gruppen ställde sig bakom riktlinjen.', focusAreaIds: [] }],
          actions: [action('Skicka riktlinjen till alla undertecknare', '2024-08-19'), action('Boka lokal för dialogmötet', '')],
        }),
      }));

      const { bytes: docx, text, structure } = await exportDocx(backend, saveTo, minutes, 'Fullständiga anteckningar RÖS 2024-06-13.docx');
      const lines = readerLines(text);
      expect(lines).toEqual(expect.arrayContaining([
        'Tid: torsdag 13 juni 2024 kl. 10.00–15.00',
        'Plats: Viskadalens Folkhögskola',
        'Närvaro', 'Närvarande',
        'Västra Götalandsregionen – politiker: Åsa Påhittad (S)',
        'Anmält förhinder', 'Cilla Låtsas (V)',
        'Frånvarande', 'Bo Exempel (M)',
        'Ersättare', 'Dan Ersättarsson (M), ersättare för Bo Exempel',
        'Gäster', 'Greta Gäst (Påhittade förbundet)',
        'Beslut: Gruppen ställde sig bakom riktlinjen.',
        'Åtgärd', 'Ansvarig', 'Klart senast',
        'Skicka riktlinjen till alla undertecknare', '19 augusti 2024',
      ]));
      expect(lines.indexOf('Närvaro')).toBeLessThan(lines.indexOf(first!.title));
      expect(structure.problems).toEqual([]);
      // The other sections have nothing under them and are left out.
      expect(structure.headings.map((h) => h.level)).toEqual([0, 1, 2, 2, 2, 2, 2, 1]);
      expect(await headerText(docx)).toContain('UTKAST – anteckningarna är inte fastställda');
      const table = await JSZip.loadAsync(docx).then((zip) => zip.file('word/document.xml')!.async('string'));
      expect(table).toContain('<w:tblHeader/>');
    });
  });
});

describe('sections and decisions', () => {
  it('a decision stands at its section as "Beslut: …" in both forms, once; a section with nothing under it is left out of Word and PDF', async () => {
    await withBackend(async (backend, saveTo) => {
      const { minutes } = await meetingWithMinutes(backend, '2024-06-13');
      const [withText, empty, onlyDecision, blank, last] = sectionsOf(minutes.body);
      const body: RichDoc = {
        type: 'doc',
        content: [
          heading(withText!.sectionId, withText!.title), paragraph('Riktlinjen presenterades och diskuterades.'),
          heading(empty!.sectionId, empty!.title),
          heading(onlyDecision!.sectionId, onlyDecision!.title),
          heading(blank!.sectionId, blank!.title), paragraph('   '), { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
          heading(last!.sectionId, last!.title),
        ],
      };
      const decision = (sectionId: string, text: string) => ({ id: crypto.randomUUID(), sectionId, text, focusAreaIds: [] });
      await value(backend.invoke('saveMinutesContent', {
        id: minutes.id,
        content: contentOf(minutes, {
          body,
          decisions: [decision(withText!.sectionId, 'Gruppen ställde sig bakom riktlinjen.'), decision(onlyDecision!.sectionId, 'Mötet i oktober hålls digitalt.')],
          actions: [{ id: crypto.randomUUID(), sectionId: last!.sectionId, what: 'Boka lokal', responsibleMemberId: null, responsibleText: 'Kansliet', due: '', status: 'open', focusAreaIds: [] }],
        }),
      }));
      const expected = [
        withText!.title, 'Riktlinjen presenterades och diskuterades.', 'Beslut: Gruppen ställde sig bakom riktlinjen.',
        onlyDecision!.title, 'Beslut: Mötet i oktober hålls digitalt.',
      ];
      const leftOut = [empty!.title, blank!.title, last!.title];

      const brief = await exportDocx(backend, saveTo, minutes, 'Kortfattade anteckningar med beslut.docx');
      const briefLines = readerLines(brief.text);
      expect(briefLines.slice(briefLines.indexOf(withText!.title))).toEqual(expected);
      expect(brief.structure.problems).toEqual([]);

      const pdf = saveTo('Kortfattade anteckningar med beslut.pdf');
      await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'pdf' }));
      /** The printed text with its line breaks and layout spaces as single spaces (long headings wrap). */
      const printed = async () => (await pdfText(pdf)).replace(/\s+/g, ' ');
      const briefPrint = await printed();
      for (const line of expected) expect(briefPrint).toContain(line);
      for (const title of leftOut) expect(briefPrint).not.toContain(title);
      expect(briefPrint.split('Beslut: Gruppen ställde sig bakom riktlinjen.')).toHaveLength(2);

      // The full form adds the action item, so the last section is no longer empty.
      const current = await value<Minutes>(backend.invoke('getMinutes', { id: minutes.id }));
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(current, { form: 'full' }) }));
      await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'pdf' }));
      const fullPrint = await printed();
      for (const line of [...expected, last!.title, 'Boka lokal']) expect(fullPrint).toContain(line);
      for (const title of [empty!.title, blank!.title]) expect(fullPrint).not.toContain(title);
      expect(fullPrint.split('Beslut: Gruppen ställde sig bakom riktlinjen.')).toHaveLength(2);
    });
  }, 120_000);
});

describe('attendance nobody marked', () => {
  it('is not in the full minutes: an unmarked meeting lists nobody absent, and a marked one only those marked', async () => {
    await withBackend(async (backend, saveTo) => {
      for (const name of ['Åsa Påhittad', 'Bo Exempel', 'Cilla Låtsas']) {
        await value(backend.invoke('saveMember', { id: null, member: memberInput({ name, email: `${name.length}@exempel.se` }) }));
      }
      const { meeting, minutes } = await meetingWithMinutes(backend, '2024-06-13', 'full');
      const exported = async (name: string) => {
        const path = saveTo(name);
        await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'docx' }));
        return path;
      };
      const unmarkedFile = await exported('Fullständiga anteckningar utan närvaro.docx');
      const asa = (await value<Member[]>(backend.invoke('listMembers', undefined))).find((m) => m.name === 'Åsa Påhittad')!;
      await value(backend.invoke('saveAttendance', { meetingId: meeting.id, attendance: [{ memberId: asa.id, state: 'present', substituteForId: null }], guests: [] }));
      // Both read back in one LibreOffice run.
      const [unmarked, marked] = await Promise.all([readExportedDocx(unmarkedFile), readExportedDocx(await exported('Fullständiga anteckningar med närvaro.docx'))]);

      for (const text of ['Närvaro', 'Frånvarande', 'Åsa Påhittad', 'Bo Exempel', 'Cilla Låtsas']) expect(unmarked.text).not.toContain(text);
      expect(readerLines(marked.text)).toEqual(expect.arrayContaining(['Närvaro', 'Närvarande']));
      expect(marked.text).toContain('Åsa Påhittad');
      for (const text of ['Frånvarande', 'Bo Exempel', 'Cilla Låtsas']) expect(marked.text).not.toContain(text);
    });
  }, 120_000);
});

describe('a draft', () => {
  const mark = sv.minutes.documents.draftNotice;
  const discussed = 'Gruppen diskuterade samverkan mellan det civila samhället och regionen och enades om att fortsätta arbetet under hösten. ';

  /** The mark's line on a page: the words level with "UTKAST", or none. */
  const markLine = (page: PdfPage) => {
    const first = page.words.find((w) => w.text === 'UTKAST');
    return first ? page.words.filter((w) => Math.abs(w.top - first.top) < 1) : [];
  };

  it.each(['brief', 'full'] as const)('says UTKAST at the head of every page (%s form), above the text, in the PDF and in the Word header; fastställda say nothing', async (form) => {
    await withBackend(async (backend, saveTo) => {
      const { minutes } = await meetingWithMinutes(backend, '2024-06-13', form);
      const ids = sectionsOf(minutes.body).map((s) => s.sectionId);
      const body: RichDoc = {
        type: 'doc',
        content: ids.flatMap((id, i) => [heading(id, `Punkt ${i + 1}`), ...Array.from({ length: 12 }, (_, j) => paragraph(`${j + 1}. ${discussed.repeat(3)}`))]),
      };
      const actions: ActionItem[] = Array.from({ length: 25 }, (_, i) => ({
        id: crypto.randomUUID(), sectionId: ids[0]!, what: `Åtgärd ${i + 1}`, responsibleMemberId: null, responsibleText: 'Kansliet', due: '', status: 'open', focusAreaIds: [],
      }));
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body, actions }) }));
      const exported = async (format: 'docx' | 'pdf', name: string) => {
        const path = saveTo(`${name}.${format}`);
        await value(backend.invoke('exportMinutes', { id: minutes.id, format }));
        return path;
      };

      const draftPdf = await exported('pdf', `Utkast ${form}`);
      const pages = await pdfPages(draftPdf);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const page of pages) {
        expect(page.text.split(mark).length - 1).toBe(1);
        const line = markLine(page);
        expect(line.map((w) => w.text).join(' ')).toBe(mark);
        const lineBottom = Math.max(...line.map((w) => w.bottom));
        for (const word of page.words.filter((w) => !line.includes(w))) expect(word.top).toBeGreaterThan(lineBottom);
      }
      await pdfFirstPageToPng(draftPdf, join(ARTIFACTS_DIR, `anteckningar-utkast-${form}-utskrift-sida-1.png`));
      expect(await headerText(await readFile(await exported('docx', `Utkast ${form}`)))).toContain(mark);

      await value(backend.invoke('setMinutesStatus', { id: minutes.id, status: 'approved' }));
      for (const page of await pdfPages(await exported('pdf', `Fastställda ${form}`))) expect(page.text).not.toContain('UTKAST');
      expect(await headerText(await readFile(await exported('docx', `Fastställda ${form}`)))).not.toContain('UTKAST');
    });
  });
});

describe('hostile content', () => {
  it('control characters, emoji, right-to-left text, 5,000 words, 200 action items and a link with & still give a file LibreOffice opens', async () => {
    await withBackend(async (backend, saveTo) => {
      const { minutes } = await meetingWithMinutes(backend, '2024-06-13', 'full');
      const [first] = sectionsOf(minutes.body);
      const words = Array.from({ length: 5000 }, (_, i) => ['samverkan', 'förening', 'ö', '🙂', 'שלום'][i % 5]).join(' ');
      const body: RichDoc = {
        type: 'doc',
        content: [
          ...minutes.body.content.slice(0, 1),
          { type: 'paragraph', content: [{ type: 'text', text: `Start\u000Bmitt\u0001slut <script>alert(1)</script> <img src=x onerror=alert(1)>` }] },
          { type: 'paragraph', content: [{ type: 'text', text: words }] },
          { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Läs mer', marks: [{ type: 'link', attrs: { href: 'https://exempel.se/sök?a=1&b=två' } }] }] }] }] },
        ],
      };
      const actions: ActionItem[] = Array.from({ length: 200 }, (_, i) => ({
        id: crypto.randomUUID(), sectionId: first!.sectionId, what: `Åtgärd ${i + 1} 🙂 & <b>`, responsibleMemberId: null, responsibleText: 'Kansliet', due: '', status: 'open', focusAreaIds: [],
      }));
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body, actions }) }));
      const { text, structure } = await exportDocx(backend, saveTo, minutes, 'Fientliga anteckningar.docx');
      expect(text).toContain('Startmittslut <script>alert(1)</script>');
      expect(text).toContain('Åtgärd 200 🙂 & <b>');
      expect(text).toContain('Läs mer');
      expect(structure.problems).toEqual([]);
    });
  });
});

describe('the letterhead logo', () => {
  const logoFile = join(import.meta.dirname, '../fixtures/images/pahittad-logotyp.png');

  it('is chosen from a PNG file, drawn with its alt text in Word and in print, and refused in Swedish when not an image', async () => {
    await withBackend(async (backend, saveTo, dir, host) => {
      host.answers.openFile = join(dir, 'inte-en-bild.png');
      await writeFile(host.answers.openFile, 'Det här är text, ingen bild.');
      expect(await backend.invoke('chooseLetterheadLogo', undefined)).toMatchObject({ ok: false, error: { message: sv.settings.logoNotImage } });
      await writeFile(host.answers.openFile, Buffer.alloc(1_000_001, 1));
      expect(await backend.invoke('chooseLetterheadLogo', undefined)).toMatchObject({ ok: false, error: { message: sv.settings.logoTooLarge } });
      expect((await value<Settings>(backend.invoke('getSettings', undefined))).letterheadLogo).toBeNull();

      host.answers.openFile = logoFile;
      const settings = await value<Settings>(backend.invoke('chooseLetterheadLogo', undefined));
      expect(settings.letterheadLogo).toMatchObject({ type: 'png', width: 240, height: 80, altText: sv.settings.defaultLogoAlt });
      await value(backend.invoke('updateSettings', { letterheadLogo: { ...settings.letterheadLogo!, altText: 'Påhittade gruppens logotyp' } }));
      expect(await backend.invoke('updateSettings', { letterheadLogo: { ...settings.letterheadLogo!, altText: ' ' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

      const minutes = await referenceMinutes(backend);
      const { bytes, text, structure } = await exportDocx(backend, saveTo, minutes, 'Anteckningar med logotyp.docx');
      expect(structure.problems).toEqual([]);
      expect(readerLines(text)).toEqual(referenceText());
      const zip = await JSZip.loadAsync(bytes);
      expect(zip.file(/word\/media\/.+\.png$/)).toHaveLength(1);
      expect(await zip.file('word/document.xml')!.async('string')).toContain('descr="Påhittade gruppens logotyp"');

      const pdf = saveTo('Anteckningar med logotyp.pdf');
      await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'pdf' }));
      await pdfFirstPageToPng(pdf, join(ARTIFACTS_DIR, 'anteckningar-med-logotyp-utskrift-sida-1.png'));
      expect(await pdfImageCount(pdf)).toBe(1);
    });
  });
});

describe('the export folder', () => {
  it('is proposed again next time, also after a restart', async () => {
    await withBackend(async (backend, _saveTo, dir, host) => {
      const minutes = await referenceMinutes(backend);
      const elsewhere = join(dir, 'annan mapp');
      await mkdir(elsewhere);
      host.answers.savePath = join(elsewhere, 'Anteckningar.docx');
      await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'docx' }));

      const restartedHost = createRecordingHost();
      const restarted = await createBackend({ dataDir: join(dir, 'data'), userDataDir: dir, documentsDir: dir, appVersion: '1', host: restartedHost });
      expect(await value(restarted.invoke('exportMinutes', { id: minutes.id, format: 'docx' }))).toBeNull();
      expect(restartedHost.proposed).toEqual([join(elsewhere, 'Kortfattade anteckningar RÖS 2021-04-28.docx')]);
    });
  });
});
