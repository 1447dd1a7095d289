// BLOZ-overzicht for one schooljaar: a row per afspraak (school, sector, wijk, bestuur,
// aanbieder, functie, hours, toelichting, themes), the werkplan once per school (it belongs to the
// school, not to an afspraak), coverage per wijk and per sector, and the schools without coverage.
// Figures from the engines (kosten, dekkingsgraad).
import { schooljaarWaarschuwingen } from '../api/waarschuwingen';
import type { Db } from '../db/open';
import { bedragInSchooljaar, isGeteld, isInVoorbereiding, kostenoverzicht } from '../domain/kosten';
import { otVolledigheid, type Dekkingsgraad, type Graad, type OtVolledigheid } from '../domain/dekkingsgraad';
import { otSamenstellingVan } from '../db/lees-cache';
import { schooljaarLabel } from '../domain/schooljaar';
import { WERKPLAN_STATUSSEN, werkplanStatus, type Werkplan } from '../domain/werkplan';
import { lijstWerkplannen } from '../db/werkplannen-repo';
import { OT_ROLLEN_LIJST, OT_ROL_LABEL, STATUS_LABEL, opFunctieVolgorde, type FunctieCode, type OtRol } from '../domain/types';
import { wijkteamBlad } from './wijkteam';
import { dekkingsgraadVoor, functiesVanSchooljaar, laadGegevens, type AfspraakRegel, type RapportGegevens } from './gegevens';
import { datumCel, euro, Rapport, veiligeTekst, type Blad, type CelWaarde, type Kolom, type RapportUitkomst } from './style';
import { RAPPORTEN } from '../api/invoer/rapportages';
import { AANVULLEND_BLAD, aanvullendeInzetBlad, aanvullendeInzetVoorRapport } from './aanvullend-blad';

export const BLOZ_NAAM = 'BLOZ-overzicht';

export interface BlozResultaat extends RapportUitkomst {
  pad: string;
  schooljaar: number;
  dekking: Record<string, Dekkingsgraad>;
  urenBasis: number;
  urenExtra: number;
  kostenCents: number;
  /** Schools with afspraken in the schooljaar per werkplan status. */
  werkplannen: Record<string, number>;
}

/**
 * The BLOZ reads per school: afspraken sorted by school name, then location (vestigingscode, so two
 * locations with one name are not interleaved), then functie, then aanbieder and start.
 */
function opSchool(g: RapportGegevens): RapportGegevens {
  const afspraken = [...g.afspraken].sort(
    (a, b) =>
      a.schoolNaam.localeCompare(b.schoolNaam, 'nl') ||
      a.vestigingscode.localeCompare(b.vestigingscode) ||
      opFunctieVolgorde(a.functie, b.functie) ||
      a.aanbieder.localeCompare(b.aanbieder, 'nl') ||
      (a.startdatum ?? '').localeCompare(b.startdatum ?? ''),
  );
  return { ...g, afspraken };
}

export async function schrijfBloz(db: Db, dbPad: string, pad: string, opties: { schooljaar: number; gemaakt?: Date }): Promise<BlozResultaat> {
  const sj = opties.schooljaar;
  const g = opSchool(laadGegevens(db, dbPad, { schooljaren: [sj], leerlingenJaar: sj }));
  const kosten = kostenoverzicht(g.afspraken, { schooljaar: sj }, g.instellingen, g.lookups);
  const functies = functiesVanSchooljaar(g.afspraken, sj);
  const dekking: Record<string, Dekkingsgraad> = {};
  for (const f of functies) dekking[f] = dekkingsgraadVoor(g, sj, f);

  const rapport = Rapport.start(pad, {
    waarschuwingen: schooljaarWaarschuwingen(db, sj).map((w) => w.tekst),
    rapport: BLOZ_NAAM,
    periode: `schooljaar ${schooljaarLabel(sj)}`,
    gemeente: g.instellingen.gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.bloz.publiek,
    voorbeeld: g.voorbeeld,
    omschrijving: [
      `Alle afspraken over de inzet op scholen in schooljaar ${schooljaarLabel(sj)}: per school de sector, wijk, het bestuur, de aanbieder en functie, de basis- en extra uren per week, de toelichting op extra uren en de thema's.`,
      'Aanvullende inzet: elke regel aanvullende inzet apart, met reden, periode, omvang, financiering, besluit, verantwoording en kosten (regel 18). Op het blad Afspraken staat aanvullende inzet over de hele periode van de afspraak bij de extra uren; andere aanvullende inzet als eigen regel.',
      'Werkplannen: één regel per school met afspraken in dit schooljaar. Het werkplan hoort bij de school, niet bij een afspraak; de status zegt wat er is gebeurd (nog niet ingediend, ingediend, goedgekeurd door school, goedgekeurd door school en wijkteam).',
      'Dekking: een school is gedekt voor een functie als er een afspraak met uren of een vast bedrag is die meetelt (afgesproken, getekend of beëindigd). Per functie tellen de scholen van de sectoren waarin die functie wordt ingezet.',
      'Het aandeel leerlingen telt alleen scholen met een bekend leerlingaantal (DUO-telling van 1 oktober van het schooljaar). Afspraken in concept of in overleg staan apart en tellen niet mee.',
      'Wijkteams: de uren van de sociaal werker op PO-scholen gaan naar de sociale wijkteams (aantal PO-scholen in de wijk maal de basisinzet per school), met de uren die de afspraken geven, per wijk en per school.',
      'Scholen staan op naam, dan op vestiging, dan op functie.',
    ],
    extra: [
      ['Schooljaar', schooljaarLabel(sj)],
      ['Functies', functies.join(', ') || '(geen afspraken)'],
    ],
  });
  const geteld = g.afspraken.filter((a) => isGeteld(a.status));
  const tot = afsprakenBlad(rapport.blad('Afspraken'), sj, g, geteld, 'Afspraken die meetellen', kosten.totaal);
  afsprakenBlad(
    rapport.blad('In voorbereiding'),
    sj,
    g,
    g.afspraken.filter((a) => isInVoorbereiding(a.status)),
    'Afspraken in voorbereiding (concept of in overleg)',
    kosten.inVoorbereiding.totaal,
  );
  aanvullendeInzetBlad(rapport.blad(AANVULLEND_BLAD), sj, aanvullendeInzetVoorRapport(db, sj));
  const werkplannen = werkplannenBlad(rapport.blad('Werkplannen'), sj, g.afspraken, lijstWerkplannen(db, { schooljaar: sj }));
  wijkteamBlad(rapport.blad('Wijkteams'), db, sj, g);
  dekkingBlad(rapport.blad('Dekking per wijk'), sj, functies, dekking, 'Wijk', (d) => d.perWijk);
  dekkingBlad(rapport.blad('Dekking per sector'), sj, functies, dekking, 'Sector', (d) => d.perSector);
  zonderDekking(rapport.blad('Scholen zonder dekking'), sj, functies, dekking);
  otBlad(
    rapport.blad('Ondersteuningsteams'),
    sj,
    otVolledigheid({ afspraken: g.afspraken, scholen: g.scholen, schooljaar: sj, wijkNamen: g.wijkNamen, samenstelling: otSamenstellingVan(db) }),
  );
  const ingekort = await rapport.sluit();
  return { pad, schooljaar: sj, dekking, urenBasis: tot.basis, urenExtra: tot.extra, kostenCents: kosten.totaal, werkplannen, ingekort };
}

function afsprakenBlad(
  blad: Blad,
  sj: number,
  g: RapportGegevens,
  afspraken: AfspraakRegel[],
  titel: string,
  kostenTotaal: number,
): { basis: number; extra: number } {
  blad.titel(`${titel}, schooljaar ${schooljaarLabel(sj)}`, 'Uren per week; kosten over het schooljaar (de maanden die de afspraak loopt).');
  let basis = 0;
  let extra = 0;
  let kosten = 0;
  const eerste = blad.volgendeRij + 1;
  const rijen: CelWaarde[][] = afspraken.map((a, i) => {
    const bedrag = bedragInSchooljaar(a, g.instellingen).totaal;
    basis += a.basisurenPerWeek;
    extra += a.extraUrenPerWeek;
    kosten += bedrag;
    const r = eerste + i;
    return [
      a.vestigingscode,
      veiligeTekst(a.schoolNaam),
      a.sector,
      veiligeTekst(a.wijk),
      veiligeTekst(a.bestuur),
      veiligeTekst(a.bestuurNummer),
      veiligeTekst(a.aanbieder),
      a.functie,
      a.basisurenPerWeek,
      a.extraUrenPerWeek,
      { formula: `I${r}+J${r}`, result: a.basisurenPerWeek + a.extraUrenPerWeek },
      veiligeTekst(a.aanvullendeReden),
      veiligeTekst(a.blozAdvies),
      veiligeTekst(a.themas.join(', ')),
      STATUS_LABEL[a.status],
      datumCel(a.einddatum),
      euro(bedrag),
    ];
  });
  if (kosten !== kostenTotaal) throw new Error(`BLOZ ${titel}: som ${kosten} wijkt af van ${kostenTotaal}`);
  const kolommen: Kolom[] = [
    { kop: 'Vestiging' },
    { kop: 'School', maxBreedte: 36 },
    { kop: 'Sector' },
    { kop: 'Wijk', maxBreedte: 22 },
    { kop: 'Bestuur', maxBreedte: 30 },
    { kop: 'Bestuursnummer' },
    { kop: 'Aanbieder', maxBreedte: 22 },
    { kop: 'Functie' },
    { kop: 'Basisuren per week', soort: 'uren' },
    { kop: 'Extra uren per week', soort: 'uren' },
    { kop: 'Totaal uren per week', soort: 'uren' },
    { kop: 'Toelichting extra uren', maxBreedte: 45 },
    { kop: 'BLOZ-advies', maxBreedte: 30 },
    { kop: "Thema's", maxBreedte: 35 },
    { kop: 'Status' },
    { kop: 'Einddatum', soort: 'datum' },
    { kop: 'Kosten schooljaar', soort: 'euro' },
  ];
  blad.tabel({
    kolommen,
    rijen,
    totaal: { label: 'Totaal', kolommen: { 8: basis, 9: extra, 10: basis + extra, 16: euro(kosten) } },
    filter: true,
  });
  blad.klaar();
  return { basis, extra };
}

/**
 * One row per school with afspraken in the schooljaar (any status, in the afspraken' order: name,
 * location), with the status of its werkplan in words and the dates and names behind it.
 */
function werkplannenBlad(blad: Blad, sj: number, afspraken: readonly AfspraakRegel[], werkplannen: readonly Werkplan[]): Record<string, number> {
  blad.titel(`Werkplannen, schooljaar ${schooljaarLabel(sj)}`, 'Eén werkplan per school per schooljaar; school en sociaal wijkteam keuren het goed.');
  const perSchool = new Map(werkplannen.map((w) => [w.schoolId, w]));
  const telling: Record<string, number> = Object.fromEntries(WERKPLAN_STATUSSEN.map((st) => [st, 0]));
  const gezien = new Set<number>();
  const rijen: CelWaarde[][] = [];
  for (const a of afspraken) {
    if (a.schooljaar !== sj || gezien.has(a.schoolId)) continue;
    gezien.add(a.schoolId);
    const w = perSchool.get(a.schoolId);
    const status = werkplanStatus(w);
    telling[status] += 1;
    rijen.push([
      a.vestigingscode,
      veiligeTekst(a.schoolNaam),
      a.sector,
      veiligeTekst(a.wijk),
      veiligeTekst(a.bestuur),
      status,
      datumCel(w?.ingediendOp ?? null),
      datumCel(w?.goedgekeurdSchoolOp ?? null),
      veiligeTekst(w?.goedgekeurdSchoolDoor ?? null),
      datumCel(w?.goedgekeurdWijkteamOp ?? null),
      veiligeTekst(w?.goedgekeurdWijkteamDoor ?? null),
    ]);
  }
  blad.tabel({
    kolommen: [
      { kop: 'Vestiging' },
      { kop: 'School', maxBreedte: 36 },
      { kop: 'Sector' },
      { kop: 'Wijk', maxBreedte: 22 },
      { kop: 'Bestuur', maxBreedte: 30 },
      { kop: 'Werkplan', maxBreedte: 36 },
      { kop: 'Ingediend op', soort: 'datum' },
      { kop: 'Goedgekeurd door school op', soort: 'datum' },
      { kop: 'Namens de school', maxBreedte: 30 },
      { kop: 'Goedgekeurd door wijkteam op', soort: 'datum' },
      { kop: 'Namens het wijkteam', maxBreedte: 30 },
    ],
    rijen,
    filter: true,
  });
  blad.leeg();
  for (const st of WERKPLAN_STATUSSEN) if (telling[st] > 0) blad.tekst(`${st}: ${telling[st]} ${telling[st] === 1 ? 'school' : 'scholen'}`);
  blad.klaar();
  return telling;
}

function dekkingBlad(
  blad: Blad,
  sj: number,
  functies: FunctieCode[],
  dekking: Record<string, Dekkingsgraad>,
  soort: 'Wijk' | 'Sector',
  groepen: (d: Dekkingsgraad) => Record<string, Graad>,
): void {
  blad.titel(
    `Dekking per ${soort.toLowerCase()}, schooljaar ${schooljaarLabel(sj)}`,
    'Aandeel scholen en leerlingen met een afspraak die meetelt, per functie.',
  );
  const rijen: CelWaarde[][] = [];
  const eerste = blad.volgendeRij + 1;
  for (const f of functies) {
    for (const [naam, gr] of Object.entries(groepen(dekking[f]))) {
      const r = eerste + rijen.length;
      rijen.push([
        f,
        veiligeTekst(naam),
        gr.scholen,
        gr.scholenGedekt,
        { formula: `IF(C${r}=0,"",D${r}/C${r})`, result: gr.aandeelScholen ?? '' },
        gr.leerlingen,
        gr.leerlingenGedekt,
        { formula: `IF(F${r}=0,"",G${r}/F${r})`, result: gr.aandeelLeerlingen ?? '' },
        gr.scholenLeerlingenOnbekend,
      ]);
    }
  }
  blad.tabel({
    kolommen: [
      { kop: 'Functie' },
      { kop: soort, maxBreedte: 30 },
      { kop: 'Scholen', soort: 'getal' },
      { kop: 'Scholen gedekt', soort: 'getal' },
      { kop: 'Aandeel scholen', soort: 'procent' },
      { kop: 'Leerlingen', soort: 'getal' },
      { kop: 'Leerlingen gedekt', soort: 'getal' },
      { kop: 'Aandeel leerlingen', soort: 'procent' },
      { kop: 'Scholen zonder leerlingaantal', soort: 'getal' },
    ],
    rijen,
    filter: true,
  });
  blad.leeg();
  for (const f of functies) {
    const d = dekking[f];
    blad.tekst(
      `${f}: ${d.scholenGedekt} van ${d.scholen} scholen gedekt (${procent(d.aandeelScholen)}), ${d.leerlingenGedekt.toLocaleString('nl-NL')} van ${d.leerlingen.toLocaleString('nl-NL')} leerlingen (${procent(d.aandeelLeerlingen)}).${d.leerlingenToelichting ? ` ${d.leerlingenToelichting}` : ''}`,
    );
  }
  blad.klaar();
}

/** Issue 13 item 5: per school whether each OT role is filled, with the gemeente's composition of the team. */
function otBlad(blad: Blad, sj: number, ot: OtVolledigheid): void {
  blad.titel(
    `Ondersteuningsteams, schooljaar ${schooljaarLabel(sj)}`,
    'Per school of de drie rollen van het ondersteuningsteam er zijn: IB/ZC, orthopedagoog en sociaal werker (welke functies meetellen is een instelling per sector).',
  );
  const rol = (s: OtVolledigheid['scholen'][number], r: OtRol) => (s.ontbrekend.includes(r) ? 'ontbreekt' : 'ja');
  blad.tabel({
    kolommen: [
      { kop: 'Vestiging' },
      { kop: 'School', maxBreedte: 40 },
      { kop: 'Sector' },
      { kop: 'Wijk', maxBreedte: 24 },
      { kop: 'Functies aanwezig', maxBreedte: 30 },
      ...OT_ROLLEN_LIJST.map((r) => ({ kop: OT_ROL_LABEL[r].replace(/^./, (c) => c.toUpperCase()) })),
      { kop: 'Volledig' },
    ],
    rijen: [...ot.scholen]
      .sort(opNaam)
      .map((s) => [
        s.vestigingscode,
        veiligeTekst(s.naam),
        s.sector,
        veiligeTekst(s.wijk),
        veiligeTekst(s.aanwezig.join(', ')),
        ...OT_ROLLEN_LIJST.map((r) => rol(s, r)),
        s.volledig ? 'ja' : 'nee',
      ]),
    filter: true,
  });
  blad.leeg();
  blad.tekst(`${ot.aantalVolledig} van ${ot.aantalScholen} scholen hebben een volledig ondersteuningsteam.`);
  for (const [sector, t] of Object.entries(ot.perSector)) blad.tekst(`${sector}: ${t.volledig} van ${t.scholen} volledig.`);
  blad.klaar();
}

/** Schools by name, then location: two locations with one name stay apart. */
function opNaam(a: { naam: string; vestigingscode: string }, b: { naam: string; vestigingscode: string }): number {
  return a.naam.localeCompare(b.naam, 'nl') || a.vestigingscode.localeCompare(b.vestigingscode);
}

function procent(f: number | null): string {
  return f === null ? '–' : `${(f * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;
}

function zonderDekking(blad: Blad, sj: number, functies: FunctieCode[], dekking: Record<string, Dekkingsgraad>): void {
  blad.titel(
    `Scholen zonder dekking, schooljaar ${schooljaarLabel(sj)}`,
    'Per functie de scholen (van de sectoren waarin die functie wordt ingezet) zonder afspraak die meetelt.',
  );
  const rijen: CelWaarde[][] = [];
  for (const f of functies) {
    const voorbereiding = new Set(dekking[f].nietGedektMaarInVoorbereiding.map((s) => s.schoolId));
    for (const s of [...dekking[f].nietGedekt].sort(opNaam)) {
      rijen.push([
        f,
        s.vestigingscode,
        veiligeTekst(s.naam),
        s.sector,
        veiligeTekst(s.wijk),
        typeof s.leerlingen === 'number' ? s.leerlingen : s.leerlingen === '<5' ? 'minder dan 5' : 'onbekend',
        voorbereiding.has(s.schoolId) ? 'ja' : 'nee',
      ]);
    }
  }
  blad.tabel({
    kolommen: [
      { kop: 'Functie' },
      { kop: 'Vestiging' },
      { kop: 'School', maxBreedte: 40 },
      { kop: 'Sector' },
      { kop: 'Wijk', maxBreedte: 24 },
      { kop: 'Leerlingen', soort: 'getal' },
      { kop: 'Afspraak in voorbereiding' },
    ],
    rijen,
    filter: true,
  });
  if (rijen.length === 0) blad.tekst('Alle scholen zijn gedekt.');
  blad.klaar();
}
