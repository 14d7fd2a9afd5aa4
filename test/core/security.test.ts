// The guards in front of Electron: which senders may call IPC, which requests the page may make, which
// URLs may leave the app.
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from '../../electron/core/security/appProtocol';
import { isAllowedRequest } from '../../electron/core/security/requestFilter';
import { isTrustedSenderUrl } from '../../electron/core/security/trustedSender';
import { checkExternalUrl, parseExternalUrl, parseLinkSyntax } from '../../electron/shared/links/externalUrl';

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
  it('keep only subject, body, cc and bcc of a mailto link, whatever their case', () => {
    const mail = 'mailto:sekreterare@example.org?subject=M%C3%B6te%2028%20april&attach=/etc/passwd&Body=Hej%20d%C3%A5&ATTACHMENT=C:%5Cx'
      + '&cc=a@example.org&Attach=~/.ssh/id_rsa&bcc=b@example.org&%61ttach=x&x-attach=y&to=c@example.org#frag';
    expect(parseExternalUrl(mail)?.href).toBe(
      'mailto:sekreterare@example.org?subject=M%C3%B6te%2028%20april&Body=Hej%20d%C3%A5&cc=a@example.org&bcc=b@example.org');
    expect(parseExternalUrl('mailto:sekreterare@example.org?attach=/etc/passwd')?.href).toBe('mailto:sekreterare@example.org');
    expect(parseExternalUrl('mailto:a@example.org,b@example.org')?.href).toBe('mailto:a@example.org,b@example.org');
    // Recipients that hide a query of their own once decoded are refused.
    expect(parseExternalUrl('mailto:a@example.org%3Fattach=/etc/passwd')).toBeNull();
    expect(parseExternalUrl('mailto:a@example.org%26attach=/etc/passwd')).toBeNull();
  });

  it('refuse web links to this computer or the local network, in every spelling the URL parser accepts', () => {
    for (const local of [
      'http://localhost/', 'http://LOCALHOST:8080/x', 'http://localhost./', 'https://app.localhost/', 'http://127.0.0.1/', 'http://127.255.0.9:3000/',
      'http://2130706433/', 'http://0x7f.1/', 'http://0177.0.0.1/', 'http://127.1/', 'http://0/', 'http://0.0.0.0:5180/',
      'http://10.1.2.3/', 'http://172.16.0.1/', 'http://172.31.255.255/', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data',
      'http://[::1]/', 'http://[::]/', 'http://[0:0:0:0:0:0:0:1]/', 'http://[fc00::1]/', 'http://[fdab:1234::5]/', 'http://[fe80::1]/', 'http://[FEBF::1]/',
      'http://[::ffff:127.0.0.1]/', 'http://[::ffff:c0a8:101]/', 'http://[::ffff:10.0.0.1]/', 'http://[::127.0.0.1]/', 'http://[64:ff9b::192.168.0.1]/',
    ]) {
      expect(checkExternalUrl(local), local).toEqual({ ok: false, reason: 'local' });
      expect(parseLinkSyntax(local), local).not.toBeNull();
    }
  });

  it('open web links to public addresses, including neighbours of the private ranges', () => {
    for (const open of ['https://www.vgregion.se/', 'http://172.15.0.1/', 'http://172.32.0.1/', 'http://192.169.0.1/', 'http://11.0.0.1/',
      'http://169.255.0.1/', 'http://[2001:db8::1]/', 'http://[::ffff:8.8.8.8]/', 'http://[fec0::1]/', 'https://localhost.example.org/', 'https://mylocalhost/']) {
      expect(checkExternalUrl(open).ok, open).toBe(true);
    }
  });
});
