/**
 * What a word typed (or pasted) in the minutes becomes as a link, as Word does it: a web address that
 * starts with http://, https:// or www., or an e-mail address (also written mailto:…). It must pass the
 * app's own link check (externalUrl.ts): no other protocol, nothing on this computer or the local
 * network. Anything else — a bare "vgregion.se" included — stays text.
 */
import { checkExternalUrl } from './externalUrl';

const EMAIL = /^[^\s@/:?#]+@[^\s@/:?#]+\.[^\s@/:?#]+$/u;

/** The link's address for `text`, or null when it does not become a link. */
export function typedLinkHref(text: string): string | null {
  const word = text.trim();
  const candidate = /^(https?:\/\/|mailto:)/iu.test(word) ? word : /^www\.[^./\s]+\./iu.test(word) ? `https://${word}` : EMAIL.test(word) ? `mailto:${word}` : null;
  if (candidate === null) return null;
  const checked = checkExternalUrl(candidate);
  return checked.ok ? checked.url.href : null;
}
