// Issue 14, clean text at the door: hostile text is refused with a Dutch message naming the field
// on every write path (API handlers, DUO import, besturen import, afsprakenblad) and changes
// nothing; allowed-but-extreme text (long, NFC-normalised, tabs where allowed) is stored, and then
// every workbook the app writes parses as well-formed XML, part by part.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { RAPPORT_SOORTEN, RAPPORTEN } from '../../electron/api/invoer/rapportages';
import type { Input } from '../../electron/api/contract';
import { leesDuoBestand } from '../../electron/import/duo';
import { maakBesturenPlan } from '../../electron/import/besturen';
import { ImportFout } from '../../electron/import/fout';
import { EXCEL_CEL_MAX, NAAM_MAX, THEMA_MAX, THEMAS_MAX, TOELICHTING_MAX } from '../../electron/domain/grenzen';
import { normaliseerTekst } from '../../electron/domain/tekst';
import { begrensCel, beveiligRij } from '../../electron/reports/tekstcel';
import { dump, tmpDbPad } from '../helpers/db';
import { afspraakInvoer, fout, inzetInvoer, metBasis, ok, type Basis, type Env } from '../helpers/registratie';
import { DUO_MAP, goedeRij, importeerBlad, maakBlad, vulScholen } from '../helpers/afspraken-blad';
import { testOmgeving } from '../helpers/db';

/** Hostile values; `onzichtbaar` counts as empty, the rest are refused outright. */
const VIJANDIG: { naam: string; waarde: string; onzichtbaar?: true }[] = [
  { naam: 'U+FFFE', waarde: 'Het\uFFFEMozaïek' },
  { naam: 'U+FFFF', waarde: 'Het\uFFFFMozaïek' },
  { naam: 'los surrogaat', waarde: 'Het\uD800Mozaïek' },
  { naam: 'NUL', waarde: 'Het\u0000Mozaïek' },
  { naam: 'ESC', waarde: 'Het\u001B[31mMozaïek' },
  { naam: 'U+000B', waarde: 'Het\u000BMozaïek' },
  { naam: 'alleen onzichtbaar', waarde: '\u200B\u200D\uFEFF\u00A0 \u2060', onzichtbaar: true },
  { naam: '40.000 tekens', waarde: 'x'.repeat(40_000) },
];

/** What no message may say: zod's own English or half-English fragments. */
const ENGELS = /\bkey\b|verwacht string|expected|invalid|received|undefined|string <=/i;

function meldingVan(f: { melding: string; velden?: unknown }): string {
  return `${f.melding} ${JSON.stringify(f.velden ?? {})}`;
}

async function geweigerd(env: Env, method: Parameters<typeof fout>[1], invoer: unknown, label: RegExp): Promise<void> {
  const voor = dump(env.db);
  const f = await fout(env, method, invoer);
  const tekst = meldingVan(f);
  expect(tekst, `${method}`).toMatch(label);
  expect(tekst).not.toMatch(ENGELS);
  expect(dump(env.db)).toEqual(voor);
}

/** Every API path that takes text, with the field it names. */
function paden(d: Basis): { method: Parameters<typeof fout>[1]; label: RegExp; invoer: (v: string) => unknown; optioneel?: true }[] {
  return [
    { method: 'wijken.maak', label: /Naam/, invoer: (v) => ({ naam: v, omschrijving: null }) },
    { method: 'wijken.maak', label: /Omschrijving/, invoer: (v) => ({ naam: 'Noord', omschrijving: v }), optioneel: true },
    { method: 'besturen.maak', label: /Naam/, invoer: (v) => ({ nummer: '41999', naam: v }) },
    { method: 'scholen.maak', label: /Naam/, invoer: (v) => ({ vestigingscode: '99ZZ00', naam: v, sector: 'PO' }) },
    { method: 'scholen.maak', label: /Plaats/, invoer: (v) => ({ vestigingscode: '99ZZ00', naam: 'De Brug', sector: 'PO', plaats: v }), optioneel: true },
    { method: 'aanbieders.maak', label: /Naam/, invoer: (v) => ({ naam: v }) },
    { method: 'aanbieders.maak', label: /Opmerking/, invoer: (v) => ({ naam: 'Totaal Zorg BV', opmerking: v }), optioneel: true },
    { method: 'regelingen.maak', label: /Naam/, invoer: (v) => ({ naam: v }) },
    { method: 'begrotingsposten.maak', label: /Naam/, invoer: (v) => ({ naam: v, soort: 'structureel' }) },
    { method: 'proeftuinen.maak', label: /Naam/, invoer: (v) => ({ naam: v, startjaar: 2018, eindjaar: 2019 }) },
    { method: 'afspraken.maak', label: /Thema/, invoer: (v) => afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, themas: [v] }) },
    { method: 'aanvullendeInzet.maak', label: /Reden/, invoer: (v) => inzetInvoer(1, { reden: v }) },
    { method: 'aanvullendeInzet.maak', label: /Doelen/, invoer: (v) => inzetInvoer(1, { doelen: v }), optioneel: true },
    { method: 'aanvullendeInzet.maak', label: /Verantwoording/, invoer: (v) => inzetInvoer(1, { verantwoording: v }), optioneel: true },
    {
      method: 'afspraken.maak',
      label: /Opmerking/,
      invoer: (v) => afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, opmerking: v }),
      optioneel: true,
    },
  ];
}

describe('vijandige tekst via de API', () => {
  it('elk tekstveld weigert onmogelijke tekens en te lange tekst met het veld in de melding, en verandert niets', async () => {
    const { env, d } = await metBasis();
    for (const pad of paden(d)) {
      for (const h of VIJANDIG) {
        // Invisible-only text in an optional field is simply empty (null): allowed, not refused.
        if (h.onzichtbaar && pad.optioneel) continue;
        await geweigerd(env, pad.method, pad.invoer(h.waarde), pad.label);
      }
    }
    // Instellingen: the gemeente name.
    const inst = await ok(env, 'instellingen.lezen', {});
    for (const h of VIJANDIG.filter((x) => !x.onzichtbaar)) {
      await geweigerd(env, 'instellingen.opslaan', { ...inst, gemeenteNaam: h.waarde }, /Gemeente/);
    }
    // Themes: at most THEMAS_MAX.
    await geweigerd(
      env,
      'afspraken.maak',
      afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, themas: Array.from({ length: THEMAS_MAX + 1 }, (_, i) => `thema ${i}`) }),
      /Thema's: hoogstens 50/,
    );
    // Tab and newline only where the field allows more lines.
    await geweigerd(env, 'aanbieders.maak', { naam: 'Zorg\tBV' }, /Naam bevat een tab of regeleinde/);
    const a = await ok(env, 'aanbieders.maak', { naam: 'Zorg BV', opmerking: 'regel 1\nregel 2\tmet tab' });
    expect(env.db.prepare('SELECT opmerking FROM aanbieders WHERE id = ?').pluck().get(a.id)).toBe('regel 1\nregel 2\tmet tab');
  });

  it('een naam wordt NFC opgeslagen en onzichtbare tekst telt als leeg', async () => {
    const { env } = await metBasis();
    const w = await ok(env, 'wijken.maak', { naam: 'Cafe\u0301 Wijk', omschrijving: '\u200B\u200B' });
    const rij = env.db.prepare('SELECT naam, omschrijving FROM wijken WHERE id = ?').get(w.id) as { naam: string; omschrijving: string | null };
    expect(rij.naam).toBe('Café Wijk');
    expect(rij.naam).toBe(rij.naam.normalize('NFC'));
    expect(rij.omschrijving).toBeNull();
    const f = await fout(env, 'wijken.maak', { naam: '\u200B', omschrijving: null });
    expect(meldingVan(f)).toMatch(/Naam is verplicht/);
  });

  it('de normaliser zelf: grenzen en meldingen', () => {
    expect(normaliseerTekst('a'.repeat(NAAM_MAX), 'Naam', { max: NAAM_MAX })).toEqual({ ok: true, waarde: 'a'.repeat(NAAM_MAX) });
    expect(normaliseerTekst('a'.repeat(NAAM_MAX + 1), 'Naam', { max: NAAM_MAX })).toEqual({ ok: false, melding: 'Naam mag hoogstens 200 tekens hebben.' });
    expect(normaliseerTekst('😀 emoji', 'Naam', { max: 10 })).toEqual({ ok: true, waarde: '😀 emoji' });
    expect(normaliseerTekst('a\u001Bb', 'Naam', { max: 10 })).toEqual({
      ok: false,
      melding: 'Naam bevat een stuurteken (U+001B); dat is hier niet toegestaan.',
    });
    expect(normaliseerTekst('a\uDC00', 'Naam', { max: 10 }).ok).toBe(false);
    expect(TOELICHTING_MAX).toBeLessThanOrEqual(EXCEL_CEL_MAX);
  });
});

describe('vijandige tekst in de imports', () => {
  const VO = 'duo_vo_02-alle-vestigingen-vo_ZWOLLE_HOOGEVEEN.csv';
  /** The VO fixture with the name of its first school replaced. */
  function duoMet(naam: string): Buffer {
    const regels = fs.readFileSync(path.join(DUO_MAP, VO), 'latin1').split('\r\n');
    const velden = regels[1].split(';');
    velden[4] = naam;
    regels[1] = velden.join(';');
    return Buffer.from(regels.join('\r\n'), 'utf8');
  }

  /** A file holds bytes: a lone surrogate cannot be written in UTF-8 (it becomes U+FFFD), and NUL makes it binary. */
  const IN_BESTAND = VIJANDIG.filter((h) => h.naam !== 'los surrogaat');
  const binair = /Dit is geen tekstbestand \(CSV\)/;

  it('DUO: een rij met vijandige tekst stopt de hele import, met rij en kolom', () => {
    for (const h of IN_BESTAND) {
      let fout: unknown = null;
      try {
        leesDuoBestand(duoMet(h.waarde), { bestandsnaam: VO, gemeenteCode: '0118' });
      } catch (e) {
        fout = e;
      }
      expect(fout, h.naam).toBeInstanceOf(ImportFout);
      const meldingen = (fout as ImportFout).meldingen;
      if (h.naam === 'NUL') expect(meldingen[0].melding).toMatch(binair);
      // Longer than Excel's cell: the bounded reader refuses the file before it is parsed.
      else if (h.waarde.length > EXCEL_CEL_MAX) expect(meldingen[0]).toMatchObject({ rij: 2, melding: expect.stringMatching(/meer dan 32\.767 tekens/) });
      else expect(meldingen[0]).toMatchObject({ rij: 2, kolom: 'VESTIGINGSNAAM' });
      expect(JSON.stringify(meldingen)).not.toMatch(ENGELS);
    }
    // A composed name is read as NFC.
    const b = leesDuoBestand(duoMet('Cafe\u0301 College'), { bestandsnaam: VO, gemeenteCode: '0118' });
    expect(b.vestigingen.some((v) => v.naam === 'Café College')).toBe(true);
  });

  it('een BOM voor windows-1252-bytes wordt als windows-1252 gelezen, niet als Micha�l', () => {
    const regels = fs.readFileSync(path.join(DUO_MAP, VO), 'latin1').split('\r\n');
    const velden = regels[1].split(';');
    velden[4] = 'Michaël College';
    regels[1] = velden.join(';');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(regels.join('\r\n'), 'latin1')]);
    const b = leesDuoBestand(bytes, { bestandsnaam: VO, gemeenteCode: '0118' });
    expect(b.vestigingen.some((v) => v.naam === 'Michaël College')).toBe(true);
    expect(JSON.stringify(b.vestigingen)).not.toContain('\uFFFD');
  });

  it('besturen: een vijandige naam wordt gemeld met rij en kolom; niets opgeslagen', async () => {
    const env = await testOmgeving();
    for (const h of IN_BESTAND.filter((x) => !x.onzichtbaar && x.naam !== 'NUL')) {
      // Enough ordinary rows that one control character does not make the file look binary.
      const gewoon = Array.from({ length: 20 }, (_, i) => `${41500 + i};Stichting Openbaar Onderwijs ${i}`).join('\r\n');
      const csv = Buffer.from(`BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\r\n41430;${h.waarde}\r\n${gewoon}\r\n`, 'utf8');
      let f: unknown = null;
      try {
        maakBesturenPlan(env.db, 'besturen.csv', csv);
      } catch (e) {
        f = e;
      }
      expect(f, h.naam).toBeInstanceOf(ImportFout);
      if (h.waarde.length > EXCEL_CEL_MAX) {
        expect((f as ImportFout).meldingen[0]).toMatchObject({ rij: 2, melding: expect.stringMatching(/meer dan 32\.767 tekens/) });
        continue;
      }
      expect((f as ImportFout).meldingen[0]).toMatchObject({ rij: 2, kolom: 'BEVOEGD GEZAG NAAM' });
      expect((f as ImportFout).meldingen[0].melding).toMatch(/^De naam /);
    }
  });

  it('afsprakenblad: te lange of onzichtbare toelichting en stuurtekens weigeren de hele import', async () => {
    const env = await testOmgeving();
    const { voegVoorbeeldAanbiedersToe } = await import('../helpers/db');
    voegVoorbeeldAanbiedersToe(env.db);
    const scholen = vulScholen(env.db);
    const gevallen: [Record<string, string | number>, RegExp][] = [
      [{ 'Extra uren per week': 2, 'Toelichting extra uren': '\u200B\u200B' }, /Toelichting extra uren is verplicht/],
      [{ 'Toelichting extra uren': 'x'.repeat(TOELICHTING_MAX + 1) }, /Toelichting extra uren mag hoogstens/],
      // Excel writes a control character in a cell as _x001B_; the reader turns it back.
      [{ 'Overige financier': 'Fonds_x001B_', 'Aandeel overig (%)': 10, 'Aandeel gemeente (%)': 90 }, /Overige financier bevat een stuurteken \(U\+001B\)/],
      [{ 'Toelichting extra uren': 'a_xFFFE_b', 'Extra uren per week': 2 }, /Toelichting extra uren bevat een ongeldig teken \(U\+FFFE\)/],
      [{ "Thema's": 't'.repeat(THEMA_MAX + 1) }, /Thema mag hoogstens 100 tekens/],
    ];
    for (const [over, melding] of gevallen) {
      const voor = dump(env.db);
      const blad = await maakBlad([goedeRij(scholen[0].code), goedeRij(scholen[1].code, over)]);
      let f: unknown = null;
      try {
        await importeerBlad(env.db, blad);
      } catch (e) {
        f = e;
      }
      expect(f, JSON.stringify(Object.keys(over))).toBeInstanceOf(ImportFout);
      expect(JSON.stringify((f as ImportFout).meldingen)).toMatch(melding);
      expect(dump(env.db)).toEqual(voor);
    }
  });
});

// ---- every workbook parses -------------------------------------------------------------------

/** Every XML part of the workbook at `pad` must be well-formed (saxes, exceljs's own parser). */
async function alleDelenGoed(pad: string): Promise<number> {
  const zip = await JSZip.loadAsync(fs.readFileSync(pad));
  let delen = 0;
  for (const naam of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(naam)) continue;
    const xml = await zip.files[naam].async('string');
    const parser = new SaxesParser({ xmlns: false });
    let fout: Error | null = null;
    parser.on('error', (e) => {
      fout ??= e;
    });
    parser.write(xml).close();
    expect(fout, `${path.basename(pad)}: ${naam}`).toBeNull();
    delen++;
  }
  return delen;
}

describe('elke export blijft leesbaar met extreme (toegestane) tekst', () => {
  it('alle rapporten, de sjablonen en het mutatielog: elk XML-deel is goedgevormd', async () => {
    const { env, d } = await metBasis();
    const lang = (n: number, regels = false) => Array.from({ length: n }, (_, i) => (regels && i % 80 === 79 ? '\n' : i % 7 === 0 ? 'é' : 'a')).join('');
    await ok(env, 'instellingen.opslaan', { ...(await ok(env, 'instellingen.lezen', {})), gemeenteNaam: 'Gemeente Cafe\u0301' });
    const aanbieder = await ok(env, 'aanbieders.maak', { naam: `Totaal Zorg ${lang(NAAM_MAX - 12)}`, opmerking: `a\tb\n${lang(TOELICHTING_MAX - 4, true)}` });
    await ok(env, 'scholen.wijzig', { id: d.mozaiek.id, vestigingscode: '20CF01', naam: `=Cafe\u0301 ${lang(NAAM_MAX - 7)}`, sector: 'PO', plaats: 'Zwolle' });
    const vijandig = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({
        schoolId: d.mozaiek.id,
        aanbiederId: aanbieder.id,
        opmerking: lang(TOELICHTING_MAX, true),
        themas: Array.from({ length: THEMAS_MAX }, (_, i) => `${i} ${lang(THEMA_MAX - 3)}`),
      }),
    );
    await ok(env, 'aanvullendeInzet.maak', inzetInvoer(vijandig.id, { reden: `regel\t1\n${lang(TOELICHTING_MAX - 9, true)}` }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.kern, schooljaar: 2018, opmerking: 'e\u0301' }));
    const opgeslagen = env.db.prepare('SELECT opmerking FROM afspraken WHERE school_id = ?').pluck().get(d.regenboog.id);
    expect(opgeslagen).toBe('é');

    // A verdeling whose name and advice are hostile text, for the BLOZ-voorstel.
    const verdeling = await ok(env, 'verdelingen.maak', {
      naam: `=Verdeling ${lang(NAAM_MAX - 11)}`,
      schooljaar: 2017,
      soort: 'uren',
      functie: 'JGW',
      sectoren: ['PO'],
      regel: 'gelijk',
      totaal: 10,
      adviesDatum: '2017-06-12',
      adviesTekst: `+advies\t${lang(TOELICHTING_MAX - 10, true)}`,
    });
    const map = path.dirname(tmpDbPad());
    const bestanden: string[] = [];
    for (const soort of RAPPORT_SOORTEN) {
      const def = RAPPORTEN[soort];
      const invoer: Record<string, unknown> = { soort };
      if (def.periode === 'begrotingsjaar') invoer.begrotingsjaar = 2018;
      if (def.periode === 'schooljaar') invoer.schooljaar = 2017;
      if ('perAanbieder' in def) invoer.aanbiederId = aanbieder.id;
      if ('perVerdeling' in def) invoer.verdelingId = verdeling.id;
      const pad = path.join(map, `${soort}.xlsx`);
      const r = await invoke('rapport.opslaan', invoer as Input<'rapport.opslaan'>, { ...env.omgeving, kiesBestand: async () => pad });
      expect(r.ok, `${soort}: ${r.ok ? '' : r.fout.melding}`).toBe(true);
      bestanden.push(pad);
    }
    for (const [method, naam] of [
      ['import.sjabloonOpslaan', 'sjabloon.xlsx'],
      ['import.monitorSjabloonOpslaan', 'monitor-sjabloon.xlsx'],
    ] as const) {
      const pad = path.join(map, naam);
      const r = await invoke(method, { schooljaar: 2017 }, { ...env.omgeving, kiesBestand: async () => pad });
      expect(r.ok, `${method}: ${r.ok ? '' : r.fout.melding}`).toBe(true);
      bestanden.push(pad);
    }
    const logPad = path.join(map, 'mutatielog.xlsx');
    const log = await invoke('mutatielog.exporteer', {}, { ...env.omgeving, kiesBestand: async () => logPad });
    expect(log.ok, log.ok ? '' : log.fout.melding).toBe(true);
    bestanden.push(logPad);

    for (const pad of bestanden) {
      expect(fs.existsSync(pad), pad).toBe(true);
      expect(await alleDelenGoed(pad)).toBeGreaterThan(3);
    }
    // The long text really is in the exports (not dropped to make them parse).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(map, 'alles.xlsx'));
    const teksten: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void (typeof c.value === 'string' && teksten.push(c.value)))));
    expect(teksten.some((t) => t.length >= TOELICHTING_MAX - 10)).toBe(true);
  });

  it('een cel langer dan Excel toestaat wordt ingekort met een zichtbare markering', async () => {
    const lang = 'x'.repeat(40_000);
    const kort = begrensCel(lang);
    expect(kort.length).toBeLessThanOrEqual(EXCEL_CEL_MAX);
    expect(kort).toMatch(/… \(ingekort: 40\.000 tekens, Excel toont er hoogstens 32\.767\)$/);
    expect(begrensCel('kort')).toBe('kort');
    // Through the row writer every export uses.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad');
    const rij = ws.addRow(['a\uFFFEb\u0000c\uD800', `=${lang}`, 3]);
    expect(beveiligRij(rij)).toBe(1);
    // Text stored before the normaliser existed: XML-forbidden characters become U+FFFD.
    expect(rij.getCell(1).value).toBe('a\uFFFDb\uFFFDc\uFFFD');
    const pad = path.join(path.dirname(tmpDbPad()), 'lang.xlsx');
    await wb.xlsx.writeFile(pad);
    expect(await alleDelenGoed(pad)).toBeGreaterThan(3);
    const terug = new ExcelJS.Workbook();
    await terug.xlsx.readFile(pad);
    const waarde = terug.worksheets[0].getCell('B1').value as string;
    expect(waarde.length).toBeLessThanOrEqual(EXCEL_CEL_MAX);
    expect(waarde).toContain('(ingekort');
  });
});
