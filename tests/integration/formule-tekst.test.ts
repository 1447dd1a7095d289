// Formula injection as the README says (issue 14): every exported text that starts with = + - @
// (or tab / CR) carries Excel's quotePrefix, so editing the cell in Excel (F2 + Enter) keeps it
// text. Read from the workbook XML itself: the cell's style (<xf>) in xl/styles.xml has
// quotePrefix="1"; ordinary text has not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { maakOmgeving } from '../../electron/omgeving';
import { GEVAARLIJKE_NAMEN, GEVAARLIJKE_TOELICHTING, vulVoorbeeld } from '../helpers/rapport-fixture';
import { testOmgeving, tmpDbPad } from '../helpers/db';

const MAP = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-formuletekst-'));
afterAll(() => fs.rmSync(MAP, { recursive: true, force: true }));

const ontsnap = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** Every text cell of every sheet: its text and whether its style has quotePrefix="1". */
async function tekstCellen(pad: string): Promise<{ blad: string; tekst: string; quotePrefix: boolean }[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(pad));
  const stijlen = await zip.file('xl/styles.xml')!.async('string');
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stijlen)![1];
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => /\bquotePrefix="1"/.test(m[0]));
  const gedeeld = zip.file('xl/sharedStrings.xml') ? await zip.file('xl/sharedStrings.xml')!.async('string') : '';
  const strings = [...gedeeld.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => ontsnap([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const uit: { blad: string; tekst: string; quotePrefix: boolean }[] = [];
  for (const naam of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(naam)!.async('string');
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const s = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
      let tekst: string | null = null;
      if (type === 's') tekst = strings[Number(/<v>(\d+)<\/v>/.exec(c[2] ?? '')![1])];
      else if (type === 'inlineStr' || type === 'str')
        tekst = ontsnap(/<t[^>]*>([\s\S]*?)<\/t>/.exec(c[2] ?? '')?.[1] ?? /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? '')?.[1] ?? '');
      if (tekst !== null && type !== 'str') uit.push({ blad: naam, tekst, quotePrefix: xfs[s] ?? false });
    }
  }
  return uit;
}

describe('text that looks like a formula', () => {
  it('has quotePrefix in every export: reports, template, mutatielog; ordinary text has not', async () => {
    const t = await testOmgeving(tmpDbPad('gevaarlijk.schoolinzet'));
    try {
      vulVoorbeeld(t.db, { gevaarlijk: true });
      // The mutatielog export: a user name (from the operating system) that looks like a formula.
      expect((await invoke('wijken.maak', { naam: 'Noord' }, maakOmgeving(t.sessie, { gebruiker: '=HYPERLINK("x")' }))).ok).toBe(true);
      const exports: [string, () => Promise<{ ok: boolean }>][] = [];
      const bij = (naam: string, fn: (pad: string) => Promise<{ ok: boolean }>) => exports.push([naam, () => fn(path.join(MAP, naam))]);
      const kies = (pad: string) => ({ ...t.omgeving, kiesBestand: async () => pad });
      bij('bloz.xlsx', (p) => invoke('rapport.opslaan', { soort: 'bloz', schooljaar: 2017 }, kies(p)));
      bij('financieel.xlsx', (p) => invoke('rapport.opslaan', { soort: 'financieel', begrotingsjaar: 2018 }, kies(p)));
      bij('aanbieders.xlsx', (p) => invoke('rapport.opslaan', { soort: 'aanbieders', schooljaar: 2017 }, kies(p)));
      bij('alles.xlsx', (p) => invoke('rapport.opslaan', { soort: 'alles' }, kies(p)));
      bij('sjabloon.xlsx', (p) => invoke('import.sjabloonOpslaan', { schooljaar: 2017 }, kies(p)));
      bij('mutatielog.xlsx', (p) => invoke('mutatielog.exporteer', {}, kies(p)));
      for (const [naam, maak] of exports) {
        const r = await maak();
        expect(r, naam).toMatchObject({ ok: true });
        const cellen = await tekstCellen(path.join(MAP, naam));
        const verdacht = cellen.filter((c) => /^[=+\-@\t\r]/.test(c.tekst));
        expect(verdacht.length, naam).toBeGreaterThan(0);
        for (const c of verdacht) expect(c, naam).toMatchObject({ quotePrefix: true });
        const gewoon = cellen.filter((c) => /^[A-Za-z]/.test(c.tekst));
        expect(gewoon.length, naam).toBeGreaterThan(0);
        for (const c of gewoon) expect(c, naam).toMatchObject({ quotePrefix: false });
        if (naam !== 'mutatielog.xlsx') {
          const teksten = new Set(verdacht.map((c) => c.tekst));
          expect(
            GEVAARLIJKE_NAMEN.some((n) => teksten.has(n)),
            naam,
          ).toBe(true);
        }
      }
      const bloz = (await tekstCellen(path.join(MAP, 'bloz.xlsx'))).filter((c) => c.tekst === GEVAARLIJKE_TOELICHTING);
      expect(bloz.length).toBeGreaterThan(0);
      expect(bloz.every((c) => c.quotePrefix)).toBe(true);
      expect((await tekstCellen(path.join(MAP, 'mutatielog.xlsx'))).some((c) => c.tekst === '=HYPERLINK("x")' && c.quotePrefix)).toBe(true);
    } finally {
      t.sessie.close();
    }
  });
});
