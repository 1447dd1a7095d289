// docs/regels.md is where the code's rule citations point: every `docs/regels.md#regel-N` (or a
// bare `#regel-N` after one) in the source must land on that rule's anchor and heading, and the
// modules the page names must exist.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs/regels.md'), 'utf8');

function bronbestanden(map: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, map), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('node_modules'))
    .map((f) => path.join(map, f));
}

/** Rule numbers that have both the stable anchor and the `## Regel N — ...` heading. */
function regelsInDoc(): Set<number> {
  const ankers = new Set([...DOC.matchAll(/<a id="regel-(\d+)"><\/a>\n## Regel (\d+) — \S/g)].filter((m) => m[1] === m[2]).map((m) => Number(m[1])));
  return ankers;
}

describe('docs/regels.md', () => {
  it('has rules 1-18, each with its anchor right above its heading, in order', () => {
    expect([...regelsInDoc()]).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('names only modules that exist', () => {
    const paden = [...DOC.matchAll(/`((?:electron|renderer|tests)\/[\w/.-]+\.tsx?)`/g)].map((m) => m[1]);
    expect(paden.length).toBeGreaterThan(15);
    for (const p of paden) expect(fs.existsSync(path.join(ROOT, p)), `docs/regels.md names ${p}`).toBe(true);
  });

  it('has every rule the code cites', () => {
    const regels = regelsInDoc();
    const citaten: string[] = [];
    for (const f of ['electron', 'renderer/src', 'tests', 'bench'].flatMap(bronbestanden)) {
      const tekst = fs.readFileSync(path.join(ROOT, f), 'utf8');
      for (const m of tekst.matchAll(/#regel-(\d+)\b/g)) {
        citaten.push(`${f}: regel ${m[1]}`);
        expect(regels.has(Number(m[1])), `${f} cites #regel-${m[1]}, which docs/regels.md does not have`).toBe(true);
      }
    }
    // The code does cite it: the domain engines point here.
    expect(citaten.filter((c) => c.startsWith(path.join('electron', 'domain', 'kosten.ts'))).length).toBeGreaterThan(3);
  });
});
