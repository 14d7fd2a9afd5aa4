/**
 * Link text a reader can follow out of context. A screen reader lists a document's links on their own,
 * and Word's accessibility checker flags unclear link text: "länk" or "här" says nothing of where it
 * leads. The secretary's words are kept and the place is added in brackets — the address's host for a
 * web link, the address for e-mail: "Anmälan via denna länk (vgregion.se) senast den 19 maj."
 * Any other text is left as it was typed. Used by the layout both the Word export and the print page draw,
 * and undone by the import from Word, so the app's own export imports back as it was written.
 */
import { sv } from '../../shared/i18n/sv';

/** Link texts that do not say where the link leads (compared in lower case, without punctuation). */
const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  'här', 'klicka här', 'tryck här', 'se här', 'läs här', 'läs mer', 'mer', 'mer info', 'mer information', 'läs mer här',
  'länk', 'länken', 'denna länk', 'den här länken', 'följande länk', 'länk här', 'webbsida', 'webbsidan', 'hemsida', 'hemsidan',
  'sida', 'sidan', 'anmälan', 'anmäl dig', 'anmäl dig här', 'click here', 'here', 'link', 'more', 'read more',
]);

export function isVagueLinkText(text: string): boolean {
  const words = text.toLocaleLowerCase('sv-SE').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  return words === '' || VAGUE_LINK_TEXTS.has(words);
}

/** Where a link leads, in a few words: "vgregion.se" for https://www.vgregion.se/…, the address of a mailto link. */
function linkPlace(href: string): string {
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return decodeURIComponent(url.pathname);
    return url.hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

/** A link's text (or its last part, when marks split it) with its place added: "länk (vgregion.se)". */
export function withLinkPlace(text: string, href: string): string {
  return sv.accessibleDocuments.linkTextWithPlace(text.trimEnd(), linkPlace(href));
}

/** The text of an exported link as the secretary wrote it: "länk" for "länk (vgregion.se)"; any other text as it is. */
export function withoutLinkPlace(text: string, href: string): string {
  const suffix = withLinkPlace('', href);
  if (!text.endsWith(suffix)) return text;
  const written = text.slice(0, -suffix.length);
  return isVagueLinkText(written) && written.trim() !== '' ? written : text;
}
