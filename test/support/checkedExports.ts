/**
 * Every document a test exports is held to the accessibility rules, whichever test exports it: each
 * answer of the backend that names a saved file (`{ path }`) is read back, and its findings returned —
 * a .docx by the Word checker (docxAccessibility.ts), a .pdf by the PDF checker (pdfAccessibility.ts),
 * the Word files in an archive (.zip) and those attached to an e-mail draft (.eml) by the Word checker.
 * Core tests (testBackend.ts) fail at the call; browser tests (backendClient.ts) when the app closes.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import type { Backend } from '../../electron/core/ipc/backend';
import { checkDocxAccessibility } from './docxAccessibility';
import { checkPdfAccessibility } from './pdfAccessibility';

async function docxFindings(name: string, docx: Uint8Array): Promise<string[]> {
  return (await checkDocxAccessibility(docx)).map((finding) => `${name}: ${finding.rule}: ${finding.message}`);
}

async function fileFindings(path: string): Promise<string[]> {
  switch (extname(path).toLowerCase()) {
    case '.docx':
      return docxFindings(path, await readFile(path));
    case '.pdf':
      return (await checkPdfAccessibility(path)).findings.map((finding) => `${path}: ${finding}`);
    case '.zip': {
      const zip = await JSZip.loadAsync(await readFile(path));
      const documents = zip.file(/\.docx$/);
      return (await Promise.all(documents.map(async (file) => docxFindings(`${path} → ${file.name}`, await file.async('uint8array'))))).flat();
    }
    case '.eml': {
      const mail = await simpleParser(await readFile(path));
      const documents = mail.attachments.filter((attachment) => attachment.filename?.endsWith('.docx'));
      return (await Promise.all(documents.map((attachment) => docxFindings(`${path} → ${attachment.filename ?? ''}`, attachment.content)))).flat();
    }
    default:
      return [];
  }
}

/** The findings in the file an answer names, if it names one; none for any other answer. */
export function exportFindings(result: unknown): Promise<string[]> {
  const value = (result as { ok?: boolean; value?: { path?: unknown } } | null)?.ok ? (result as { value?: { path?: unknown } }).value : undefined;
  const path = value && typeof value === 'object' ? value.path : undefined;
  return typeof path === 'string' ? fileFindings(path) : Promise.resolve([]);
}

export function findingsMessage(findings: readonly string[]): string {
  return `Exporterade dokument bryter mot tillgänglighetsreglerna:\n${findings.join('\n')}`;
}

/** The backend, with every exported document checked at the call that saved it (a finding throws). */
export function checkingExports(backend: Backend): Backend {
  return {
    async invoke(channel, input) {
      const result = await backend.invoke(channel, input);
      const findings = await exportFindings(result);
      if (findings.length > 0) throw new Error(findingsMessage(findings));
      return result;
    },
  };
}
