// Pins the packaging decisions in electron-builder.yml (see the README, "Installers bouwen"), so they
// cannot change by accident. The configuration is read, validated and filtered by electron-builder's
// own code (app-builder-lib, the library inside electron-builder), the way a real build does it; no
// build runs and nothing is downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import { expandMacro } from 'app-builder-lib/out/util/macroExpander';
import { standaardDataMap } from '../../electron/paden';

const root = path.resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const config: Configuration = await getConfig(root, null, null);

type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;
interface InternalFileMatcher {
  createFilter(): Filter;
}
// Not in app-builder-lib's typings (marked @internal), but the functions a real build uses to choose files.
const internal = fileMatcher as unknown as {
  getMainFileMatchers(
    appDir: string,
    dest: string,
    expand: (s: string) => string,
    platformOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): InternalFileMatcher[];
  getNodeModuleFileMatcher(appDir: string, dest: string, expand: (s: string) => string, platformOptions: object, packager: object): InternalFileMatcher;
};

/** The file filters electron-builder would apply when packing for one platform (os key) and arch. */
function filters(os: 'win' | 'linux' | 'mac', arch: 'x64' | 'arm64') {
  // As platformPackager.ts does: ${os} is the platform's configuration key, ${arch} the target arch.
  const expand = (s: string) => expandMacro(s, arch, {} as never, { os, '/*': '{,/**/*}' });
  const packager = { config, projectDir: root, buildResourcesDir: 'build', isPrepackedAppAsar: false, debugLogger: { isEnabled: false } };
  const platformOptions = config[os] ?? {};
  const main = internal.getMainFileMatchers(root, '/app', expand, platformOptions, { info: packager }, path.join(root, 'release'), false);
  const modules = internal.getNodeModuleFileMatcher(root, '/app', expand, platformOptions, packager);
  const file = { isDirectory: () => false };
  const mainFilter = main[0].createFilter();
  const moduleFilter = modules.createFilter();
  return {
    app: (rel: string) => main.length === 1 && mainFilter(path.join(root, rel), file),
    module: (rel: string) => moduleFilter(path.join(root, rel), file),
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex'), `${file} is geen PNG`).toBe('89504e470d0a1a0a');
  expect(b.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema check', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add() {} } as never)).resolves.toBeUndefined();
  });

  it('names the app and takes the version from package.json', () => {
    expect(config.appId).toBe('nl.schoolinzet.app');
    expect(config.productName).toBe('Schoolinzet');
    expect(config).not.toHaveProperty('version');
    expect(config.extraMetadata ?? {}).not.toHaveProperty('version');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config.directories?.output).toBe('release');
    expect(config.publish).toBeNull();
  });

  it('installs per user with NSIS, without admin rights, in Dutch, with shortcuts, keeping the data on uninstall', () => {
    const nsis = config.nsis!;
    expect(nsis.oneClick).toBe(true);
    expect(nsis.perMachine).toBe(false);
    expect(nsis.allowElevation).toBe(false);
    expect(nsis.packElevateHelper).toBe(false);
    expect(nsis.installerLanguages).toEqual(['nl_NL']);
    expect(nsis.language).toBe('1043');
    expect(nsis.createDesktopShortcut).toBe(true);
    expect(nsis.createStartMenuShortcut).toBe(true);
    expect(nsis.shortcutName).toBe('Schoolinzet');
    expect(nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.portable?.requestExecutionLevel).toBe('user');
    expect(config.win?.requestedExecutionLevel ?? 'asInvoker').toBe('asInvoker');
  });

  it('builds the installer, the portable exe, AppImage, deb and dmg, with fixed file names', () => {
    const targets = (t: unknown) => (t as { target: string; arch: string[] }[]).map((x) => `${x.target}:${x.arch.join(',')}`);
    expect(targets(config.win?.target)).toEqual(['nsis:x64', 'portable:x64']);
    expect(targets(config.linux?.target)).toEqual(['AppImage:x64', 'deb:x64']);
    expect(targets(config.mac?.target)).toEqual(['dmg:x64,arm64']);
    expect(config.nsis?.artifactName).toBe('Schoolinzet-Setup-${version}.${ext}');
    expect(config.portable?.artifactName).toBe('Schoolinzet-${version}-portable.${ext}');
    expect(config.appImage?.artifactName).toBe('Schoolinzet-${version}-${arch}.${ext}');
    expect(config.deb?.artifactName).toBe('schoolinzet_${version}_${arch}.${ext}');
    expect(config.dmg?.artifactName).toBe('Schoolinzet-${version}-${arch}.${ext}');
  });

  it('never rebuilds or downloads native modules, and unpacks better-sqlite3 from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    // A platform section with its own `files` made electron-builder 26 pack the whole repository.
    for (const os of ['win', 'linux', 'mac'] as const) expect(config[os]).not.toHaveProperty('files');
  });

  it.each([
    ['win', 'x64', 'win32-x64'],
    ['linux', 'x64', 'linux-x64'],
    ['mac', 'x64', 'darwin-x64'],
    ['mac', 'arm64', 'darwin-arm64'],
  ] as const)('a %s %s package holds better-sqlite3 with the %s prebuild, whatever machine builds it', (os, arch, prebuild) => {
    const f = filters(os, arch);
    expect(fs.existsSync(path.join(root, 'node_modules/better-sqlite3/prebuilds', `${prebuild}.node`))).toBe(true);
    expect(f.module(`node_modules/better-sqlite3/prebuilds/${prebuild}.node`)).toBe(true);
    expect(f.module('node_modules/better-sqlite3/lib/binding.js')).toBe(true);
    expect(f.module('node_modules/better-sqlite3/package.json')).toBe(true);
    // Other archs and the C sources stay out.
    const otherArch = arch === 'x64' ? 'arm64' : 'x64';
    expect(f.module(`node_modules/better-sqlite3/prebuilds/${prebuild.replace(arch, otherArch)}.node`)).toBe(false);
    expect(f.module('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
    expect(f.module('node_modules/better-sqlite3/src/better_sqlite3.cpp')).toBe(false);
  });

  it('ships the built app and nothing of the repository itself', () => {
    const f = filters('win', 'x64');
    for (const shipped of [
      'package.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index.js',
      'resources/demo/voorbeeld-zwolle.json',
    ]) {
      expect(f.app(shipped), shipped).toBe(true);
    }
    for (const left of [
      'dist/electron/main.cjs.map',
      'electron/main.ts',
      'renderer/src/App.tsx',
      'tests/fixtures/duo/README.md',
      'test-artifacts/screenshots/a.png',
      'build/icon.svg',
      'electron-builder.yml',
      'README.md',
    ]) {
      expect(f.app(left), left).toBe(false);
    }
  });

  it('ships exactly the node_modules the bundled main process loads at run time', () => {
    // esbuild bundles everything else into main.cjs; its externals must be in the package.
    const script = fs.readFileSync(path.join(root, 'scripts/build-electron.mjs'), 'utf8');
    const mainBuild = /entryPoints: \['electron\/main\.ts'\][^\n]*external: \[([^\]]*)\]/.exec(script);
    expect(mainBuild, 'main-build in scripts/build-electron.mjs niet gevonden').not.toBeNull();
    const externals = mainBuild![1]
      .split(',')
      .map((s) => s.trim().replace(/^'|'$/g, ''))
      .filter((s) => s && s !== 'electron');
    expect(externals).toContain('better-sqlite3');
    const f = filters('win', 'x64');
    for (const dependency of Object.keys(pkg.dependencies)) {
      expect(f.module(`node_modules/${dependency}/package.json`), dependency).toBe(externals.includes(dependency));
    }
  });
});

describe('icons', () => {
  it('has a 512 px PNG, a PNG per size for Linux and a Windows ICO up to 256 px, all referenced by the config', () => {
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(fs.existsSync(path.join(root, 'build/icon.svg'))).toBe(true);
    expect(pngSize(path.join(root, 'build/icon.png'))).toEqual({ width: 512, height: 512 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(root, `build/icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }

    const ico = fs.readFileSync(path.join(root, 'build/icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // 1 = icon
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const [offset, length] = [ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 8)];
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      return ico[entry] === 0 ? 256 : ico[entry];
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });
});

describe('scripts and data folder', () => {
  it('builds renderer and main before every installer build', () => {
    expect(pkg.scripts.build).toContain('build:renderer');
    expect(pkg.scripts.build).toContain('build:electron');
    expect(pkg.scripts['dist:win']).toMatch(/^npm run build && electron-builder --win\b/);
    expect(pkg.scripts['dist:linux']).toMatch(/^npm run build && electron-builder --linux\b/);
    expect(pkg.scripts.dist).toMatch(/^npm run build && node scripts\/dist\.mjs$/);
    for (const name of ['dist:win', 'dist:linux', 'dist:mac']) expect(pkg.scripts[name]).toContain('--publish never');
  });

  it('keeps the data in %APPDATA%\\Schoolinzet, the folder the uninstaller leaves alone', () => {
    const appData = 'C:\\Users\\ambtenaar\\AppData\\Roaming';
    expect(standaardDataMap({ APPDATA: appData }, 'win32')).toBe(path.join(appData, 'Schoolinzet'));
    expect(config.productName).toBe('Schoolinzet');
  });
});
