// No run-time import cycles in electron/ (issue 12, item 1): the registry loads the demo through
// api/demo.ts and hands it invoke, and the CLI commands take CliFout from cli/fout.ts, so neither
// imports its importer back. `import type` is erased at run time and does not count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm;

/** Relative imports of `bron` that exist at run time (not `import type`, not only `type` names). */
function runtimeImports(bestand: string, bron: string): string[] {
  const uit: string[] = [];
  for (const m of bron.matchAll(IMPORT)) {
    if (m[1]) continue;
    const clause = m[2] ?? '';
    const namen =
      /\{([^}]*)\}/
        .exec(clause)?.[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    const anders = clause
      .replace(/\{[^}]*\}/, '')
      .replace(/,/g, '')
      .trim();
    if (m[4] === undefined && !anders && namen.every((n) => n.startsWith('type '))) continue;
    const doel = path.resolve(path.dirname(bestand), m[3] ?? m[4]);
    const gevonden = [`${doel}.ts`, `${doel}.tsx`, path.join(doel, 'index.ts')].find((p) => fs.existsSync(p));
    if (gevonden) uit.push(gevonden);
  }
  return uit;
}

function graaf(map: string): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const e of fs.readdirSync(map, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.tsx?$/.test(e.name)) continue;
    const p = path.join(e.parentPath, e.name);
    g.set(p, runtimeImports(p, fs.readFileSync(p, 'utf8')));
  }
  return g;
}

/** Strongly connected components with more than one file (Tarjan): each is a cycle. */
function cycli(g: Map<string, string[]>): string[][] {
  let teller = 0;
  const index = new Map<string, number>();
  const laag = new Map<string, number>();
  const stapel: string[] = [];
  const opStapel = new Set<string>();
  const uit: string[][] = [];
  const bezoek = (v: string) => {
    index.set(v, teller);
    laag.set(v, teller++);
    stapel.push(v);
    opStapel.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        bezoek(w);
        laag.set(v, Math.min(laag.get(v)!, laag.get(w)!));
      } else if (opStapel.has(w)) laag.set(v, Math.min(laag.get(v)!, index.get(w)!));
    }
    if (laag.get(v) === index.get(v)) {
      const groep: string[] = [];
      let w: string;
      do {
        w = stapel.pop()!;
        opStapel.delete(w);
        groep.push(path.relative(ROOT, w).split(path.sep).join('/'));
      } while (w !== v);
      if (groep.length > 1) uit.push(groep.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) bezoek(v);
  return uit;
}

describe('import cycles', () => {
  it('electron/ has no run-time import cycle', () => {
    const g = graaf(path.join(ROOT, 'electron'));
    expect(g.get(path.join(ROOT, 'electron/api/registry.ts'))).toContain(path.join(ROOT, 'electron/api/demo.ts'));
    expect(cycli(g)).toEqual([]);
  });

  it('finds a cycle when there is one, and ignores import type', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'cycli-'));
    try {
      const [a, b, c] = ['a', 'b', 'c'].map((n) => path.join(map, `${n}.ts`));
      fs.writeFileSync(a, "import type { B } from './b';\nimport { type C } from './c';\nexport const a = 1;\n");
      fs.writeFileSync(b, "import { a } from './a';\nexport type B = typeof a;\n");
      fs.writeFileSync(c, "import { a, type X } from './a';\nexport type C = typeof a;\n");
      expect(runtimeImports(a, fs.readFileSync(a, 'utf8'))).toEqual([]);
      expect(runtimeImports(b, fs.readFileSync(b, 'utf8'))).toEqual([a]);
      expect(runtimeImports(c, fs.readFileSync(c, 'utf8'))).toEqual([a]);
      expect(
        cycli(
          new Map([
            [a, [b]],
            [b, [a]],
            [c, [a]],
          ]),
        ),
      ).toHaveLength(1);
      expect(cycli(graaf(map))).toEqual([]);
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });
});
