// The guards in front of Electron: which senders may call IPC, which URLs may leave the app.
import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl } from '../../electron/core/security/trustedSender';
import { parseExternalUrl } from '../../electron/shared/links/externalUrl';

describe('trusted IPC senders', () => {
  const packaged = 'file:///opt/ros/resources/app.asar/out/renderer/index.html';
  it('are the app page itself', () => {
    expect(isTrustedSenderUrl(packaged, packaged)).toBe(true);
    expect(isTrustedSenderUrl(`${packaged}#/installningar`, packaged)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });
  it('are not another file, another origin or garbage', () => {
    expect(isTrustedSenderUrl('file:///tmp/evil.html', packaged)).toBe(false);
    expect(isTrustedSenderUrl('https://example.org/', packaged)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isTrustedSenderUrl('', packaged)).toBe(false);
  });
});

describe('external links', () => {
  it('accept https, http and mailto', () => {
    expect(parseExternalUrl('https://www.vgregion.se/a?b=c&d=å')?.protocol).toBe('https:');
    expect(parseExternalUrl('http://example.org')?.protocol).toBe('http:');
    expect(parseExternalUrl('mailto:namn@example.org')?.protocol).toBe('mailto:');
  });
  it('refuse everything else', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc', 'https://user:pw@example.org', 42, null, 'x'.repeat(3000)]) {
      expect(parseExternalUrl(bad)).toBeNull();
    }
  });
});
