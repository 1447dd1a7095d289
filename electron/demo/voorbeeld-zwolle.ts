// "Voorbeeld Zwolle": the demo database. Real Zwolle schools and pupil counts from the DUO files
// in resources/demo, five example wijkteams by postcode, and afspraken chosen so that the figures
// of the Zwolle proposals come out exactly (resources/demo/voorbeeld-zwolle.json says which):
//   2015-2016 and 2016-2017  JGW on 25 PO schools € 320.000 + SMW € 366.000, 50/50;
//   2017-2018                the same inzet, gemeente 100 %; IB/ZC and orthopedagoog 4 uur, onderwijs 100 %;
//                            on 1-1-2018 the JGW and MEE's SMW move to SWT Zwolle (the old afspraak ends
//                            31-12-2017, a new one starts: same hours, same cost to the cent);
//   2018-2019                JGW on every basisschool at 4 uur (SWT Zwolle), maatwerkuren, two afspraken
//                            in voorbereiding (one the named pilot at the Greijdanus College);
//   begrotingsposten         2015-2017 the gemeente's existing half, 2017 the extra cost from opgroei- en
//                            opvoedondersteuning, 2018-2019 € 450.000 + PPN; kerncijfers, three proeftuinen.
// Everything is entered through the registry API (invoke), the ordinary way, inside one
// transaction: the demo is either loaded completely or not at all.
import { markeerAlsVoorbeeld } from '../db/instellingen-repo';
import fs from 'node:fs';
import path from 'node:path';
import type { Omgeving } from '../api/registry';
import type { ApiResult, Input, MethodName, Output } from '../api/contract';
import { GebruikersFout } from '../api/fout';
import type { Db } from '../db/open';
import { leesDuoBestand, type DuoLeerlingen } from '../import/duo';
import type { DuoVestiging } from '../api/typen/importeren';
import type { FunctieCode, Sector, Status } from '../domain/types';
import { schooljaarPeriode } from '../domain/schooljaar';
import type { DemoResultaat } from '../api/typen/app';
import { weigerAlsAlleenLezen } from '../api/alleen-lezen';

/**
 * resources/demo. In the Electron bundle (dist/electron) and under vitest __dirname is known and
 * resources/ is two folders up, as in development. The CLI runs the sources through tsx as ES
 * modules without __dirname; it lives in <repo>/bin (also when started through a symlink in
 * node_modules/.bin). No import.meta here: the main process is bundled as CommonJS.
 */
export function demoMap(): string {
  const kandidaten: string[] = [];
  if (typeof __dirname === 'string') kandidaten.push(path.join(__dirname, '..', '..'));
  if (process.argv[1]) {
    try {
      kandidaten.push(path.join(path.dirname(fs.realpathSync(process.argv[1])), '..'));
    } catch {
      // not a file (e.g. node -e): try the working folder
    }
  }
  kandidaten.push(process.cwd());
  for (const basis of kandidaten) {
    const map = path.join(basis, 'resources', 'demo');
    if (fs.existsSync(path.join(map, 'voorbeeld-zwolle.json'))) return map;
  }
  throw new GebruikersFout('De voorbeeldgegevens (resources/demo) zijn niet gevonden bij deze installatie van Schoolinzet.', 'bestand');
}

interface DemoData {
  naam: string;
  toelichting: string;
  gemeente: { naam: string; code: string };
  /** The period the app shows after loading: where the figures of the proposals are. */
  periode: { schooljaar: number; begrotingsjaar: number };
  instellingen: { schooljaarStartMaand: number; wekenPerSchooljaar: number; standaardTarieven: Partial<Record<FunctieCode, number>> };
  /** sectorCorrecties: a location DUO lists under the wrong sector (the mbo-instelling Landstede in the VO file). */
  duo: {
    adressen: string[];
    leerlingen: string[];
    leerlingenVanaf: number;
    sectorCorrecties?: { vestigingscode: string; sector: Sector; toelichting: string }[];
  };
  wijken: { naam: string; omschrijving: string; postcodes: string[] }[];
  /** The providers of the Zwolle documents: a new file has none (migration 006), the demo brings them. */
  aanbieders: { naam: string; korteNaam: string }[];
  eigenInzet: { naam: string; korteNaam: string; opmerking: string };
  begrotingsposten: { naam: string; soort: 'structureel' | 'incidenteel'; omschrijving: string; bedragen: { jaar: number; bedragCents: number }[] }[];
  regelingen: {
    naam: string;
    startdatum: string | null;
    einddatum: string | null;
    aandeelGemeente: number;
    aandeelOnderwijs: number;
    omschrijving: string;
    basisinzet: { sector: Sector; functie: FunctieCode; urenPerWeek: number }[];
    begrotingsposten: string[];
  }[];
  kerncijfers: { jaar: number; jeugdigen019: number; leerlingenPo: number; leerlingenVo: number }[];
  jgw: { urenPerWeek: number; deelnemers: Record<string, string[]>; uitbreidingAanbieder: string };
  smw: { uren: Record<string, Record<string, number>> };
  maatwerk: { vestigingscode: string; extraUren: number; toelichting: string; themas: string[]; blozAdvies: string }[];
  overgangSwt: { datum: string; naar: string; functies: FunctieCode[]; smwVan: string[]; toelichting: string };
  pilot: {
    naam: string;
    vestigingscode: string;
    aanbieder: string;
    functie: FunctieCode;
    schooljaar: number;
    basisuren: number;
    status: Status;
    opmerking: string;
  };
  inVoorbereiding: { vestigingscode: string; aanbieder: string; functie: FunctieCode; basisuren: number; status: Status; opmerking: string }[];
  proeftuinen: {
    naam: string;
    startjaar: number;
    eindjaar: number;
    wijk: string | null;
    omschrijving: string;
    budgetCents: number[];
    scholen: string[];
    indicatoren: { naam: string; eenheid: string; waarden: Record<string, number> }[];
  }[];
}

/** Tables that must be empty before the demo may be loaded (functies, aanbieders and settings may have been touched). */
const GEGEVENS_TABELLEN = ['scholen', 'afspraken', 'wijken', 'besturen', 'begrotingsposten', 'regelingen', 'kerncijfers', 'proeftuinen'] as const;

export function heeftGegevens(db: Db): string[] {
  return GEGEVENS_TABELLEN.filter((t) => db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() !== undefined);
}

export function leesDemoData(map = demoMap()): DemoData {
  return JSON.parse(fs.readFileSync(path.join(map, 'voorbeeld-zwolle.json'), 'utf8')) as DemoData;
}

/**
 * The registry's invoke, passed in rather than imported: the registry loads this file (through
 * api/demo.ts), so importing it back would be a cycle.
 */
export type Invoke = <K extends MethodName>(method: K, input: Input<K>, omgeving: Omgeving) => Promise<ApiResult<K>>;

/** Loads Voorbeeld Zwolle into the (empty) database of `omgeving`, through `invoke`. */
export async function laadVoorbeeldZwolle(invoke: Invoke, omgeving: Omgeving, map = demoMap()): Promise<DemoResultaat> {
  weigerAlsAlleenLezen(omgeving, 'het voorbeeld kan niet worden geladen.');
  const db = omgeving.db();
  const gevuld = heeftGegevens(db);
  if (gevuld.length > 0) {
    throw new GebruikersFout(
      `Het voorbeeld kan alleen in een leeg bestand worden geladen; dit bestand bevat al gegevens (${gevuld.join(', ')}). Maak eerst een nieuw bestand.`,
      'conflict',
    );
  }
  const data = leesDemoData(map);
  // One outer transaction: every API call below runs in a savepoint inside it.
  db.exec('BEGIN IMMEDIATE');
  try {
    const resultaat = await bouw(invoke, omgeving, data, map);
    markeerAlsVoorbeeld(db);
    db.exec('COMMIT');
    return resultaat;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

async function bouw(invoke: Invoke, omgeving: Omgeving, data: DemoData, map: string): Promise<DemoResultaat> {
  const api = async <K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> => {
    const r = await invoke(method, input, omgeving);
    if (!r.ok) throw new Error(`Voorbeeld Zwolle: ${method} weigerde ${JSON.stringify(input).slice(0, 200)}: ${r.fout.melding}`);
    return r.data as Output<K>;
  };
  const voortgang = (f: number) => omgeving.voortgang?.('Voorbeeld Zwolle laden', f);

  await api('instellingen.opslaan', { gemeenteNaam: data.gemeente.naam, gemeenteCode: data.gemeente.code, ...data.instellingen });

  // Wijken, besturen, scholen (with pupils) from the DUO files.
  const wijkId = new Map<string, number>();
  for (const w of data.wijken) wijkId.set(w.naam, (await api('wijken.maak', { naam: w.naam, omschrijving: w.omschrijving })).id);
  const wijkVanPostcode = new Map<string, number>();
  for (const w of data.wijken) for (const pc of w.postcodes) wijkVanPostcode.set(pc, wijkId.get(w.naam) as number);

  const vestigingen: DuoVestiging[] = [];
  for (const bestand of data.duo.adressen) {
    vestigingen.push(...leesDuoBestand(fs.readFileSync(path.join(map, bestand)), { gemeenteCode: data.gemeente.code, bestandsnaam: bestand }).vestigingen);
  }
  const leerlingen = new Map<string, DuoLeerlingen[]>();
  for (const bestand of data.duo.leerlingen) {
    const gelezen = leesDuoBestand(fs.readFileSync(path.join(map, bestand)), { gemeenteCode: data.gemeente.code, bestandsnaam: bestand });
    for (const l of gelezen.leerlingen) {
      if (l.jaar < data.duo.leerlingenVanaf) continue;
      const lijst = leerlingen.get(l.vestigingscode) ?? [];
      lijst.push(l);
      leerlingen.set(l.vestigingscode, lijst);
    }
  }
  const bestuurId = new Map<string, number>();
  for (const nummer of [...new Set(vestigingen.map((v) => v.bestuurNummer).filter((n): n is string => !!n))].sort()) {
    bestuurId.set(nummer, (await api('besturen.maak', { nummer, naam: `Bevoegd gezag ${nummer}` })).id);
  }
  const school = new Map<string, { id: number; sector: Sector; wijk: string | null }>();
  const sectorCorrectie = new Map((data.duo.sectorCorrecties ?? []).map((c) => [c.vestigingscode, c.sector]));
  for (const [i, v] of vestigingen.entries()) {
    const s = await api('scholen.maak', {
      vestigingscode: v.vestigingscode,
      naam: v.naam,
      sector: sectorCorrectie.get(v.vestigingscode) ?? v.sector,
      wijkId: wijkVanPostcode.get(v.postcode.slice(0, 4)) ?? null,
      bestuurId: v.bestuurNummer ? (bestuurId.get(v.bestuurNummer) ?? null) : null,
      denominatie: v.denominatie || null,
      straat: v.straat || null,
      huisnummer: v.huisnummer || null,
      postcode: v.postcode || null,
      plaats: v.plaats || null,
      gemeenteCode: v.gemeenteCode,
      leerlingen: (leerlingen.get(v.vestigingscode) ?? []).map((l) => ({ jaar: l.jaar, aantal: l.aantal, onder5: l.onder5 })),
    });
    school.set(v.vestigingscode, { id: s.id, sector: s.sector, wijk: data.wijken.find((w) => wijkId.get(w.naam) === s.wijkId)?.naam ?? null });
    voortgang((0.4 * (i + 1)) / vestigingen.length);
  }
  const schoolVan = (code: string) => {
    const s = school.get(code);
    if (!s) throw new Error(`Voorbeeld Zwolle: vestiging ${code} staat niet in de DUO-bestanden.`);
    return s;
  };

  // Aanbieders: Zwolle's providers (a new file has none), plus the schools' own staff for IB/ZC/orthopedagoog.
  const aanbieders: { id: number; naam: string }[] = (await api('aanbieders.lijst', {})).map((a) => ({ id: a.id, naam: a.naam }));
  for (const a of data.aanbieders) {
    if (!aanbieders.some((x) => x.naam.toLowerCase() === a.naam.toLowerCase())) aanbieders.push(await api('aanbieders.maak', a));
  }
  const aanbiederId = (naam: string) => {
    const a = aanbieders.find((x) => x.naam.toLowerCase() === naam.toLowerCase());
    if (a) return a.id;
    throw new Error(`Voorbeeld Zwolle: aanbieder ${naam} ontbreekt.`);
  };
  for (const naam of new Set([
    ...Object.keys(data.jgw.deelnemers),
    ...Object.keys(data.smw.uren),
    data.jgw.uitbreidingAanbieder,
    data.overgangSwt.naar,
    data.pilot.aanbieder,
    ...data.inVoorbereiding.map((v) => v.aanbieder),
  ])) {
    if (!aanbieders.some((a) => a.naam.toLowerCase() === naam.toLowerCase())) aanbieders.push(await api('aanbieders.maak', { naam }));
  }
  const eigen = await api('aanbieders.maak', data.eigenInzet);
  aanbieders.push(eigen);

  // Budget, regelingen, kerncijfers.
  const postId = new Map<string, number>();
  for (const p of data.begrotingsposten) postId.set(p.naam, (await api('begrotingsposten.maak', p)).id);
  const regelingIds: number[] = [];
  for (const r of data.regelingen) {
    const { begrotingsposten, ...velden } = r;
    regelingIds.push((await api('regelingen.maak', { ...velden, begrotingspostIds: begrotingsposten.map((n) => postId.get(n) as number) })).id);
  }
  const [regeling2015, regeling2017] = regelingIds;
  for (const k of data.kerncijfers) await api('kerncijfers.maak', k);

  // Afspraken.
  type Afspraak = Input<'afspraken.maak'>;
  const afspraken: Afspraak[] = [];
  // Maatwerkuren on BLOZ advice (issue 16 item 7): aanvullende inzet of the afspraak at that index.
  const aanvullend = new Map<number, { extraUren: number; toelichting: string; themas: string[] }>();
  const jgwDeelnemers = Object.entries(data.jgw.deelnemers).flatMap(([aanbieder, codes]) => codes.map((code) => ({ aanbieder, code })));
  const smw = Object.entries(data.smw.uren).flatMap(([aanbieder, uren]) => Object.entries(uren).map(([code, u]) => ({ aanbieder, code, uren: u })));
  // One werkplan per school per schooljaar for the schools with JGW or SMW: submitted mid
  // September, approved by the school on 1 October and by the wijkteam two weeks later.
  const werkplannen = new Map<string, Input<'werkplannen.opslaan'>>();
  const werkplan = (sj: number, code: string, wijkteam = true) => {
    const s = schoolVan(code);
    werkplannen.set(`${sj}/${code}`, {
      schoolId: s.id,
      schooljaar: sj,
      ingediendOp: `${sj}-09-15`,
      goedgekeurdSchoolOp: `${sj}-10-01`,
      goedgekeurdSchoolDoor: 'Directie van de school',
      goedgekeurdWijkteamOp: wijkteam ? `${sj}-10-15` : null,
      goedgekeurdWijkteamDoor: wijkteam ? `Sociaal wijkteam ${s.wijk ?? ''}`.trim() : null,
    });
  };
  const basis = (sj: number, code: string, aanbieder: string, functie: FunctieCode, uren: number, gemeente: number, regelingId: number): Afspraak => ({
    schooljaar: sj,
    schoolId: schoolVan(code).id,
    aanbiederId: aanbiederId(aanbieder),
    functie,
    basisurenPerWeek: uren,
    aandeelGemeente: gemeente,
    aandeelOnderwijs: 100 - gemeente,
    status: 'getekend',
    regelingId,
  });
  const zorgFunctie = (sector: Sector): FunctieCode => (sector === 'VO' || sector === 'PRO' || sector === 'VSO' ? 'ZC' : 'IB');

  for (const sj of [2015, 2016]) {
    for (const d of jgwDeelnemers) {
      afspraken.push(basis(sj, d.code, d.aanbieder, 'JGW', data.jgw.urenPerWeek, 50, regeling2015));
      werkplan(sj, d.code);
    }
    for (const d of smw) {
      afspraken.push(basis(sj, d.code, d.aanbieder, 'SMW', d.uren, 50, regeling2015));
      werkplan(sj, d.code);
    }
  }
  // 2017-2018: the same inzet, now fully paid by the gemeente; the schools bring IB/ZC and orthopedagoog.
  const otScholen2017 = [...jgwDeelnemers.map((d) => d.code), ...smw.map((d) => d.code)];
  // On 1-1-2018 the JGW, and MEE's SMW on special and praktijk schools, move to SWT Zwolle: the old
  // afspraak ends the day before, a new one with the same hours starts (docs/regels.md#regel-3: 4/12 + 8/12 of the
  // same yearly cost, which adds up to it exactly: the hours cost a multiple of € 0,03 a year).
  const overgang = data.overgangSwt;
  const gaatOver = (functie: FunctieCode, aanbieder: string) => (functie === 'JGW' ? overgang.functies.includes('JGW') : overgang.smwVan.includes(aanbieder));
  const dagErvoor = new Date(Date.parse(`${overgang.datum}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const inzet2017 = (code: string, aanbieder: string, functie: FunctieCode, uren: number) => {
    const a = basis(2017, code, aanbieder, functie, uren, 100, regeling2017);
    if (!gaatOver(functie, aanbieder)) {
      afspraken.push(a);
      return;
    }
    afspraken.push({ ...a, einddatum: dagErvoor, opmerking: overgang.toelichting });
    afspraken.push({ ...basis(2017, code, overgang.naar, functie, uren, 100, regeling2017), startdatum: overgang.datum, opmerking: overgang.toelichting });
  };
  for (const d of jgwDeelnemers) {
    inzet2017(d.code, d.aanbieder, 'JGW', data.jgw.urenPerWeek);
    werkplan(2017, d.code);
  }
  for (const d of smw) {
    inzet2017(d.code, d.aanbieder, 'SMW', d.uren);
    werkplan(2017, d.code);
  }
  for (const code of otScholen2017) {
    afspraken.push(basis(2017, code, eigen.naam, zorgFunctie(schoolVan(code).sector), 4, 0, regeling2017));
    afspraken.push(basis(2017, code, eigen.naam, 'ORTHO', 4, 0, regeling2017));
  }
  // 2018-2019: a JGW of the SWT on every basisschool, maatwerkuren on BLOZ advice, SMW unchanged.
  const wijkWest = wijkId.get('West');
  const poScholen = vestigingen.filter((v) => v.sector === 'PO').map((v) => v.vestigingscode);
  const maatwerk = new Map(data.maatwerk.map((m) => [m.vestigingscode, m]));
  for (const code of poScholen) {
    const m = maatwerk.get(code);
    const inWest = vestigingen.find((v) => v.vestigingscode === code)?.postcode.slice(0, 4);
    // Example of a werkplan still waiting for the wijkteam's approval: the schools in West.
    werkplan(2018, code, !(wijkWest !== undefined && inWest !== undefined && wijkVanPostcode.get(inWest) === wijkWest));
    afspraken.push({
      ...basis(2018, code, data.jgw.uitbreidingAanbieder, 'JGW', data.jgw.urenPerWeek, 100, regeling2017),
      ...(m ? { themas: m.themas, blozAdvies: m.blozAdvies } : {}),
    });
    if (m) aanvullend.set(afspraken.length - 1, m);
  }
  for (const d of smw) {
    afspraken.push(basis(2018, d.code, gaatOver('SMW', d.aanbieder) ? overgang.naar : d.aanbieder, 'SMW', d.uren, 100, regeling2017));
    werkplan(2018, d.code);
  }
  for (const code of new Set([...poScholen, ...smw.map((d) => d.code)])) {
    afspraken.push(basis(2018, code, eigen.naam, zorgFunctie(schoolVan(code).sector), 4, 0, regeling2017));
    afspraken.push(basis(2018, code, eigen.naam, 'ORTHO', 4, 0, regeling2017));
  }
  const pilot = data.pilot;
  afspraken.push({
    ...basis(pilot.schooljaar, pilot.vestigingscode, pilot.aanbieder, pilot.functie, pilot.basisuren, 100, regeling2017),
    status: pilot.status,
    opmerking: `${pilot.naam}: ${pilot.opmerking}`,
    themas: [pilot.naam],
  });
  for (const v of data.inVoorbereiding) {
    afspraken.push({ ...basis(2018, v.vestigingscode, v.aanbieder, v.functie, v.basisuren, 100, regeling2017), status: v.status, opmerking: v.opmerking });
  }
  const { start: sjStart, eind: sjEind } = schooljaarPeriode(2018, (await api('instellingen.lezen', {})).schooljaarStartMaand);
  for (const [i, a] of afspraken.entries()) {
    const { id } = await api('afspraken.maak', a);
    const m = aanvullend.get(i);
    if (m) {
      // The whole schooljaar with the afspraak's split: it counts with the basisuren (regel-18).
      await api('aanvullendeInzet.maak', {
        afspraakId: id,
        urenPerWeek: m.extraUren,
        startdatum: sjStart,
        einddatum: sjEind,
        reden: m.toelichting,
        doelen: m.themas.join(', '),
        aandeelGemeente: a.aandeelGemeente,
        aandeelOnderwijs: a.aandeelOnderwijs,
        aangevraagdDoor: 'school',
        besluitDatum: '2018-06-12',
        besluitDoor: 'Gemeente Zwolle op advies van het BLOZ',
        verantwoordingUiterlijk: '2019-09-30',
        verantwoordingOntvangen: '2019-09-16',
        verantwoording: 'Verslag van de aanbieder ontvangen en met de school besproken (voorbeeld).',
      });
    }
    voortgang(0.4 + (0.55 * (i + 1)) / afspraken.length);
  }

  for (const w of werkplannen.values()) await api('werkplannen.opslaan', w);

  for (const p of data.proeftuinen) {
    await api('proeftuinen.maak', {
      naam: p.naam,
      startjaar: p.startjaar,
      eindjaar: p.eindjaar,
      wijkId: p.wijk ? (wijkId.get(p.wijk) ?? null) : null,
      omschrijving: `${p.omschrijving} (Budget en indicatoren: voorbeeldbedragen.)`,
      budget: p.budgetCents.map((bedragCents, i) => ({ jaar: p.startjaar + i, bedragCents })),
      schoolIds: p.scholen.map((code) => schoolVan(code).id),
      indicatoren: p.indicatoren.map((ind) => ({
        naam: ind.naam,
        eenheid: ind.eenheid,
        waarden: Object.entries(ind.waarden).map(([jaar, waarde]) => ({ jaar: Number(jaar), waarde })),
      })),
    });
  }
  voortgang(1);
  return {
    naam: data.naam,
    toelichting: data.toelichting,
    periode: data.periode,
    scholen: vestigingen.length,
    wijken: data.wijken.length,
    afspraken: afspraken.length,
    begrotingsposten: data.begrotingsposten.length,
    proeftuinen: data.proeftuinen.length,
  };
}
