// Runs the real electron-builder (--dir, Linux x64) over electron-builder.yml, with a stand-in for the
// Electron binary so nothing is downloaded, and looks inside the result: the built app and the two
// run-time modules are in app.asar, better-sqlite3 and its prebuild are unpacked beside it and load,
// and nothing of the repository itself came along. Any download attempt hits a closed proxy and fails.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
let tmp = '';
let resources = '';
let entries: string[] = [];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-pakket-'));
  // The stand-in Electron: the files electron-builder copies and renames, plus a locale it must drop.
  const electronDist = path.join(tmp, 'electron');
  fs.mkdirSync(path.join(electronDist, 'locales'), { recursive: true });
  fs.writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  fs.writeFileSync(path.join(electronDist, 'version'), '0.0.0');
  for (const f of ['LICENSE', 'LICENSES.chromium.html', 'locales/nl.pak', 'locales/en-US.pak', 'locales/de.pak']) {
    fs.writeFileSync(path.join(electronDist, f), '');
  }

  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'pipe' });
  const closed = 'http://127.0.0.1:9';
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${path.join(tmp, 'uit')}`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 50_000,
      env: {
        ...process.env,
        HTTPS_PROXY: closed,
        HTTP_PROXY: closed,
        https_proxy: closed,
        http_proxy: closed,
        ELECTRON_BUILDER_CACHE: path.join(tmp, 'cache'),
      },
    },
  );
  const uitvoer = `${run.error ?? ''} ${run.signal ?? ''}\n${run.stdout}\n${run.stderr}`.slice(-4000);
  expect(run.status, `electron-builder faalde:\n${uitvoer}`).toBe(0);
  resources = path.join(tmp, 'uit', 'linux-unpacked', 'resources');
  entries = listPackage(path.join(resources, 'app.asar'), { isPack: false });
}, 60_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('an unpacked Linux build made offline', () => {
  it('holds the built main process, the preload, package.json, the demo data and the two run-time modules', () => {
    for (const e of [
      '/package.json',
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/node_modules/better-sqlite3/lib/binding.js',
      '/node_modules/electron-log/main.js',
      '/resources/demo/voorbeeld-zwolle.json',
    ]) {
      expect(entries, e).toContain(e);
    }
    const manifest = JSON.parse(extractFile(path.join(resources, 'app.asar'), 'package.json').toString('utf8'));
    expect(manifest).toMatchObject({ name: 'schoolinzet', version, main: 'dist/electron/main.cjs' });
  });

  it('leaves out sources, tests, fixtures, source maps and the modules esbuild already bundled', () => {
    const leftOut = entries.filter(
      (e) =>
        /^\/(electron|renderer\/src|tests|test-artifacts|build|scripts|bench)\//.test(e) ||
        e.endsWith('.map') ||
        /^\/node_modules\/(react|exceljs|zod|recharts|@tanstack)\//.test(e) ||
        e.startsWith('/node_modules/better-sqlite3/deps/'),
    );
    expect(leftOut).toEqual([]);
  });

  it('unpacks better-sqlite3 with only the x64 prebuilds, and it loads from there', () => {
    const unpacked = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    const prebuilds = fs.readdirSync(path.join(unpacked, 'prebuilds')).sort();
    expect(prebuilds).toContain('linux-x64.node');
    expect(prebuilds.every((p) => p.endsWith('-x64.node'))).toBe(true);
    const probe = spawnSync(
      process.execPath,
      ['-e', `const D = require(${JSON.stringify(unpacked)}); console.log(new D(':memory:').prepare('select 40 + 2 as n').get().n)`],
      { encoding: 'utf8' },
    );
    expect(probe.stderr).toBe('');
    expect(probe.stdout.trim()).toBe('42');
  });

  it('keeps only the Dutch and en-US Chromium locales, and names the executable after the app', () => {
    const unpackedApp = path.join(tmp, 'uit', 'linux-unpacked');
    expect(fs.readdirSync(path.join(unpackedApp, 'locales')).sort()).toEqual(['en-US.pak', 'nl.pak']);
    expect(fs.existsSync(path.join(unpackedApp, 'schoolinzet'))).toBe(true);
  });
});
