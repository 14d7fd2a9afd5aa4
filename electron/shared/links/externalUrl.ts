/**
 * The guard in front of `shell.openExternal`: only well-formed https:, http: and mailto: URLs pass.
 * Anything else (javascript:, file:, custom protocols, garbage) is refused. A mailto link keeps only its
 * subject, body, cc and bcc (an `attach=` parameter makes some mail programs attach a local file), and a
 * web link to this computer or the local network (loopback, private and link-local addresses in any
 * form the URL parser accepts, localhost) is refused as `local`: a link in minutes must not reach a
 * router or a service on the secretary's own machine. `parseLinkSyntax` checks the shape alone, for
 * links already stored in minutes (a stored file stays readable; such a link just does not open).
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

export type ExternalUrlCheck = { ok: true; url: URL } | { ok: false; reason: 'invalid' | 'local' };

/** A well-formed https:, http: or mailto: URL (with an address), or null. */
export function parseLinkSyntax(value: unknown): URL | null {
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

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The mailto link with only subject, body, cc and bcc kept, or null if its recipients hide a query. */
function withMailFieldsOnly(url: URL): URL | null {
  const recipients = decoded(url.pathname);
  if (recipients === null || !recipients.includes('@') || /[?&\p{Cc}]/u.test(recipients)) return null;
  const kept = url.search.slice(1).split('&')
    .filter((pair) => MAILTO_FIELDS.has(decoded(pair.split('=')[0] ?? '')?.toLowerCase() ?? ''));
  const clean = new URL(`mailto:${url.pathname}`);
  if (kept.length > 0) clean.search = `?${kept.join('&')}`;
  return clean;
}

function isLocalIpv4([a = 0, b = 0]: readonly number[]): boolean {
  return a === 0 || a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** The eight 16-bit groups of a bracketed IPv6 host as the URL parser writes it (hex, `::` once at most). */
function ipv6Groups(host: string): number[] | null {
  if (!host.startsWith('[') || !host.endsWith(']')) return null;
  const halves = host.slice(1, -1).split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const all = halves.length === 2 ? [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail] : head;
  return all.length === 8 && all.every((group) => group >= 0 && group <= 0xffff) ? all : null;
}

function isLocalIpv6(groups: readonly number[]): boolean {
  const [first = 0, second = 0] = groups;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const embeddedIpv4 = () => isLocalIpv4([groups[6]! >> 8, groups[6]! & 0xff]);
  if (zeros(0, 7) && groups[7]! <= 1) return true; // :: and ::1
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80) return true; // fc00::/7, fe80::/10
  // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d and NAT64 64:ff9b::a.b.c.d: the IPv4 address decides.
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) return embeddedIpv4();
  if (first === 0x64 && second === 0xff9b && zeros(2, 6)) return embeddedIpv4();
  return false;
}

/** True for a host on this computer or the local network, as the URL parser has normalised it. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (ipv4) return isLocalIpv4(ipv4.slice(1).map(Number));
  const ipv6 = ipv6Groups(host);
  return ipv6 !== null && isLocalIpv6(ipv6);
}

export function checkExternalUrl(value: unknown): ExternalUrlCheck {
  const url = parseLinkSyntax(value);
  if (!url) return { ok: false, reason: 'invalid' };
  if (url.protocol === 'mailto:') {
    const mail = withMailFieldsOnly(url);
    return mail ? { ok: true, url: mail } : { ok: false, reason: 'invalid' };
  }
  return isLocalHost(url.hostname) ? { ok: false, reason: 'local' } : { ok: true, url };
}

/** The URL to hand to `shell.openExternal`, or null if it must not be opened. */
export function parseExternalUrl(value: unknown): URL | null {
  const checked = checkExternalUrl(value);
  return checked.ok ? checked.url : null;
}
