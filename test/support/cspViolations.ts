/**
 * Collects every `securitypolicyviolation` event of a browser context's pages (across reloads, through
 * a binding that outlives each document), so a browser test can fail on any Content-Security-Policy
 * violation: something the app's page tried to load or run and the policy blocked.
 */
import type { BrowserContext } from '@playwright/test';

export interface CspWatch {
  /** "style-src-elem inline", "connect-src ws://…": the directive and what it blocked, in order. */
  readonly violations: string[];
  /** Throws with every violation seen, if any. */
  assertNone(): void;
}

export async function watchCspViolations(context: BrowserContext): Promise<CspWatch> {
  const violations: string[] = [];
  await context.exposeBinding('__rosCspViolation', (_source, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    const report = (window as unknown as { __rosCspViolation(text: string): void }).__rosCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.effectiveDirective} ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
  });
  return {
    violations,
    assertNone: () => {
      if (violations.length > 0) throw new Error(`Content-Security-Policy-överträdelser:\n${violations.join('\n')}`);
    },
  };
}
