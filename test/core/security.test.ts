// The guards in front of Electron: which senders may call IPC, which requests the page may make, which
// URLs may leave the app.
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from '../../electron/core/security/appProtocol';
import { isAllowedRequest } from '../../electron/core/security/requestFilter';
import { isTrustedSenderUrl } from '../../electron/core/security/trustedSender';
import { parseExternalUrl } from '../../electron/shared/links/externalUrl';

describe('trusted IPC senders', () => {
  const packaged = APP_INDEX_URL;
  it('are the app page itself, on the app’s scheme (or the dev server under npm run dev)', () => {
    expect(packaged).toBe('ros://app/index.html');
    expect(isTrustedSenderUrl(packaged, packaged)).toBe(true);
    expect(isTrustedSenderUrl(`${packaged}#/installningar`, packaged)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });
  it('are not a file: page, another page, host or origin, or garbage', () => {
    for (const sender of ['file:///opt/ros/resources/app.asar/out/renderer/index.html', 'file:///tmp/evil.html', 'ros://app/assets/x.html',
      'ros://other/index.html', 'ros://u:p@app/index.html', 'https://example.org/', 'http://localhost:5173/', '']) {
      expect(isTrustedSenderUrl(sender, packaged), sender).toBe(false);
    }
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    const oldFileRenderer = 'file:///opt/ros/resources/app.asar/out/renderer/index.html';
    expect(isTrustedSenderUrl(oldFileRenderer, oldFileRenderer)).toBe(false);
  });
});

describe('requests the page may make', () => {
  const printing = new Set(['file:///tmp/ros-utskrift-Ab12Cd/utskrift.html']);
  it('are the app’s own files, the developer tools and the page being printed', () => {
    for (const url of ['ros://app/index.html', 'ros://app/assets/index-abc.js', 'devtools://devtools/bundled/inspector.html', ...printing]) {
      expect(isAllowedRequest(url, { printPages: printing }), url).toBe(true);
    }
  });
  it('are never any other file: URL, another host of the scheme, or the network', () => {
    for (const url of ['file:///etc/passwd', 'file:///tmp/ros-utskrift-Ab12Cd/other.html', 'file:///opt/ros/resources/app.asar/out/renderer/index.html',
      'ros://other/x.js', 'ros://u:p@app/index.html', 'https://www.vgregion.se/', 'http://127.0.0.1:5173/', 'ws://localhost:5173/',
      'chrome://settings', 'javascript:alert(1)', 'not a url']) {
      expect(isAllowedRequest(url, { printPages: printing }), url).toBe(false);
    }
    expect(isAllowedRequest('file:///tmp/ros-utskrift-Ab12Cd/utskrift.html')).toBe(false);
  });
  it('under npm run dev also reach the dev server and its hot-reload socket, nothing else', () => {
    const dev = { devServerUrl: 'http://localhost:5173' };
    for (const url of ['http://localhost:5173/', 'http://localhost:5173/@vite/client', 'ws://localhost:5173/?token=x', 'ros://app/index.html']) {
      expect(isAllowedRequest(url, dev), url).toBe(true);
    }
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', 'https://localhost:5173/', 'wss://localhost:5173/', 'file:///etc/passwd']) {
      expect(isAllowedRequest(url, dev), url).toBe(false);
    }
    expect(isAllowedRequest('http://localhost:5173/', { devServerUrl: 'file:///x' })).toBe(false);
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
