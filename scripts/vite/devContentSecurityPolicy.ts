/**
 * `npm run dev` only: renderer/index.html's Content-Security-Policy lets through the script and style
 * tags Vite's dev server writes (the React Refresh preamble, each module's CSS, the error overlay) by a
 * nonce made at every start of the server, and nothing else; Vite puts the nonce on its tags itself
 * (`html.cspNonce`). The production build never runs this plugin and keeps the page's strict policy.
 */
import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** The policy with `'nonce-…'` added to script-src and style-src; every other directive as it was. */
export function withNonce(policy: string, nonce: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => (/^(script-src|style-src)\s/.test(directive) ? `${directive} 'nonce-${nonce}'` : directive))
    .join('; ');
}

export function devContentSecurityPolicy(): Plugin {
  const nonce = randomBytes(18).toString('base64url');
  return {
    name: 'ros:dev-content-security-policy',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!CSP_META.test(html)) throw new Error('renderer/index.html har ingen Content-Security-Policy att lätta på under utveckling.');
        return html.replace(CSP_META, (_all, start: string, policy: string, end: string) => `${start}${withNonce(policy, nonce)}${end}`);
      },
    },
  };
}
