// The real-Electron tests cannot run on these machines (Electron's binary cannot be downloaded here), so
// this checks that they exist and that GitHub runs them: the workflow runs `npm run test:electron` after
// `npm ci` and the build on Windows, macOS and Linux (Linux under xvfb), with poppler to read the
// exported PDF, and keeps the results of a failure; the script uses the Electron config, whose folder
// holds the specs; and neither `npm test`, the browser suite nor Vitest picks them up here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import electronConfig from '../../playwright.electron.config';
import browserConfig from '../../playwright.config';
import vitestConfig from '../../vitest.config';

const root = join(import.meta.dirname, '../..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;

interface Step { name?: string; if?: string; run?: string; uses?: string; with?: Record<string, string> }
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; strategy: { matrix: { os: string[] } }; steps: Step[] }>;
}
const workflow = load(readFileSync(join(root, '.github/workflows/electron.yml'), 'utf8')) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job?.steps ?? [];

/** The steps that run on an OS: those without a condition, or whose condition names that OS. */
function runsOn(os: 'Linux' | 'Windows' | 'macOS'): string[] {
  return steps
    .filter((step) => step.run && (!step.if || step.if === `runner.os == '${os}'` || (step.if === "runner.os != 'Linux'" && os !== 'Linux')))
    .map((step) => step.run!);
}

describe('the real-Electron tests on GitHub Actions', () => {
  it('run on every push and pull request, on Windows, macOS and Linux', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
    expect(job?.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
  });

  it('install (with Electron), build, install poppler, then run the tests, on Linux under xvfb', () => {
    expect(runsOn('Windows')).toEqual(['npm ci', 'npm run build', 'choco install poppler -y --no-progress', 'npm run test:electron']);
    expect(runsOn('macOS')).toEqual(['npm ci', 'npm run build', 'brew install poppler', 'npm run test:electron']);
    const linux = runsOn('Linux');
    expect(linux.slice(0, 2)).toEqual(['npm ci', 'npm run build']);
    expect(linux).toContain('sudo apt-get update && sudo apt-get install -y xvfb poppler-utils');
    expect(linux.at(-1)).toBe('xvfb-run -a npm run test:electron');
  });

  it('keep test-results of a failed run', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.if).toBe('failure()');
    expect(upload?.with?.path).toBe('test-results/');
  });
});

describe('the real-Electron test suite', () => {
  it('is what `npm run test:electron` runs: one app at a time, no retry, specs in its folder', () => {
    expect(scripts['test:electron']).toBe('playwright test --config playwright.electron.config.ts');
    expect(electronConfig).toMatchObject({ testDir: 'test/electron', workers: 1, retries: 0 });
    const specs = readdirSync(join(root, electronConfig.testDir!)).filter((name) => name.endsWith('.spec.ts')).sort();
    expect(specs).toEqual(['export.spec.ts', 'quit.spec.ts', 'security.spec.ts', 'window.spec.ts']);
    expect(readFileSync(join(root, 'test/electron/app.ts'), 'utf8')).toContain('_electron.launch(');
    expect(existsSync(join(root, '.github/workflows/electron.yml'))).toBe(true);
  });

  it('is not part of `npm test`, the browser suite or Vitest, which run here without Electron', () => {
    expect(scripts.test).not.toContain('test:electron');
    expect(browserConfig.testDir).toBe('test/e2e');
    expect(vitestConfig.test?.include).toEqual(['test/core/**/*.test.ts']);
  });
});
