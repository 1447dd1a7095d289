// Bounded reading (issue 14): a file that exceeds the reading limits of domain/grenzen.ts is
// refused in Dutch, naming the limit, before it is unpacked; the database stays byte for byte the
// same. The files are made here: zip bombs of both shapes (many cells, one huge cell), a zip whose
// central directory lies about a size, CSV files of millions of rows or too many cells. The bomb
// runs through the CLI in a child process with a 1 GB heap, which measures its own peak RSS.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSessie } from '../../electron/db/sessie';
import { leesAfsprakenBlad } from '../../electron/import/afspraken-blad';
import { leesTabel } from '../../electron/import/lezen';
import { BLAD_CELLEN_MAX, CELLEN_PER_RIJ_MAX, IMPORT_RIJEN_MAX, TABEL_CELLEN_MAX } from '../../electron/domain/grenzen';
import { dump, testOmgevingMetAanbieders, type Call } from '../helpers/db';
import { blad, werkmap } from '../helpers/zip-bom';
import type { Db } from '../../electron/db/open';

const CLI = path.join(import.meta.dirname, '../../bin/schoolinzet.mjs');
const MB = 1024 * 1024;
const b64 = (b: Buffer) => b.toString('base64');
const RIJ_10 = `<row>${'<c t="n"><v>1</v></c>'.repeat(10)}</row>`;
/** About 1 kB of XML for one cell: the bytes of a bomb, within the limits on rows and cells. */
const RIJ_1KB = `<row><c><v>1</v></c><ext uri="${'a'.repeat(1000)}"/></row>`;

async function fout(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('geen fout');
}

function fout2(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('geen fout');
}

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-grenzen-'));
});
// The generated CSV alone is 40 MB.
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

describe('afsprakenblad en monitorblad (.xlsx): grenzen vóór het uitpakken', () => {
  it('weigert een werkblad dat uitgepakt groter is dan 100 MB (de centrale map zegt het)', async () => {
    const bom = await werkmap(blad(RIJ_1KB, 190_000));
    expect(bom.length).toBeLessThan(10 * MB);
    expect(await fout(leesAfsprakenBlad(bom))).toMatch(/werkblad xl\/worksheets\/sheet1\.xml is uitgepakt groter dan 100 MB/);
  });

  it('telt tijdens het uitpakken als de centrale map over de grootte liegt', async () => {
    const bom = await werkmap(blad(RIJ_1KB, 190_000), [], 1000);
    expect(await fout(leesAfsprakenBlad(bom))).toMatch(/uitgepakt groter dan 100 MB/);
  });

  it('weigert meer cellen dan de werkmap kan bevatten, ook onder de 100 MB', async () => {
    const rijen = BLAD_CELLEN_MAX / 10 + 1;
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(RIJ_10, rijen))))).toContain('meer dan 1.000.000 cellen');
  });

  it('weigert meer dan 200.000 rijen en meer dan 200 cellen in een rij', async () => {
    expect(await fout(leesAfsprakenBlad(await werkmap(blad('<row/>', IMPORT_RIJEN_MAX + 1))))).toContain('meer dan 200.000 rijen');
    const breed = `<row>${'<c><v>1</v></c>'.repeat(CELLEN_PER_RIJ_MAX + 1)}</row>`;
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(breed, 1))))).toContain('meer dan 200 cellen');
  });

  it('weigert één cel van meer dan 32.767 tekens, in het blad en in de gedeelde teksten', async () => {
    const groteCel = `<row><c t="inlineStr"><is><t>${'x'.repeat(5 * MB)}</t></is></c></row>`;
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(groteCel, 1))))).toContain('meer dan 32.767 tekens');
    const teksten = { naam: 'xl/sharedStrings.xml', inhoud: [`<sst><si><t>${'é'.repeat(40_000)}</t></si></sst>`] };
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(RIJ_10, 1), [teksten])))).toContain('meer dan 32.767 tekens');
  });

  it('weigert een werkmap die samen uitgepakt groter is dan 200 MB, ook als elk deel kleiner is en de kop liegt', async () => {
    const nullen = function* () {
      for (let i = 0; i < 90; i++) yield '\0'.repeat(MB);
    };
    const plaatjes = [1, 2, 3].map((n) => ({ naam: `xl/media/image${n}.png`, inhoud: nullen(), geclaimd: 1000 }));
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(RIJ_10, 1), plaatjes)))).toContain('werkmap is uitgepakt groter dan 200 MB');
    const eerlijk = [1, 2, 3].map((n) => ({ naam: `xl/media/image${n}.png`, inhoud: nullen() }));
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(RIJ_10, 1), eerlijk)))).toContain('werkmap is uitgepakt groter dan 200 MB');
  });

  it('een plaatje is geen tekst: lange stukken zonder < gelden niet als cel', async () => {
    const plaatje = { naam: 'xl/media/image1.png', inhoud: ['a'.repeat(MB)] };
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(RIJ_10, 1), [plaatje])))).not.toMatch(/tekens|MB|rijen|cellen/);
  });

  it('weigert gedeelde teksten van meer dan 50 MB', async () => {
    const si = `<si><t>${'a'.repeat(1000)}</t></si>`;
    const teksten = { naam: 'xl/sharedStrings.xml', inhoud: blad(si, 60_000) };
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(RIJ_10, 1), [teksten])))).toContain('groter dan 50 MB');
  });

  it('een echte cel van precies 32.767 tekens met entiteiten telt niet te veel', async () => {
    // Counted as characters: &amp; is one, é (two bytes) is one. The zip is not a whole
    // workbook, so past the limits exceljs refuses it in its own words, not with a limit.
    const cel = `<row><c t="inlineStr"><is><t>${'&amp;é'.repeat(32_767 / 2 - 0.5)}x</t></is></c></row>`;
    expect(await fout(leesAfsprakenBlad(await werkmap(blad(cel, 1))))).not.toMatch(/tekens|MB|rijen|cellen/);
  });
});

describe('via de API (gesleept bestand): Nederlandse melding, database ongewijzigd', () => {
  let db: Db;
  let call: Call;
  beforeEach(async () => {
    ({ db, call } = await testOmgevingMetAanbieders());
  });

  it('afsprakenblad en monitorblad: de bom wordt geweigerd', async () => {
    const voor = dump(db);
    const bom = await werkmap(blad(RIJ_1KB, 190_000), [], 1000);
    for (const methode of ['import.afsprakenVoorbeeldInhoud', 'import.monitorVoorbeeldInhoud'] as const) {
      const r = await call(methode, { naam: 'Afspraken.xlsx', inhoudBase64: b64(bom) });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fout.melding).toContain('groter dan 100 MB');
    }
    expect(dump(db)).toEqual(voor);
  });

  it('DUO en besturen (CSV): te veel rijen en te veel cellen', async () => {
    const voor = dump(db);
    const veelRijen = Buffer.from('BRIN;NAAM\n' + ';\n'.repeat(3_000_000));
    const r1 = await call('import.duoVoorbeeldInhoud', { bestanden: [{ naam: 'leeg.csv', inhoudBase64: b64(veelRijen) }], alle: true });
    expect(!r1.ok && r1.fout.melding).toContain('meer dan 200.000 rijen');
    const breed = Buffer.from('BRIN;NAAM\n' + ';'.repeat(300) + '\n');
    const r2 = await call('import.besturenVoorbeeldInhoud', { naam: 'besturen.csv', inhoudBase64: b64(breed) });
    expect(!r2.ok && r2.fout.melding).toContain('meer dan 200 cellen');
    expect(dump(db)).toEqual(voor);
  });
});

describe('CSV (DUO, besturen): grenzen vóór het ontleden', () => {
  it('weigert een bestand boven 50 MB, miljoenen lege rijen, te brede rijen en te lange cellen', () => {
    expect(fout2(() => leesTabel(Buffer.alloc(50 * MB + 1, 0x3b)))).toContain('groter dan 50 MB');
    expect(fout2(() => leesTabel(Buffer.from('BRIN;NAAM\n' + ';;\n'.repeat(IMPORT_RIJEN_MAX + 1))))).toContain('meer dan 200.000 rijen');
    expect(fout2(() => leesTabel(Buffer.from('BRIN;NAAM\n00AA;a\n' + ';'.repeat(CELLEN_PER_RIJ_MAX) + '\n')))).toBe(
      'rij 3: Deze rij heeft meer dan 200 cellen; dat leest Schoolinzet niet in.',
    );
    expect(fout2(() => leesTabel(Buffer.from(`BRIN;NAAM\n00AA;"${'a'.repeat(40_000)}"\n`)))).toContain('meer dan 32.767 tekens');
  });

  it('weigert meer dan 3.000.000 cellen, ook als elke rij en cel binnen de grenzen blijft', () => {
    const rij = ';'.repeat(19) + '\n';
    expect(fout2(() => leesTabel(Buffer.from('BRIN;NAAM\n' + rij.repeat(TABEL_CELLEN_MAX / 20 + 1))))).toContain('meer dan 3.000.000 cellen');
  });

  it('lege regels tellen niet als rij, en een scheidingsteken tussen aanhalingstekens niet als cel', () => {
    const t = leesTabel(Buffer.from(`BRIN;NAAM\n${'\n'.repeat(IMPORT_RIJEN_MAX + 5)}00AA;"${';'.repeat(300)}"\n`));
    expect(t.rows).toEqual([['00AA', ';'.repeat(300)]]);
  });
});

describe('de CLI in een eigen proces met 1 GB heap', () => {
  it('weigert de bom met afsluitcode 1 en een Nederlandse melding, zonder op te zwellen; de database blijft gelijk', async () => {
    const db = path.join(map, 'x.db');
    const sessie = await DatabaseSessie.open(db);
    sessie.close();
    const hash = () => crypto.createHash('sha256').update(fs.readFileSync(db)).digest('hex');
    const voor = hash();
    // A lying central directory: the part is only found to be too big while inflating it.
    const bom = path.join(map, 'bom.xlsx');
    fs.writeFileSync(bom, await werkmap(blad(RIJ_1KB, 190_000), [], 1000));
    const meter = path.join(map, 'rss.mjs');
    fs.writeFileSync(meter, `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n`);

    const r = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', meter, CLI, 'import', 'afspraken', bom, '--db', db], { encoding: 'utf8' });
    expect(r.stderr).toContain('uitgepakt groter dan 100 MB');
    expect(r.status).toBe(1);
    const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb * 1024).toBeLessThan(1024 * MB);
    expect(hash()).toBe(voor);

    // A CSV just within every limit (3.000.000 cells, 50 MB) is read within the budget too.
    const csv = path.join(map, 'besturen.csv');
    const rij = `${'1234567890123;'.repeat(14)}x\n`;
    fs.writeFileSync(csv, `BEVOEGD GEZAG NUMMER;NAAM${';K'.repeat(13)}\n` + rij.repeat(TABEL_CELLEN_MAX / 15 - 1));
    expect(fs.statSync(csv).size).toBeLessThan(50 * MB);
    const c = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', meter, CLI, 'import', 'besturen', csv, '--db', db, '--dry-run'], {
      encoding: 'utf8',
    });
    expect(c.status).toBe(1);
    // Read in full: refused only afterwards, for its columns.
    expect(c.stderr).toContain('niet herkend als de DUO-lijst van bevoegde gezagen');
    expect(Number(/MAXRSS (\d+)/.exec(c.stderr)?.[1]) * 1024).toBeLessThan(1024 * MB);
    expect(hash()).toBe(voor);
  });
});
