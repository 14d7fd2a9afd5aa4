/**
 * Every document a test exports is held to the accessibility rules, whichever test exports it: each
 * answer of the backend that names a saved file (`{ path }`) is read back, and its findings returned —
 * a .docx by the Word checker (docxAccessibility.ts), a .pdf by the PDF checker (pdfAccessibility.ts),
 * the Word files in an archive (.zip) and those attached to an e-mail draft (.eml) by the Word checker.
 * Core tests (testBackend.ts) fail at the call; browser tests (backendClient.ts) read the file at the
 * call and check it in the background (the page waits for the answer), failing when the app closes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import type { Backend } from '../../electron/core/ipc/backend';
import { checkDocxAccessibility } from './docxAccessibility';
import { checkPdfAccessibility } from './pdfAccessibility';
import { withTempDir } from './tempDir';

/** A file an export saved, read at once: a later export may replace it, a test may remove it. */
export interface ExportedFile {
  path: string;
  bytes: Buffer;
}

async function docxFindings(name: string, docx: Uint8Array): Promise<string[]> {
  return (await checkDocxAccessibility(docx)).map((finding) => `${name}: ${finding.rule}: ${finding.message}`);
}

/** The findings of the rules in an exported file, by its kind; none for a kind without rules (.csv, .ics). */
export async function fileFindings({ path, bytes }: ExportedFile): Promise<string[]> {
  switch (extname(path).toLowerCase()) {
    case '.docx':
      return docxFindings(path, bytes);
    case '.pdf':
      return withTempDir(async (dir) => {
        const copy = join(dir, basename(path));
        await writeFile(copy, bytes);
        return (await checkPdfAccessibility(copy)).findings.map((finding) => `${path}: ${finding}`);
      });
    case '.zip': {
      const zip = await JSZip.loadAsync(bytes);
      const documents = zip.file(/\.docx$/);
      return (await Promise.all(documents.map(async (file) => docxFindings(`${path} → ${file.name}`, await file.async('uint8array'))))).flat();
    }
    case '.eml': {
      const mail = await simpleParser(bytes);
      const documents = mail.attachments.filter((attachment) => attachment.filename?.endsWith('.docx'));
      return (await Promise.all(documents.map((attachment) => docxFindings(`${path} → ${attachment.filename ?? ''}`, attachment.content)))).flat();
    }
    default:
      return [];
  }
}

/** The file an answer names (`{ path }` of a successful result), read; null for any other answer. */
export async function exportedFile(result: unknown): Promise<ExportedFile | null> {
  const value = (result as { ok?: boolean; value?: { path?: unknown } } | null)?.ok ? (result as { value?: { path?: unknown } }).value : undefined;
  const path = value && typeof value === 'object' ? value.path : undefined;
  return typeof path === 'string' ? { path, bytes: await readFile(path) } : null;
}

export function findingsMessage(findings: readonly string[]): string {
  return `Exporterade dokument bryter mot tillgänglighetsreglerna:\n${findings.join('\n')}`;
}

/** The backend, with every exported document checked at the call that saved it (a finding throws). */
export function checkingExports(backend: Backend): Backend {
  return {
    async invoke(channel, input) {
      const result = await backend.invoke(channel, input);
      const file = await exportedFile(result);
      const findings = file ? await fileFindings(file) : [];
      if (findings.length > 0) throw new Error(findingsMessage(findings));
      return result;
    },
  };
}
