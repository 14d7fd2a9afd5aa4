// Word and PDF from the real app: the minutes exported through Arkiv → Exportera till Word and the
// editor's Spara som PDF, each save dialog (shown by main) answered from the test; the .docx is a Word
// package whose document holds the typed text, and the PDF is a PDF printed by Electron, tagged, with a
// title, Swedish as its language and an outline of its headings (read with poppler, as the core tests
// read the PDFs they make).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { sv } from '../../electron/shared/i18n/sv';
import { checkPdfAccessibility } from '../support/pdfAccessibility';
import { answerSaveDialog, chooseMenuItem, createMeetingAndMinutes, expect, expectFirstScreen, test, typeInFirstSection } from './app';

const t = sv.minutes.ui;
const sentence = 'Gruppen gick igenom årets dialogmöten och överenskommelsens uppföljning';

test('the minutes are exported to Word from the menu and to PDF from the editor', async ({ desktop }) => {
  const folders = desktop.folders();
  const app = await desktop.launch(folders);
  await expectFirstScreen(app.window);
  const editor = await createMeetingAndMinutes(app.window);
  await typeInFirstSection(app.window, sentence);
  await expect(editor).toContainText(sentence);

  const wordFile = join(folders.root, 'Kortfattade anteckningar.docx');
  await answerSaveDialog(app, wordFile);
  await chooseMenuItem(app, [sv.menu.file, sv.menu.exportWord]);
  await expect(app.window.getByText(sv.exports.saved(wordFile))).toBeVisible();
  const docx = readFileSync(wordFile);
  expect(docx.subarray(0, 2).toString('latin1'), 'a zip file').toBe('PK');
  const documentXml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
  expect(documentXml, 'word/document.xml in the package').toBeDefined();
  // Word may split a paragraph's text into runs: the text is what is left without the markup.
  expect(documentXml!.replace(/<[^>]+>/g, '')).toContain(sentence);

  const pdfFile = join(folders.root, 'Kortfattade anteckningar.pdf');
  await answerSaveDialog(app, pdfFile);
  await app.window.getByRole('button', { name: t.exportPdf }).click();
  await expect(app.window.getByText(sv.exports.saved(pdfFile))).toBeVisible();
  expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Electron's printToPDF tags the PDF and writes its outline only with the options main passes.
  expect((await checkPdfAccessibility(pdfFile)).findings).toEqual([]);
});
