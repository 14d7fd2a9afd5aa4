// The renderer's policy under `npm run dev`: Vite's own tags get a nonce, nothing else is eased, and the
// production build never sees the plugin (the browser test csp.spec.ts shows both in Chromium).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devContentSecurityPolicy, withNonce } from '../../scripts/vite/devContentSecurityPolicy';

const page = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
const policyOf = (html: string) => /content="([^"]*default-src[^"]*)"/.exec(html)?.[1] ?? '';

describe('the renderer’s Content-Security-Policy under npm run dev', () => {
  it('adds the nonce to script-src and style-src only', () => {
    const eased = withNonce(policyOf(page), 'abc');
    expect(eased).toContain("script-src 'self' 'nonce-abc'");
    expect(eased).toContain("style-src 'self' 'nonce-abc'");
    expect(eased).not.toContain('unsafe');
    expect(eased.replaceAll(" 'nonce-abc'", '')).toBe(policyOf(page).replace(/\s+/g, ' '));
  });

  it('is applied by the dev server only, with the nonce Vite puts on its tags', () => {
    const plugin = devContentSecurityPolicy();
    expect(plugin.apply).toBe('serve');
    const nonce = (plugin.config as () => { html: { cspNonce: string } })().html.cspNonce;
    expect(nonce).toMatch(/^[\w-]{24}$/);
    const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
    expect(policyOf(transform.handler(page))).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(() => transform.handler('<html></html>')).toThrow();
  });

  it('stays strict in the production page: no inline script or style, no eval', () => {
    expect(policyOf(page)).toMatch(/script-src 'self';/);
    expect(policyOf(page)).toMatch(/style-src 'self';/);
  });
});
