// The app's own scheme on a real folder: the built page's files come back with their types, and no
// request reaches a file outside the folder, however it is spelt.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appFileResponse, resolveAppFile } from '../../electron/core/security/appProtocol';

let root: string;
let rendererDir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ros-protocol-'));
  rendererDir = join(root, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>RÖS</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(rendererDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(rendererDir, 'assets', 'notes.txt'), 'not a file the build makes');
  writeFileSync(join(root, 'secret.js'), 'the user’s data');
  mkdirSync(join(root, 'out', 'renderer-old'));
  writeFileSync(join(root, 'out', 'renderer-old', 'x.js'), 'a sibling folder with the same prefix');
  symlinkSync(join(root, 'secret.js'), join(rendererDir, 'assets', 'link.js'));
});

describe('the app scheme', () => {
  it('serves the page and its assets with their MIME types', async () => {
    const page = await appFileResponse(APP_INDEX_URL, rendererDir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>RÖS</title>');
    expect(resolveAppFile('ros://app/', rendererDir)?.path).toBe(join(rendererDir, 'index.html'));
    const script = await appFileResponse('ros://app/assets/index-abc.js?v=1#x', rendererDir);
    expect([script.status, script.headers.get('content-type'), await script.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'export {};']);
    const font = await appFileResponse('ros://app/assets/font.woff2', rendererDir);
    expect([font.headers.get('content-type'), new Uint8Array(await font.arrayBuffer()).length]).toEqual(['font/woff2', 4]);
  });

  it('refuses traversal, encoded separators, other hosts and other schemes', () => {
    for (const url of [
      'ros://app/..%2fsecret.js', 'ros://app/assets/..%2F..%2F..%2Fsecret.js', 'ros://app/%2e%2e%2fsecret.js',
      'ros://app/assets%5c..%5c..%5csecret.js', 'ros://app/..%5csecret.js', 'ros://app//etc/passwd.js',
      'ros://app/%00.js', 'ros://app/C:%5cWindows%5cx.js', 'ros://app/%E0%A4%A.js', 'ros://other/index.html', 'ros://APP/index.html',
      'ros://user:pw@app/index.html', 'ros:app/index.html', 'file:///etc/passwd', 'https://app/index.html', 'not a url',
    ]) {
      expect(resolveAppFile(url, rendererDir), url).toBeNull();
    }
    // The URL parser removes dot segments before the file is looked for: they stay inside the folder.
    expect(resolveAppFile('ros://app/../../secret.js', rendererDir)?.path).toBe(join(rendererDir, 'secret.js'));
    expect(resolveAppFile('ros://app/assets/%2e%2e/%2e%2e/index.html', rendererDir)?.path).toBe(join(rendererDir, 'index.html'));
  });

  it('answers 404 for a missing file, a type the build does not make, a folder and a symlink out of the folder', async () => {
    for (const url of ['ros://app/missing.js', 'ros://app/assets/notes.txt', 'ros://app/assets', 'ros://app/assets/link.js', 'ros://app/..%2frenderer-old%2fx.js']) {
      expect((await appFileResponse(url, rendererDir)).status, url).toBe(404);
    }
  });
});
