/**
 * The guard in front of `shell.openExternal`: only well-formed https:, http: and mailto: URLs pass.
 * Anything else (javascript:, file:, custom protocols, garbage) is refused.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

export function parseExternalUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.pathname.includes('@') ? url : null;
  if (!url.hostname || url.username || url.password) return null;
  return url;
}
