// Financiële paragraaf collegevoorstel for one begrotingsjaar: cost per functie and per
// aanbieder with the parts of gemeente, onderwijs and overig; the schooljaar-to-begrotingsjaar
// split written out; dekking per begrotingspost and the saldo; the previous year alongside;
// afspraken in voorbereiding apart. Every figure comes from the engines.
import type { Db } from '../db/open';
import { dekking, type Dekking } from '../domain/dekking';
import { aantalMaanden, afspraakMaanden, maandBereikTekst, maandSplitsingTekst, maandenInJaar, schooljaarLabel, schooljaarMaanden } from '../domain/schooljaar';
import {
  AANVULLEND_ACHTERVOEGSEL,
  aanvullendPerFunctie,
  bedragInBegrotingsjaar,
  isGeteld,
  isInVoorbereiding,
  jaarkosten,
  kostenoverzicht,
  legeVerdeling,
  metAanvullendApart,
  telOp,
  verdeel,
  type Kostenoverzicht,
} from '../domain/kosten';
import { STATUS_LABEL, type Verdeling } from '../domain/types';
import { laadGegevens, type AfspraakRegel, type RapportGegevens } from './gegevens';
import { begrotingsjaarWaarschuwingen } from '../api/waarschuwingen';
import { kostenPerLeerlingVan } from '../api/per-leerling';
import type { KostenPerLeerling, PerLeerlingRegel } from '../domain/per-leerling';
import {
  euro,
  kolomLetter,
  Rapport,
  saldoSoorten,
  veiligeTekst,
  type Blad,
  type CelWaarde,
  type Kolom,
  type RapportMeta,
  type Soort,
  type RapportUitkomst,
} from './style';
import { formatEuro } from '../domain/geld';
import { RAPPORTEN } from '../api/invoer/rapportages';
import { proeftuinGeldVan } from '../db/lees-cache';
import { meerkosten, type Meerkosten } from '../domain/meerkosten';
import { FINANCIER_LABEL, meerkostenBlad, meerkostenZin } from './meerkosten';
import { eersteSchooljarenVan, functieBetalersVan } from './gegevens';
import { INZETSOORT_LABEL, inzetsoort, type Betaler } from '../domain/eigen-inzet';

export interface FinancieelResultaat extends RapportUitkomst {
  pad: string;
  begrotingsjaar: number;
  kosten: Kostenoverzicht;
  vorigJaar: Kostenoverzicht;
  dekking: Dekking;
  meerkosten: Meerkosten;
}

export const FINANCIEEL_NAAM = 'Financiële paragraaf collegevoorstel';

export async function schrijfFinancieel(
  db: Db,
  dbPad: string,
  pad: string,
  opties: { begrotingsjaar: number; referentiejaar?: number; gemaakt?: Date },
): Promise<FinancieelResultaat> {
  const jaar = opties.begrotingsjaar;
  const ref = opties.referentiejaar ?? jaar - 1;
  const g = laadGegevens(db, dbPad, { schooljaren: [jaar - 2, jaar - 1, jaar, ref - 1, ref] });
  const ctx = g.instellingen;
  const meer = meerkosten({
    afspraken: g.afspraken,
    jaar,
    referentiejaar: ref,
    ctx,
    betalers: functieBetalersVan(db),
    eersteSchooljaar: eersteSchooljarenVan(db),
  });
  const kosten = kostenoverzicht(g.afspraken, { begrotingsjaar: jaar }, ctx, g.lookups);
  // Every comparison in the report is with the referentiejaar (default the year before).
  const vorig = kostenoverzicht(g.afspraken, { begrotingsjaar: ref }, ctx, g.lookups);
  const proeftuinGeld = proeftuinGeldVan(db);
  const dek = dekking(kosten.gemeente, jaar, g.posten, kosten.inVoorbereiding.gemeente, proeftuinGeld);
  const dekVorig = dekking(vorig.gemeente, ref, g.posten, vorig.inVoorbereiding.gemeente, proeftuinGeld);

  const waarschuwingen = begrotingsjaarWaarschuwingen(db, jaar).map((w) => w.tekst);
  const meta: RapportMeta = {
    waarschuwingen,
    rapport: FINANCIEEL_NAAM,
    periode: `begrotingsjaar ${jaar}`,
    gemeente: g.instellingen.gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.financieel.publiek,
    voorbeeld: g.voorbeeld,
    omschrijving: [
      `De kosten van de inzet op scholen in begrotingsjaar ${jaar} (1 januari tot en met 31 december), per functie en per aanbieder, met het deel van de gemeente, het onderwijs en overige financiers, en de vergelijking met ${ref}.`,
      `Het blad "Meerkosten" zet ${jaar} af tegen ${ref}, per financier en uitgeschreven per deel van het jaar (zoals "sep-dec ${jaar}: 4/12 × € …"), met incidenteel en structureel. De inzet van gemeentefuncties en de eigen inzet van het onderwijs (functies die het onderwijs zelf betaalt, zoals IB, ZC en orthopedagoog) staan apart. Een functie die voor het eerst is geregistreerd, heet nieuw geregistreerd en telt niet als meerkosten.`,
      'Per functie staat de aanvullende inzet (extra uren of een bedrag met een reden, regel 18) op een eigen regel; samen zijn de twee regels de kosten van die functie.',
      `Afspraken lopen per schooljaar. Elke maand van een schooljaar draagt 1/12 van het jaarbedrag bij aan het kalenderjaar waarin die maand valt; het blad "Verdeling schooljaren" schrijft dat per schooljaar uit.`,
      `Het blad "Dekking" zet de kosten van de gemeente af tegen de begrotingsposten van ${jaar}: eerst de structurele, daarna de incidentele posten. Een negatief saldo is een tekort.`,
      'Het geld van de gemeente voor een proeftuin staat per proeftuin op een eigen regel: de gemeente betaalt het uit het eigen budget van de proeftuin. Het is kosten en dekking tegelijk en verandert het saldo van de begrotingsposten dus niet.',
      `Het blad "Per leerling" deelt de kosten van ${jaar} door het aantal leerlingen van de DUO-telling van 1 oktober ${jaar}, per sector en per wijk, en door het aantal jeugdigen van 0 tot 19 jaar uit de kerncijfers; de leerlingaantallen van de kerncijfers staan naast die van DUO.`,
      'Alleen afspraken met de status afgesproken, getekend of beëindigd tellen mee. Afspraken in concept of in overleg staan apart op het blad "In voorbereiding" en zitten niet in de totalen.',
      "Er wordt gerekend in centen; bedragen zijn weergegeven in hele euro's. Waar de hele euro's van een kolom of van een regel (gemeente, onderwijs en overig naast het totaal) niet optellen tot het totaal, staan die bedragen in centen, zodat de afgedrukte bedragen optellen; een saldo van een paar cent onder nul staat er zo als -€ 0,25 en nooit als -€ 0. Totalen zijn formules, zodat een aangepast of gefilterd blad klopt.",
    ],
    extra: [
      ['Begrotingsjaar', String(jaar)],
      ['Vergeleken met', String(ref)],
      ['Schooljaren', `${schooljaarLabel(jaar - 1)} en ${schooljaarLabel(jaar)}`],
    ],
  };
  const rapport = Rapport.start(pad, meta);
  samenvatting(rapport.blad('Samenvatting'), jaar, kosten, vorig, dek, dekVorig, g, waarschuwingen, meer);
  meerkostenBlad(rapport.blad('Meerkosten'), meer, g.functieNamen);
  // A functie registered for the first time is named so beside its difference (issue 15).
  const nieuw = new Map([...meer.secties.gemeente.nieuw, ...meer.secties.onderwijs.nieuw].map((x) => [x.functie, x.eersteSchooljaar]));
  // Issue 16 item 10: each functie's aanvullende inzet on a line of its own (regel-18); the two lines add up to the functie.
  perGroep(
    rapport.blad('Per functie'),
    'Functie',
    jaar,
    ref,
    metAanvullendApart(kosten.perFunctie, aanvullendPerFunctie(g.afspraken, jaar, ctx)),
    metAanvullendApart(vorig.perFunctie, aanvullendPerFunctie(g.afspraken, ref, ctx)),
    (f) => {
      const code = f.endsWith(AANVULLEND_ACHTERVOEGSEL) ? f.slice(0, -AANVULLEND_ACHTERVOEGSEL.length) : f;
      const naam = g.functieNamen.get(code as never) ?? code;
      return [code, code === f ? naam : `${naam}: aanvullende inzet`];
    },
    undefined,
    (f) => (nieuw.has(f) ? `nieuw geregistreerd vanaf schooljaar ${schooljaarLabel(nieuw.get(f)!)}: geen kostenstijging` : null),
  );
  const betalers = functieBetalersVan(db);
  perGroep(
    rapport.blad('Per aanbieder'),
    'Aanbieder',
    jaar,
    ref,
    perAanbiederOfEigenInzet(g.afspraken, jaar, betalers, ctx),
    perAanbiederOfEigenInzet(g.afspraken, ref, betalers, ctx),
    (a) => [veiligeTekst(a)],
    EIGEN_INZET_REGEL,
  );
  verdelingSchooljaren(rapport.blad('Verdeling schooljaren'), jaar, g);
  dekkingBlad(rapport.blad('Dekking'), dek, kosten);
  perLeerlingBlad(rapport.blad('Per leerling'), jaar, kostenPerLeerlingVan(db, { begrotingsjaar: jaar }));
  afsprakenBlad(
    rapport.blad('Afspraken'),
    jaar,
    g,
    g.afspraken.filter((a) => isGeteld(a.status)),
    kosten,
    'Afspraken die meetellen',
  );
  afsprakenBlad(
    rapport.blad('In voorbereiding'),
    jaar,
    g,
    g.afspraken.filter((a) => isInVoorbereiding(a.status)),
    { ...kosten.inVoorbereiding },
    'Afspraken in voorbereiding (concept of in overleg): niet in de totalen',
  );
  const ingekort = await rapport.sluit();
  return { pad, begrotingsjaar: jaar, kosten, vorigJaar: vorig, dekking: dek, meerkosten: meer, ingekort };
}

function samenvatting(
  blad: Blad,
  jaar: number,
  k: Kostenoverzicht,
  v: Kostenoverzicht,
  dek: Dekking,
  dekVorig: Dekking,
  g: RapportGegevens,
  waarschuwingen: string[],
  m: Meerkosten,
): void {
  const ref = m.referentiejaar;
  blad.titel(
    `Samenvatting begrotingsjaar ${jaar}`,
    `${g.instellingen.gemeenteNaam ? `Gemeente ${g.instellingen.gemeenteNaam}. ` : ''}Kosten van afspraken die meetellen, vergeleken met ${ref}.`,
  );
  blad.tekst(meerkostenZin(m));
  blad.leeg();
  const t = kostenNaarFinancier(blad, jaar, k, v, m);
  blad.leeg();
  dekkingRegels(blad, dek, dekVorig, t.gemeenteRij);
  proeftuinRegels(blad, jaar, dek, dekVorig);
  blad.leeg();
  blad.sectie('Apart, niet in de totalen');
  blad.regel(['In voorbereiding (concept, in overleg): totaal', euro(k.inVoorbereiding.totaal), euro(v.inVoorbereiding.totaal)], [undefined, 'euro', 'euro']);
  blad.regel(['In voorbereiding: deel gemeente', euro(k.inVoorbereiding.gemeente), euro(v.inVoorbereiding.gemeente)], [undefined, 'euro', 'euro']);
  blad.leeg();
  blad.regel(['Aantal afspraken dat meetelt', k.aantalAfspraken, v.aantalAfspraken], [undefined, 'getal', 'getal']);
  blad.regel(['Aantal afspraken in voorbereiding', k.aantalInVoorbereiding, v.aantalInVoorbereiding], [undefined, 'getal', 'getal']);
  // Rule 13: beside the figures too, not only on the first sheet.
  for (const w of waarschuwingen) {
    blad.leeg();
    blad.tekst(`Let op: ${w}`);
  }
  blad.klaar();
}

/**
 * Cost per financier in the year and the referentiejaar, with the onderwijs split into its share
 * in the gemeentefuncties and its eigen inzet (issue 15), and the meerkosten without the functies
 * that are nieuw geregistreerd (the Meerkosten sheet writes them out).
 */
function kostenNaarFinancier(blad: Blad, jaar: number, k: Kostenoverzicht, v: Kostenoverzicht, m: Meerkosten): { gemeenteRij: number } {
  const ref = m.referentiejaar;
  const [gem, ond] = [m.secties.gemeente, m.secties.onderwijs];
  const nieuw = [...gem.nieuw, ...ond.nieuw];
  const eigenNu = ond.kosten.onderwijs + ond.nieuw.reduce((t, n) => t + n.kosten.onderwijs, 0);
  const eigenToen = ond.referentie.onderwijs;
  const eigenLabel = `Onderwijs: eigen inzet${ond.functies.length ? ` (${ond.functies.join(', ')})` : ''}`;
  const rijen: [string, number, number, number][] = [
    ['Gemeente', k.gemeente, v.gemeente, gem.meerkosten.gemeente + ond.meerkosten.gemeente],
    ['Onderwijs: bijdrage aan de inzet van gemeentefuncties', k.onderwijs - eigenNu, v.onderwijs - eigenToen, gem.meerkosten.onderwijs],
    [FINANCIER_LABEL.overig, k.overig, v.overig, gem.meerkosten.overig + ond.meerkosten.overig],
    [eigenLabel, eigenNu, eigenToen, ond.meerkosten.onderwijs],
  ];
  const start = blad.volgendeRij + 1;
  const t = blad.tabel({
    kolommen: [
      { kop: 'Kosten naar financier' },
      { kop: `Begrotingsjaar ${jaar}`, soort: 'euro' },
      { kop: `Begrotingsjaar ${ref}`, soort: 'euro' },
      { kop: `Meerkosten tegen ${ref}`, soort: 'euro' },
    ],
    rijen: rijen.map(([label, a, b, meer], i): CelWaarde[] => [
      label,
      euro(a),
      euro(b),
      // Without nieuw geregistreerde functies the meerkosten are not B − C: then the figure itself.
      nieuw.length === 0 ? { formula: `B${start + i}-C${start + i}`, result: euro(meer) } : euro(meer),
    ]),
    totaal: {
      label: 'Totaal',
      kolommen: { 1: euro(k.totaal), 2: euro(v.totaal), 3: euro(rijen.reduce((s, r) => s + r[3], 0)) },
    },
    filter: true,
  });
  if (nieuw.length > 0) {
    const bedrag = nieuw.reduce((s, n) => s + n.kosten.totaal, 0);
    blad.tekst(
      `Nieuw geregistreerd in ${jaar}, niet in de meerkosten: ${nieuw.map((n) => n.functie).join(', ')} (${formatEuro(bedrag)} in ${jaar}). Die inzet stond eerder niet in het register; zie het blad Meerkosten.`,
    );
  }
  return { gemeenteRij: t.eersteRij };
}

/**
 * Begrotingsposten, kosten gemeente and the saldo for both years. A column whose whole euros would
 * not add up, or whose saldo is a few cents below zero, is in cents: never a red "-€ 0".
 */
function dekkingRegels(blad: Blad, dek: Dekking, dekVorig: Dekking, gemeenteRij: number): void {
  blad.sectie('Dekking van de kosten van de gemeente');
  const b = saldoSoorten(dek.budgetCents, dek.kostenGemeenteCents);
  const c = saldoSoorten(dekVorig.budgetCents, dekVorig.kostenGemeenteCents);
  // The difference between two years is a change, not a shortfall: not red.
  const d = (x: number, y: number) => (b.deel === 'euroCenten' || c.deel === 'euroCenten' ? 'euroCenten' : saldoSoorten(x, y).deel);
  const budgetRij = blad.volgendeRij;
  blad.regel(
    [
      'Begrotingsposten',
      euro(dek.budgetCents),
      euro(dekVorig.budgetCents),
      { formula: `B${budgetRij}-C${budgetRij}`, result: euro(dek.budgetCents - dekVorig.budgetCents) },
    ],
    [undefined, b.deel, c.deel, d(dek.budgetCents, dekVorig.budgetCents)],
  );
  const kostenRij = blad.volgendeRij;
  blad.regel(
    [
      'Kosten gemeente',
      { formula: `B${gemeenteRij}`, result: euro(dek.kostenGemeenteCents) },
      { formula: `C${gemeenteRij}`, result: euro(dekVorig.kostenGemeenteCents) },
      { formula: `B${kostenRij}-C${kostenRij}`, result: euro(dek.kostenGemeenteCents - dekVorig.kostenGemeenteCents) },
    ],
    [undefined, b.deel, c.deel, d(dek.kostenGemeenteCents, dekVorig.kostenGemeenteCents)],
  );
  const saldoRij = blad.volgendeRij;
  blad.regel(
    [
      'Saldo (begrotingsposten min kosten gemeente; negatief is tekort)',
      { formula: `B${budgetRij}-B${kostenRij}`, result: euro(dek.saldoCents) },
      { formula: `C${budgetRij}-C${kostenRij}`, result: euro(dekVorig.saldoCents) },
      { formula: `B${saldoRij}-C${saldoRij}`, result: euro(dek.saldoCents - dekVorig.saldoCents) },
    ],
    [undefined, b.saldo, c.saldo, d(dek.saldoCents, dekVorig.saldoCents)],
    true,
  );
}

function perGroep(
  blad: Blad,
  soort: 'Functie' | 'Aanbieder',
  jaar: number,
  ref: number,
  nu: Record<string, Verdeling>,
  toen: Record<string, Verdeling>,
  labels: (sleutel: string) => CelWaarde[],
  /** A row that sorts last (the eigen inzet onderwijs below the aanbieders). */
  laatst?: string,
  /** A note beside a row's difference (a functie nieuw geregistreerd); adds the column "Toelichting". */
  toelichting?: (sleutel: string) => string | null,
): void {
  blad.titel(`Kosten per ${soort.toLowerCase()} in begrotingsjaar ${jaar}`, `Met de verdeling over gemeente, onderwijs en overig, en het totaal van ${ref}.`);
  const sleutels = [...new Set([...Object.keys(nu), ...Object.keys(toen)])].sort(
    (a, b) => Number(a === laatst) - Number(b === laatst) || a.localeCompare(b, 'nl'),
  );
  const labelKolommen: Kolom[] = soort === 'Functie' ? [{ kop: 'Functie' }, { kop: 'Omschrijving' }] : [{ kop: 'Aanbieder' }];
  const n = labelKolommen.length;
  const kolommen: Kolom[] = [
    ...labelKolommen,
    { kop: `Totaal ${jaar}`, soort: 'euro' },
    { kop: 'Gemeente', soort: 'euro' },
    { kop: 'Onderwijs', soort: 'euro' },
    { kop: 'Overig', soort: 'euro' },
    { kop: `Totaal ${ref}`, soort: 'euro' },
    { kop: 'Verschil', soort: 'euro' },
    ...(toelichting ? [{ kop: 'Toelichting', maxBreedte: 40 }] : []),
  ];
  const eerste = blad.volgendeRij + 1;
  const L = (i: number) => kolomLetter(n + i + 1);
  const som = { totaal: 0, gemeente: 0, onderwijs: 0, overig: 0, vorig: 0 };
  const rijen = sleutels.map((s, i) => {
    const a = nu[s] ?? legeVerdeling();
    const b = toen[s] ?? legeVerdeling();
    som.totaal += a.totaal;
    som.gemeente += a.gemeente;
    som.onderwijs += a.onderwijs;
    som.overig += a.overig;
    som.vorig += b.totaal;
    const r = eerste + i;
    return [
      ...labels(s),
      euro(a.totaal),
      euro(a.gemeente),
      euro(a.onderwijs),
      euro(a.overig),
      euro(b.totaal),
      { formula: `${L(0)}${r}-${L(4)}${r}`, result: euro(a.totaal - b.totaal) },
      ...(toelichting ? [toelichting(s)] : []),
    ];
  });
  blad.tabel({
    kolommen,
    rijen,
    totaal: {
      label: 'Totaal',
      kolommen: {
        [n]: euro(som.totaal),
        [n + 1]: euro(som.gemeente),
        [n + 2]: euro(som.onderwijs),
        [n + 3]: euro(som.overig),
        [n + 4]: euro(som.vorig),
        [n + 5]: euro(som.totaal - som.vorig),
      },
    },
    delen: [{ totaal: n, delen: [n + 1, n + 2, n + 3] }],
    filter: true,
  });
  blad.klaar();
}

const EIGEN_INZET_REGEL = `${INZETSOORT_LABEL.onderwijs} (geen aanbieder)`;

/**
 * Cost per aanbieder in a begrotingsjaar, summed from the engine's amount per afspraak (rule 3), with
 * the functies the onderwijs pays itself as one row EIGEN_INZET_REGEL instead of under their aanbieder.
 */
function perAanbiederOfEigenInzet(
  afspraken: readonly AfspraakRegel[],
  jaar: number,
  betalers: ReadonlyMap<string, Betaler>,
  ctx: RapportGegevens['instellingen'],
): Record<string, Verdeling> {
  const uit: Record<string, Verdeling> = {};
  for (const a of afspraken) {
    if (!isGeteld(a.status) || maandenInJaar(a, jaar, ctx.schooljaarStartMaand) === 0) continue;
    const sleutel = inzetsoort(a.functie, betalers) === 'onderwijs' ? EIGEN_INZET_REGEL : a.aanbieder;
    telOp((uit[sleutel] ??= legeVerdeling()), bedragInBegrotingsjaar(a, jaar, ctx));
  }
  return uit;
}

/**
 * Per schooljaar and functie, the months that fall in the begrotingsjaar written out
 * (`sep-dec 2017: 4/12 × € 343.000 = € 114.333`). Afspraken with their own start or end date
 * get a line of their own with their own months.
 */
function verdelingSchooljaren(blad: Blad, jaar: number, g: RapportGegevens): void {
  const ctx = g.instellingen;
  const startMaand = ctx.schooljaarStartMaand;
  blad.titel(
    `Van schooljaar naar begrotingsjaar ${jaar}`,
    'Elke maand van een schooljaar telt voor 1/12 van het jaarbedrag mee in het kalenderjaar waarin die maand valt.',
  );
  interface Groep {
    schooljaar: number;
    functie: string;
    omschrijving: string;
    maanden: ReturnType<typeof afspraakMaanden>;
    jaarTotaal: number;
    jaarGemeente: number;
    inJaar: Verdeling;
    aantal: number;
  }
  const groepen = new Map<string, Groep>();
  const losse = new Map<string, Groep>();
  for (const a of g.afspraken) {
    if (!isGeteld(a.status) || (a.schooljaar !== jaar && a.schooljaar !== jaar - 1)) continue;
    const maandenInY = maandenInJaar(a, jaar, startMaand);
    const jaarbedrag = jaarkosten(a, ctx);
    const deel = bedragInBegrotingsjaar(a, jaar, ctx);
    const heelJaar = aantalMaanden(a, startMaand) === 12;
    if (!heelJaar && maandenInY === 0) continue;
    const gemeente = verdeel(jaarbedrag, a).gemeente;
    if (heelJaar) {
      const sleutel = `${a.schooljaar}|${a.functie}`;
      let groep = groepen.get(sleutel);
      if (!groep) {
        groep = {
          schooljaar: a.schooljaar,
          functie: a.functie,
          omschrijving: 'heel schooljaar',
          maanden: schooljaarMaanden(a.schooljaar, startMaand),
          jaarTotaal: 0,
          jaarGemeente: 0,
          inJaar: legeVerdeling(),
          aantal: 0,
        };
        groepen.set(sleutel, groep);
      }
      groep.jaarTotaal += jaarbedrag;
      groep.jaarGemeente += gemeente;
      telOp(groep.inJaar, deel);
      groep.aantal++;
    } else {
      // Afspraken of one functie with the same months (e.g. all that moved to another aanbieder on
      // 1 January) form one line, so the paragraph stays readable; a single one names its school.
      const maanden = afspraakMaanden(a, startMaand);
      const sleutel = `${a.schooljaar}|${a.functie}|${maandBereikTekst(maanden)}`;
      const groep = losse.get(sleutel);
      if (groep) {
        groep.jaarTotaal += jaarbedrag;
        groep.jaarGemeente += gemeente;
        telOp(groep.inJaar, deel);
        groep.aantal++;
        groep.omschrijving = `${groep.aantal} met eigen periode`;
      } else {
        losse.set(sleutel, {
          schooljaar: a.schooljaar,
          functie: a.functie,
          omschrijving: `${a.schoolNaam}, ${a.aanbieder} (eigen start- of einddatum)`,
          maanden,
          jaarTotaal: jaarbedrag,
          jaarGemeente: gemeente,
          inJaar: { ...deel },
          aantal: 1,
        });
      }
    }
  }
  const lijst = [...[...groepen.values()].sort((a, b) => a.schooljaar - b.schooljaar || a.functie.localeCompare(b.functie)), ...losse.values()];
  const totaal = legeVerdeling();
  const rijen = lijst.map((gr) => {
    telOp(totaal, gr.inJaar);
    return [
      schooljaarLabel(gr.schooljaar),
      gr.functie,
      veiligeTekst(gr.omschrijving),
      gr.aantal,
      maandSplitsingTekst(gr.maanden, jaar, gr.jaarTotaal),
      euro(gr.inJaar.totaal),
      maandSplitsingTekst(gr.maanden, jaar, gr.jaarGemeente),
      euro(gr.inJaar.gemeente),
      euro(gr.inJaar.onderwijs),
      euro(gr.inJaar.overig),
    ] as CelWaarde[];
  });
  blad.tabel({
    kolommen: [
      { kop: 'Schooljaar' },
      { kop: 'Functie' },
      { kop: 'Afspraken', maxBreedte: 30 },
      { kop: 'Aantal', soort: 'getal' },
      { kop: 'Berekening totaal' },
      { kop: `Totaal in ${jaar}`, soort: 'euro' },
      { kop: 'Berekening deel gemeente' },
      { kop: `Gemeente in ${jaar}`, soort: 'euro' },
      { kop: `Onderwijs in ${jaar}`, soort: 'euro' },
      { kop: `Overig in ${jaar}`, soort: 'euro' },
    ],
    rijen,
    totaal: { label: 'Totaal', kolommen: { 5: euro(totaal.totaal), 7: euro(totaal.gemeente), 8: euro(totaal.onderwijs), 9: euro(totaal.overig) } },
    delen: [{ totaal: 5, delen: [7, 8, 9] }],
    filter: true,
  });
  blad.leeg();
  blad.tekst("De berekening is afgerond op hele euro's; de bedragen in de kolommen zijn per afspraak op centen berekend en opgeteld.");
  blad.klaar();
}

/** Cost per leerling per sector and wijk (DUO count, year named) and per jeugdige 0-19, with the kerncijfers beside DUO. */
function perLeerlingBlad(blad: Blad, jaar: number, p: KostenPerLeerling): void {
  const teljaren = p.teljarenGebruikt.filter((j) => j !== p.teljaar);
  blad.titel(
    `Kosten per leerling en per jeugdige, begrotingsjaar ${jaar}`,
    `Leerlingen: DUO-telling van 1 oktober ${p.teljaar}${teljaren.length ? ` (scholen zonder telling in ${p.teljaar}: hun dichtstbijzijnde telling, uit ${teljaren.join(', ')})` : ''}. Scholen zonder bekend aantal tellen niet mee in de leerlingen.`,
  );
  const kolommen: Kolom[] = [
    { kop: 'Groep', maxBreedte: 30 },
    { kop: 'Kosten', soort: 'euro' },
    { kop: 'Kosten gemeente', soort: 'euro' },
    { kop: `Leerlingen (DUO ${p.teljaar})`, soort: 'getal' },
    { kop: 'Kosten per leerling', soort: 'euroCenten' },
    { kop: 'Gemeente per leerling', soort: 'euroCenten' },
    { kop: 'Scholen', soort: 'getal' },
    { kop: 'Scholen zonder aantal', soort: 'getal' },
  ];
  const rij = (naam: string, r: PerLeerlingRegel, n: number): CelWaarde[] => [
    veiligeTekst(naam),
    euro(r.kostenCents),
    euro(r.gemeenteCents),
    r.leerlingen,
    // A formula, so the figure follows when a reader changes a count; cached with the engine's value.
    r.leerlingen > 0 ? { formula: `ROUND(B${n}/D${n},2)`, result: euro(r.perLeerlingCents ?? 0) } : '',
    r.leerlingen > 0 ? { formula: `ROUND(C${n}/D${n},2)`, result: euro(r.gemeentePerLeerlingCents ?? 0) } : '',
    r.scholen,
    r.scholenZonderTelling,
  ];
  for (const [titel, regels] of [
    ['Per sector', p.perSector],
    ['Per wijk', p.perWijk],
  ] as const) {
    blad.sectie(titel);
    // The table's header takes the next row; its data start one below.
    const start = blad.volgendeRij + 1;
    blad.tabel({
      kolommen: [{ ...kolommen[0], kop: titel === 'Per sector' ? 'Sector' : 'Wijk' }, ...kolommen.slice(1)],
      rijen: [...regels.map((r, i) => rij(r.naam, r, start + i)), rij('Totaal', p.totaal, start + regels.length)],
    });
    blad.leeg();
  }
  blad.sectie('Per jeugdige (0 tot 19 jaar) en de kerncijfers naast DUO');
  const j = p.jeugdigen;
  const v = p.vergelijking;
  const onbekend = (n: number | null, soort: Soort): [CelWaarde, Soort | undefined] =>
    n === null ? ['onbekend', undefined] : [soort === 'getal' ? n : euro(n), soort];
  const regels: [string, CelWaarde, Soort | undefined][] = [];
  if (j) {
    regels.push([`Jeugdigen 0-19 jaar (kerncijfers ${j.kerncijfersJaar})`, ...onbekend(j.jeugdigen019, 'getal')]);
    regels.push(['Kosten per jeugdige', ...onbekend(j.perJeugdigeCents, 'euroCenten')]);
    regels.push(['Kosten gemeente per jeugdige', ...onbekend(j.gemeentePerJeugdigeCents, 'euroCenten')]);
    regels.push([`Leerlingen PO volgens de kerncijfers ${v.kerncijfersJaar}`, ...onbekend(v.kerncijfersPo, 'getal')]);
  } else {
    regels.push(['Kerncijfers', 'Nog geen kerncijfers: voeg ze toe bij Begroting om de kosten per jeugdige te zien.', undefined]);
  }
  regels.push([`Leerlingen PO volgens DUO ${p.teljaar} (PO en SBO)`, v.duoPo, 'getal']);
  if (j) regels.push([`Leerlingen VO volgens de kerncijfers ${v.kerncijfersJaar}`, ...onbekend(v.kerncijfersVo, 'getal')]);
  regels.push([`Leerlingen VO volgens DUO ${p.teljaar} (VO en PRO)`, v.duoVo, 'getal']);
  for (const [label, waarde, soort] of regels) blad.regel([label, waarde], [undefined, soort]);
  blad.klaar();
}

function dekkingBlad(blad: Blad, dek: Dekking, k: Kostenoverzicht): void {
  blad.titel(`Dekking begrotingsjaar ${dek.jaar}`, 'De kosten van de gemeente gedekt uit de begrotingsposten: eerst structureel, dan incidenteel.');
  let ingezet = 0;
  let resterend = 0;
  const t = blad.tabel({
    kolommen: [
      { kop: 'Begrotingspost' },
      { kop: 'Soort' },
      { kop: `Bedrag ${dek.jaar}`, soort: 'euro' },
      { kop: 'Ingezet', soort: 'euro' },
      { kop: 'Resterend', soort: 'euro' },
      { kop: 'Betaalt voor regeling' },
    ],
    rijen: dek.posten.map((p) => {
      ingezet += p.ingezetCents;
      resterend += p.resterendCents;
      return [veiligeTekst(p.naam), p.soort, euro(p.bedragCents), euro(p.ingezetCents), euro(p.resterendCents), veiligeTekst(p.regelingen.join(', '))];
    }),
    totaal: { label: 'Totaal begrotingsposten', kolommen: { 2: euro(dek.budgetCents), 3: euro(ingezet), 4: euro(resterend) } },
    filter: true,
  });
  blad.leeg();
  // Cents where whole euros would not add up or the saldo is a few cents below zero (never "-€ 0").
  const soorten = saldoSoorten(dek.budgetCents, dek.kostenGemeenteCents);
  const kostenRij = blad.volgendeRij;
  blad.regel([`Kosten gemeente ${dek.jaar}`, null, euro(dek.kostenGemeenteCents)], [undefined, undefined, soorten.deel]);
  const saldoRij = blad.volgendeRij;
  blad.regel(
    ['Saldo (negatief is tekort)', null, { formula: `C${t.totaalRij}-C${kostenRij}`, result: euro(dek.saldoCents) }],
    [undefined, undefined, soorten.saldo],
    true,
  );
  blad.regel(['Tekort', null, { formula: `MAX(0,-C${saldoRij})`, result: euro(dek.tekortCents) }], [undefined, undefined, soorten.deel], true);
  blad.leeg();
  blad.regel([`In voorbereiding, deel gemeente (niet meegeteld)`, null, euro(k.inVoorbereiding.gemeente)], [undefined, undefined, 'euro']);
  proeftuinTabel(blad, dek);
  if (dek.posten.length === 0) blad.tekst(`Er zijn geen begrotingsposten met een bedrag voor ${dek.jaar}. Voeg ze toe op de pagina Begroting.`);
  blad.klaar();
}

/** Summary: each proeftuin's gemeente money on its own line, for both years, beside (not in) the saldo. */
function proeftuinRegels(blad: Blad, jaar: number, dek: Dekking, dekVorig: Dekking): void {
  const namen = [...new Map([...dek.proeftuinen, ...dekVorig.proeftuinen].map((p) => [p.proeftuinId, p.naam])).entries()];
  if (namen.length === 0) return;
  blad.leeg();
  blad.sectie('Proeftuinen: deel gemeente, betaald uit het eigen budget van de proeftuin (buiten het saldo)');
  const bedrag = (d: Dekking, id: number) => d.proeftuinen.find((p) => p.proeftuinId === id)?.gemeenteCents ?? 0;
  const eerste = blad.volgendeRij;
  for (const [id, naam] of namen) {
    const r = blad.volgendeRij;
    const [a, b] = [bedrag(dek, id), bedrag(dekVorig, id)];
    blad.regel([`Proeftuin ${veiligeTekst(naam)}`, euro(a), euro(b), { formula: `B${r}-C${r}`, result: euro(a - b) }], [undefined, 'euro', 'euro', 'euro']);
  }
  const laatste = blad.volgendeRij - 1;
  const [a, b] = [dek.proeftuinenGemeenteCents, dekVorig.proeftuinenGemeenteCents];
  blad.regel(
    [
      `Proeftuinen ${jaar} en ${dekVorig.jaar}: totaal deel gemeente`,
      { formula: `SUM(B${eerste}:B${laatste})`, result: euro(a) },
      { formula: `SUM(C${eerste}:C${laatste})`, result: euro(b) },
      { formula: `SUM(D${eerste}:D${laatste})`, result: euro(a - b) },
    ],
    [undefined, 'euro', 'euro', 'euro'],
    true,
  );
}

/** Dekking sheet: per proeftuin its gemeente money, paid from its own budget (docs/regels.md#regel-4). */
function proeftuinTabel(blad: Blad, dek: Dekking): void {
  if (dek.proeftuinen.length === 0) return;
  blad.leeg();
  blad.sectie(`Proeftuinen ${dek.jaar}: deel gemeente, betaald uit het eigen budget (kosten en dekking tegelijk, buiten het saldo)`);
  blad.tabel({
    kolommen: [{ kop: 'Proeftuin' }, { kop: 'Kosten gemeente', soort: 'euro' }, { kop: 'Gedekt uit eigen budget', soort: 'euro' }],
    rijen: dek.proeftuinen.map((p) => [veiligeTekst(p.naam), euro(p.gemeenteCents), euro(p.gemeenteCents)]),
    totaal: { label: 'Totaal proeftuinen', kolommen: { 1: euro(dek.proeftuinenGemeenteCents), 2: euro(dek.proeftuinenGemeenteCents) } },
  });
}

function afsprakenBlad(blad: Blad, jaar: number, g: RapportGegevens, afspraken: AfspraakRegel[], totaal: Verdeling, titel: string): void {
  const ctx = g.instellingen;
  blad.titel(`${titel}, begrotingsjaar ${jaar}`, 'Per afspraak het bedrag dat in dit kalenderjaar valt.');
  const rijen: CelWaarde[][] = [];
  const som = legeVerdeling();
  for (const a of afspraken) {
    if (a.schooljaar !== jaar && a.schooljaar !== jaar - 1) continue;
    const maanden = maandenInJaar(a, jaar, ctx.schooljaarStartMaand);
    if (maanden === 0) continue;
    const deel = bedragInBegrotingsjaar(a, jaar, ctx);
    telOp(som, deel);
    rijen.push([
      schooljaarLabel(a.schooljaar),
      a.vestigingscode,
      veiligeTekst(a.schoolNaam),
      a.sector,
      veiligeTekst(a.wijk),
      veiligeTekst(a.aanbieder),
      a.functie,
      STATUS_LABEL[a.status],
      a.basisurenPerWeek + a.extraUrenPerWeek,
      euro(jaarkosten(a, ctx)),
      maanden,
      euro(deel.totaal),
      euro(deel.gemeente),
      euro(deel.onderwijs),
      euro(deel.overig),
      veiligeTekst(a.overigeFinancier),
    ]);
  }
  // The engine's totals and the sum of the rows are the same numbers by construction (docs/regels.md#regel-3).
  if (som.totaal !== totaal.totaal || som.gemeente !== totaal.gemeente) {
    throw new Error(`Rapport ${titel}: som van de afspraken (${som.totaal}) wijkt af van het totaal (${totaal.totaal})`);
  }
  blad.tabel({
    kolommen: [
      { kop: 'Schooljaar' },
      { kop: 'Vestiging' },
      { kop: 'School', maxBreedte: 40 },
      { kop: 'Sector' },
      { kop: 'Wijk', maxBreedte: 24 },
      { kop: 'Aanbieder', maxBreedte: 24 },
      { kop: 'Functie' },
      { kop: 'Status' },
      { kop: 'Uren per week', soort: 'uren' },
      { kop: 'Jaarbedrag', soort: 'euro' },
      { kop: `Maanden in ${jaar}`, soort: 'getal' },
      { kop: `Bedrag ${jaar}`, soort: 'euro' },
      { kop: 'Gemeente', soort: 'euro' },
      { kop: 'Onderwijs', soort: 'euro' },
      { kop: 'Overig', soort: 'euro' },
      { kop: 'Overige financier', maxBreedte: 30 },
    ],
    rijen,
    totaal: { label: 'Totaal', kolommen: { 11: euro(som.totaal), 12: euro(som.gemeente), 13: euro(som.onderwijs), 14: euro(som.overig) } },
    delen: [{ totaal: 11, delen: [12, 13, 14] }],
    filter: true,
    leeg: `Er zijn geen ${titel.charAt(0).toLowerCase()}${titel.slice(1).split(':')[0]} met een bedrag in ${jaar}.`,
  });
  blad.klaar();
}
