// The benchmark (npm run bench) must not rot: its data generator is deterministic, and the whole
// pipeline runs in --quick mode on the small fixtures. No timing is asserted here: performance is
// judged by the benchmark itself (BENCHMARKS.md), never by a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { genereerAfspraken, genereerSheetRijen, mulberry32, SCHOOLJAREN, SHEET_KOPPEN, type BenchSchool } from '../../bench/data';
import { AFSPRAKEN_KOLOMMEN } from '../../electron/import/afspraken-kolommen';

const scholen: BenchSchool[] = Array.from({ length: 40 }, (_, i) => ({
  id: i + 1,
  vestigingscode: `${String(10 + i)}AB00`,
  naam: `School ${i + 1}`,
  sector: i % 4 === 0 ? 'VO' : 'PO',
}));

const eerste = <T>(it: Iterable<T>, n: number): T[] => {
  const uit: T[] = [];
  for (const x of it) {
    uit.push(x);
    if (uit.length === n) break;
  }
  return uit;
};

describe('benchmark', () => {
  it('generates the same afspraken and sheet rows from the same seed, and others from another', () => {
    const [r1, r2] = [mulberry32(1), mulberry32(1)];
    const reeks = [r1(), r1(), r1()];
    expect(reeks).toEqual([r2(), r2(), r2()]);
    expect(reeks.every((x) => x >= 0 && x < 1) && new Set(reeks).size === 3).toBe(true);
    const a = eerste(genereerAfspraken(scholen, SCHOOLJAREN, 5), 200);
    const b = eerste(genereerAfspraken(scholen, SCHOOLJAREN, 5), 200);
    expect(a).toEqual(b);
    expect(eerste(genereerAfspraken(scholen, SCHOOLJAREN, 5, 99), 200)).not.toEqual(a);
    // 40 schools × 10 schooljaren × the 3 OT functies, each combination once.
    const alle = [...genereerAfspraken(scholen, SCHOOLJAREN, 5)];
    expect(alle).toHaveLength(40 * 10 * 3);
    expect(new Set(alle.map((r) => `${r[0]}/${r[1]}/${r[3]}`)).size).toBe(alle.length);
    expect([a[0][0], a[0][1], a[0][3]]).toEqual([2015, 1, 'SMW']);
    expect(genereerSheetRijen(scholen, ['De Kern', 'MEE'], 2025, 150)).toEqual(genereerSheetRijen(scholen, ['De Kern', 'MEE'], 2025, 150));
    // The generated sheet has exactly the columns of the app's template.
    expect([...SHEET_KOPPEN].sort()).toEqual(AFSPRAKEN_KOLOMMEN.map((k) => k.kop).sort());
  });

  it('runs end to end in --quick mode and writes every measurement', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-bench-'));
    try {
      const r = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'bench/run.ts', '--quick', '--tmp', tmp], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Machine: \d+ cores/);
      const uit = JSON.parse(fs.readFileSync(path.join(tmp, 'results.json'), 'utf8')) as {
        resultaten: { groep: string; app: string | null; nietGemeten?: string }[];
      };
      const groepen = new Set(uit.resultaten.map((x) => x.groep));
      expect([...groepen]).toEqual(['1. DUO-import', '2. Dashboard', '3. Afsprakenblad', '4. Excel', '5. Browser', '6. Verdeling']);
      for (const x of uit.resultaten) {
        // Only the browser may be missing (no Chromium or no built renderer on this machine).
        if (x.groep === '5. Browser' && x.app === null) expect(x.nietGemeten).toMatch(/Chromium|renderer/);
        else expect(x.app, `${x.groep}: ${x.nietGemeten}`).not.toBeNull();
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
