/**
 * Runs Electronegativity (Doyensec's Electron security scanner) on the app's own sources and fails on
 * any HIGH or MEDIUM finding. The scanner exits 0 whatever it finds, so its CSV report is read here.
 * Only "review the use of …" notices may be accepted, each named below with the reason it is safe.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  sample: string;
}

/** Review notices we have read and answered: check id and file → why it is safe. */
const reviewed: Record<string, string> = {
  'PRELOAD_JS_CHECK electron/main.ts':
    'The preload exposes only the IPC contract methods through contextBridge; the window is sandboxed.',
  'OPEN_EXTERNAL_JS_CHECK electron/main.ts':
    'The host only receives URLs that passed parseExternalUrl (https, http, mailto).',
  'OPEN_EXTERNAL_JS_CHECK electron/core/ipc/handlers.ts':
    'The URL is validated by parseExternalUrl right before this call.',
};

const scanDir = mkdtempSync(join(tmpdir(), 'ros-electronegativity-'));
try {
  cpSync('electron', join(scanDir, 'electron'), { recursive: true });
  cpSync('renderer', join(scanDir, 'renderer'), { recursive: true });
  const report = join(scanDir, 'report.csv');
  const version = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version as string;
  execFileSync('npx', ['electronegativity', '-i', scanDir, '-r', '-e', version, '-o', report], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const rows = Papa.parse<Record<string, string>>(readFileSync(report, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
  }).data;
  const findings: Finding[] = rows.map((row) => ({
    issue: row.issue ?? '',
    severity: row.severity ?? '',
    confidence: row.confidence ?? '',
    filename: row.filename ?? '',
    location: row.location ?? '',
    sample: row.sample ?? '',
  }));
  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  const open = serious.filter((f) => !reviewed[`${f.issue} ${f.filename}`]);
  for (const f of serious) {
    const note = reviewed[`${f.issue} ${f.filename}`];
    console.log(`${note ? 'granskad' : 'FEL     '} ${f.severity.padEnd(6)} ${f.issue} ${f.filename}:${f.location}${note ? ` — ${note}` : ''}`);
  }
  console.log(`Electronegativity: ${findings.length} fynd, ${serious.length} HIGH/MEDIUM, ${open.length} ogranskade.`);
  if (open.length > 0) process.exitCode = 1;
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}
