// The renderer's type boundary (issue 12, item 1): its type program holds renderer code, the
// contract, the result types (api/typen/), the pure input schemas (api/invoer/, domain/) and web
// libraries, never the main process (db, import, reports, handlers) nor Node's types. The real
// compiler builds the program (`tsc --listFilesOnly`), so an import that drags the main process in
// fails here even when it is only an `import type`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

function tsc(...args: string[]) {
  const r = spawnSync(process.execPath, [TSC, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, uitvoer: `${r.stdout}${r.stderr}` };
}

/** The API modules the renderer may see: the contract and its types and input schemas. */
const TOEGESTAAN_API = /^electron\/api\/(contract\.ts|typen\/[^/]+\.ts|invoer\/[^/]+\.ts)$/;

function verboden(bestand: string): string | null {
  if (bestand.includes('node_modules/@types/node/')) return '@types/node';
  if (/node_modules\/(better-sqlite3|@types\/better-sqlite3|exceljs|electron)\//.test(bestand)) return 'main-process library';
  if (/^electron\/(db|import|reports|cli|harness|demo|bestanden)\//.test(bestand)) return 'main-process module';
  if (/^electron\/api\//.test(bestand) && !TOEGESTAAN_API.test(bestand)) return 'handler file';
  if (/^electron\/[^/]+\.ts$/.test(bestand)) return 'main/preload file';
  return null;
}

describe("renderer's type program", () => {
  it('holds no main-process file and no Node types', () => {
    const r = tsc('-p', 'renderer/tsconfig.json', '--listFilesOnly');
    expect(r.status, r.uitvoer).toBe(0);
    const bestanden = r.uitvoer
      .split(/\r?\n/)
      .filter(Boolean)
      .map((b) => path.relative(ROOT, b).split(path.sep).join('/'));
    // Not vacuous: the renderer and the contract with its types are in it.
    expect(bestanden).toContain('renderer/src/api.ts');
    expect(bestanden).toContain('electron/api/contract.ts');
    expect(bestanden).toContain('electron/api/typen/registratie.ts');
    const lekken = bestanden.map((b) => [b, verboden(b)]).filter(([, reden]) => reden !== null);
    expect(lekken).toEqual([]);
  });

  it('the boundary check itself recognises the leaks it looks for', () => {
    expect(verboden(path.relative(ROOT, path.join(ROOT, 'node_modules/@types/node/fs.d.ts')))).toBe('@types/node');
    expect(verboden('electron/db/afspraken-repo.ts')).toBe('main-process module');
    expect(verboden('electron/import/duo.ts')).toBe('main-process module');
    expect(verboden('electron/reports/style.ts')).toBe('main-process module');
    expect(verboden('electron/api/importeren.ts')).toBe('handler file');
    expect(verboden('electron/api/fout.ts')).toBe('handler file');
    expect(verboden('electron/api/typen/app.ts')).toBeNull();
    expect(verboden('electron/domain/kosten.ts')).toBeNull();
  });

  it('does not load Node types, so a renderer file importing node:fs fails the type check', () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'renderer/tsconfig.json'), 'utf8')) as { compilerOptions: { types?: string[] } };
    expect(config.compilerOptions.types).toBeDefined();
    expect(config.compilerOptions.types).not.toContain('node');
    // A file under renderer/ with the renderer's settings: the real check, not only the settings.
    const map = fs.mkdtempSync(path.join(ROOT, 'renderer', '.typegrens-'));
    try {
      fs.writeFileSync(path.join(map, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['bestand.ts'] }));
      fs.writeFileSync(path.join(map, 'bestand.ts'), "import fs from 'node:fs';\nexport const lees = fs.readFileSync;\n");
      const r = tsc('-p', path.join(map, 'tsconfig.json'), '--noEmit');
      expect(r.status).not.toBe(0);
      expect(r.uitvoer).toMatch(/bestand\.ts.*node:fs/);
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });
});
