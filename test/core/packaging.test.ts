// The installers' configuration, checked here because packaging itself cannot run on these machines:
// electron-builder.yml is valid against electron-builder's own schema (shipped in app-builder-lib),
// every path it names exists, the icons are what each platform needs, and the app's entry is packaged,
// with no node_modules beside it (electron-builder's own collector asked what it would copy); the
// Swedish dictionary and Hunspell's WebAssembly are in the built files it packages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import picomatch from 'picomatch';
import { imageSize } from 'image-size';
import { TmpDir } from 'builder-util';
import { getCollectorByPackageManager, PM } from 'app-builder-lib/out/node-module-collector/index.js';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
interface BuilderConfig {
  productName: string;
  asar: boolean;
  electronFuses: Record<string, boolean>;
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  directories: { buildResources: string };
  win: { icon: string; target: string[] };
  nsis: Record<string, unknown>;
  mac: { icon: string; target: string };
  linux: { icon: string; target: string[] };
}
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s configuration schema, which refuses a misspelt key', () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, winn: { target: 'nsis' } })).toBe(false);
  });

  it('builds per-user Windows installers in Swedish, a portable exe, a dmg, an AppImage and a deb', () => {
    expect(config.productName).toBe('RÖS Sekreterare');
    expect(config.asar).toBe(true);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['sv_SE'] });
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('flips Electron’s fuses: no RunAsNode, no Node options or inspect arguments, only the integrity-checked asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Every key is one electron-builder knows: its schema refuses a misspelt fuse.
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } })).toBe(false);
  });

  it('names only paths that exist, with an icon for every platform made from one source image', () => {
    const resources = config.extraResources.map((resource) => resource.from);
    for (const path of [config.directories.buildResources, config.win.icon, config.mac.icon, config.linux.icon, 'assets/icon.svg', ...resources]) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
    expect(readFileSync(join(root, config.win.icon)).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(readFileSync(join(root, config.mac.icon)).subarray(0, 4).toString()).toBe('icns');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(imageSize(readFileSync(join(root, config.linux.icon, `${size}x${size}.png`)))).toMatchObject({ width: size, height: size, type: 'png' });
    }
  });

  it('is built for all three systems by the GitHub Actions workflow, which keeps the installers', () => {
    const workflow = load(readFileSync(join(root, '.github/workflows/installers.yml'), 'utf8')) as {
      jobs: { installers: { strategy: { matrix: { os: string[] } }; steps: Array<{ run?: string; with?: { path?: string } }> } };
    };
    const job = workflow.jobs.installers;
    expect(job.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(job.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm run typecheck', 'npm run dist -- --publish never']);
    const kept = job.steps.find((step) => step.with?.path)?.with?.path ?? '';
    for (const kind of ['exe', 'dmg', 'AppImage', 'deb']) expect(kept).toContain(`dist/*.${kind}`);
  });

  it('packages the built app and nothing else', () => {
    const main = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main as string;
    const packaged = picomatch(config.files);
    expect(packaged(main)).toBe(true);
    expect(packaged('out/preload/preload.cjs')).toBe(true);
    expect(packaged('electron/main.ts')).toBe(false);
    expect(packaged('test/fixtures/store/v5.json')).toBe(false);
  });

  it('packages the Swedish dictionary and Hunspell beside the built backend, which finds them there', () => {
    const packaged = picomatch(config.files);
    const built = readdirSync(join(root, 'out/main/chunks')).map((name) => `out/main/chunks/${name}`);
    const backend = readFileSync(join(root, 'out/main/backend.js'), 'utf8');
    for (const part of ['index.aff', 'index.dic']) {
      const original = readFileSync(join(root, 'node_modules/dictionary-sv', part));
      const copy = built.find((path) => path.endsWith(part.slice(part.indexOf('.'))) && readFileSync(join(root, path)).equals(original));
      expect(copy, `${part} in out/main/chunks`).toBeDefined();
      expect(packaged(copy!)).toBe(true);
      expect(backend).toContain(copy!.slice('out/main/'.length));
    }
    // The WebAssembly travels inside a built chunk (base64 of its "\0asm" header), loaded only when first asked.
    const hunspell = built.filter((path) => path.endsWith('.js') && readFileSync(join(root, path), 'utf8').includes('data:application/octet-stream;base64,AGFzbQ'));
    expect(hunspell).toHaveLength(1);
    expect(packaged(hunspell[0]!)).toBe(true);
    // The dictionary is LGPL: its licence goes into the installer with it.
    expect(config.extraResources).toContainEqual({ from: 'node_modules/dictionary-sv/license', to: 'licenses/dictionary-sv.txt' });
  });

  it('copies no node_modules into the installer: main and preload bundle everything they use', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect({ ...pkg.dependencies, ...pkg.optionalDependencies }).toEqual({});
    // The very collector electron-builder runs (`npm list --omit dev`, hoisted as it packs them).
    const tmp = new TmpDir('ros-packaging-test');
    try {
      const { nodeModules } = await getCollectorByPackageManager(PM.NPM, root, tmp).getNodeModules({ packageName: String(pkg.name) });
      expect(nodeModules.map((module) => module.name)).toEqual([]);
    } finally {
      await tmp.cleanup();
    }
  });
});
