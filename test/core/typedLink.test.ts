// A typed word becomes a link only when it is a web address (http://, https://, www.) or an e-mail
// address that the app's link check accepts.
import { describe, expect, it } from 'vitest';
import { typedLinkHref } from '../../electron/shared/links/typedLink';

describe('a typed word as a link', () => {
  it('makes web and e-mail addresses links', () => {
    expect(typedLinkHref('https://www.vgregion.se/halsa')).toBe('https://www.vgregion.se/halsa');
    expect(typedLinkHref('http://example.se')).toBe('http://example.se/');
    expect(typedLinkHref('www.vgregion.se')).toBe('https://www.vgregion.se/');
    expect(typedLinkHref('sekreterare@example.se')).toBe('mailto:sekreterare@example.se');
    expect(typedLinkHref('mailto:sekreterare@example.se?attach=/etc/passwd')).toBe('mailto:sekreterare@example.se');
  });

  it('leaves other words, other protocols and local addresses as text', () => {
    for (const word of ['vgregion.se', 'IOP', 'ftp://example.se', 'javascript:alert(1)', 'file:///etc/passwd', 'http://localhost:8080', 'http://192.168.1.1/admin', 'www.', 'www.vgregion', '@example.se', 'a@b']) {
      expect(typedLinkHref(word), word).toBeNull();
    }
  });
});
