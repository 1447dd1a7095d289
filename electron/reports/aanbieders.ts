// Overzicht per aanbieder for one schooljaar (for the beschikking): a summary sheet and a sheet
// per aanbieder with its schools, hours, amounts, the parts per financier and the split over the
// two begrotingsjaren the schooljaar touches (a beschikking is per begrotingsjaar). The schools'
// own staff (functies the onderwijs pays itself) is no aanbieder: it has a sheet "Eigen inzet
// onderwijs" of its own (domain/eigen-inzet.ts).
import { AANVULLEND_BLAD, aanvullendeInzetBlad, aanvullendeInzetVoorRapport } from './aanvullend-blad';
import { schooljaarWaarschuwingen } from '../api/waarschuwingen';
import type { Db } from '../db/open';
import {
  bedragInBegrotingsjaar,
  bedragInSchooljaar,
  isGeteld,
  isInVoorbereiding,
  jaarkosten,
  kostenoverzicht,
  legeVerdeling,
  telOp,
  type Kostenoverzicht,
} from '../domain/kosten';
import { aantalMaanden, begrotingsjarenVanSchooljaar, maandBereikTekst, schooljaarLabel, schooljaarMaanden } from '../domain/schooljaar';
import { INZETSOORT_LABEL, inzetsoort } from '../domain/eigen-inzet';
import { opFunctieVolgorde, type Verdeling } from '../domain/types';
import { STATUS_LABEL } from '../domain/types';
import { functieBetalersVan, laadGegevens, type AfspraakRegel, type RapportGegevens } from './gegevens';
import { euro, Rapport, uniekeBladNamen, veiligeTekst, type Blad, type CelWaarde, type Kolom, type RapportUitkomst } from './style';
import { RAPPORTEN } from '../api/invoer/rapportages';

export const AANBIEDERS_NAAM = 'Overzicht per aanbieder';

export interface AanbiedersResultaat extends RapportUitkomst {
  pad: string;
  schooljaar: number;
  kosten: Kostenoverzicht;
  /** Sheet name per aanbieder name. */
  bladen: Record<string, string>;
}

export async function schrijfAanbieders(db: Db, dbPad: string, pad: string, opties: { schooljaar: number; gemaakt?: Date }): Promise<AanbiedersResultaat> {
  const sj = opties.schooljaar;
  const g = laadGegevens(db, dbPad, { schooljaren: [sj] });
  const kosten = kostenoverzicht(g.afspraken, { schooljaar: sj }, g.instellingen, g.lookups);
  const betalers = functieBetalersVan(db);
  const perAanbieder = new Map<string, AfspraakRegel[]>();
  const eigenInzet: AfspraakRegel[] = [];
  for (const a of g.afspraken) {
    if (!isGeteld(a.status) && !isInVoorbereiding(a.status)) continue;
    if (inzetsoort(a.functie, betalers) === 'onderwijs') {
      eigenInzet.push(a);
      continue;
    }
    let lijst = perAanbieder.get(a.aanbieder);
    if (!lijst) perAanbieder.set(a.aanbieder, (lijst = []));
    lijst.push(a);
  }
  const namen = [...perAanbieder.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  const bladNamen = uniekeBladNamen(namen, ['Over dit rapport', 'Samenvatting', EIGEN_INZET, AANVULLEND_BLAD]);
  const jaren = begrotingsjarenVanSchooljaar(sj, g.instellingen.schooljaarStartMaand);
  const deel = deelTekst(sj, g.instellingen.schooljaarStartMaand);

  const rapport = Rapport.start(pad, {
    waarschuwingen: schooljaarWaarschuwingen(db, sj).map((w) => w.tekst),
    rapport: AANBIEDERS_NAAM,
    periode: `schooljaar ${schooljaarLabel(sj)}`,
    gemeente: g.instellingen.gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.aanbieders.publiek,
    voorbeeld: g.voorbeeld,
    omschrijving: [
      `Per aanbieder de scholen waar zij in schooljaar ${schooljaarLabel(sj)} inzet leveren: functie, uren per week, tarief, het bedrag over het schooljaar en wie welk deel betaalt. Bedoeld als onderbouwing van de beschikking.`,
      `Een beschikking geldt per begrotingsjaar (kalenderjaar). Het schooljaar valt in ${jaren.join(' en ')}: elke maand telt voor 1/12 van het jaarbedrag mee in het jaar waarin die maand valt. De kolommen "${jaren.map(deel).join('" en "')}" geven die verdeling.`,
      `De eigen inzet van het onderwijs (functies die het onderwijs zelf betaalt, zoals IB, ZC en orthopedagoog) is geen aanbieder en staat apart op het blad "${EIGEN_INZET}".`,
      'Alleen afspraken met de status afgesproken, getekend of beëindigd tellen mee in de totalen; afspraken in concept of in overleg staan onder de tabel apart.',
      "Er wordt gerekend in centen; bedragen zijn weergegeven in hele euro's. Waar de hele euro's van een kolom of van een regel (gemeente, onderwijs en overig naast het bedrag) niet optellen tot het totaal, staan die bedragen in centen. Totalen zijn formules.",
      'Het blad Aanvullende inzet noemt elke regel aanvullende inzet apart, per aanbieder, met reden, periode en kosten (regel 18).',
    ],
    extra: [
      ['Schooljaar', schooljaarLabel(sj)],
      ['Aanbieders', String(namen.length)],
    ],
  });
  samenvatting(rapport.blad('Samenvatting'), sj, jaren, g, perAanbieder, eigenInzet, kosten);
  const bladen: Record<string, string> = {};
  namen.forEach((naam, i) => {
    bladen[naam] = bladNamen[i];
    aanbiederBlad(rapport.blad(bladNamen[i]), sj, jaren, veiligeTekst(naam)!, perAanbieder.get(naam)!, g, false);
  });
  if (eigenInzet.length > 0) aanbiederBlad(rapport.blad(EIGEN_INZET), sj, jaren, EIGEN_INZET, eigenInzet, g, true);
  // Issue 16 item 10: every record of aanvullende inzet apart, with its aanbieder.
  aanvullendeInzetBlad(rapport.blad(AANVULLEND_BLAD), sj, aanvullendeInzetVoorRapport(db, sj));
  const ingekort = await rapport.sluit();
  return { pad, schooljaar: sj, kosten, bladen, ingekort };
}

const EIGEN_INZET = INZETSOORT_LABEL.onderwijs;

/** The amounts of afspraken: over the schooljaar and in each begrotingsjaar it touches. */
function bedragen(afspraken: readonly AfspraakRegel[], jaren: number[], g: RapportGegevens): { schooljaar: Verdeling; perJaar: Verdeling[] } {
  const schooljaar = legeVerdeling();
  const perJaar = jaren.map(() => legeVerdeling());
  for (const a of afspraken) {
    telOp(schooljaar, bedragInSchooljaar(a, g.instellingen));
    jaren.forEach((j, i) => telOp(perJaar[i], bedragInBegrotingsjaar(a, j, g.instellingen)));
  }
  return { schooljaar, perJaar };
}

function samenvatting(
  blad: Blad,
  sj: number,
  jaren: number[],
  g: RapportGegevens,
  perAanbieder: ReadonlyMap<string, AfspraakRegel[]>,
  eigenInzet: readonly AfspraakRegel[],
  k: Kostenoverzicht,
): void {
  blad.titel(
    `Kosten per aanbieder, schooljaar ${schooljaarLabel(sj)}`,
    `Afspraken die meetellen; de verdeling over gemeente, onderwijs en overige financiers, en over de begrotingsjaren ${jaren.join(' en ')}.`,
  );
  const namen = [...perAanbieder.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  const regels: [string, AfspraakRegel[]][] = namen.map((n) => [veiligeTekst(n)!, perAanbieder.get(n)!.filter((a) => isGeteld(a.status))]);
  const eigen = eigenInzet.filter((a) => isGeteld(a.status));
  if (eigen.length > 0)
    regels.push([`${EIGEN_INZET} (${[...new Set(eigen.map((a) => a.functie))].sort(opFunctieVolgorde).join(', ')}; geen aanbieder)`, eigen]);
  const som = { schooljaar: legeVerdeling(), perJaar: jaren.map(() => legeVerdeling()) };
  const rijen = regels.map(([label, lijst]): CelWaarde[] => {
    const b = bedragen(lijst, jaren, g);
    telOp(som.schooljaar, b.schooljaar);
    b.perJaar.forEach((v, i) => telOp(som.perJaar[i], v));
    return [
      label,
      euro(b.schooljaar.totaal),
      euro(b.schooljaar.gemeente),
      euro(b.schooljaar.onderwijs),
      euro(b.schooljaar.overig),
      ...b.perJaar.flatMap((v) => [euro(v.totaal), euro(v.gemeente)]),
    ];
  });
  // The engine's total and the sum of the rows are the same numbers by construction (docs/regels.md#regel-3).
  if (som.schooljaar.totaal !== k.totaal) throw new Error(`Overzicht per aanbieder: som ${som.schooljaar.totaal} wijkt af van ${k.totaal}`);
  blad.tabel({
    kolommen: [
      { kop: 'Aanbieder', maxBreedte: 50 },
      { kop: 'Totaal schooljaar', soort: 'euro' },
      { kop: 'Gemeente', soort: 'euro' },
      { kop: 'Onderwijs', soort: 'euro' },
      { kop: 'Overig', soort: 'euro' },
      ...jaren.flatMap((j): Kolom[] => [
        { kop: `Totaal ${deelTekst(sj, g.instellingen.schooljaarStartMaand)(j)}`, soort: 'euro' },
        { kop: `Gemeente ${deelTekst(sj, g.instellingen.schooljaarStartMaand)(j)}`, soort: 'euro' },
      ]),
    ],
    rijen,
    leeg: `Er zijn geen afspraken die meetellen in schooljaar ${schooljaarLabel(sj)}.`,
    // Gemeente, onderwijs and overig are parts of the schooljaar's total, and so are the totals per begrotingsjaar.
    delen: [
      { totaal: 1, delen: [2, 3, 4] },
      { totaal: 1, delen: jaren.map((_, i) => 5 + 2 * i) },
    ],
    totaal: {
      label: 'Totaal',
      kolommen: Object.fromEntries(
        [
          som.schooljaar.totaal,
          som.schooljaar.gemeente,
          som.schooljaar.onderwijs,
          som.schooljaar.overig,
          ...som.perJaar.flatMap((v) => [v.totaal, v.gemeente]),
        ].map((c, i) => [i + 1, euro(c)]),
      ),
    },
    filter: true,
  });
  if (Object.keys(k.perOverigeFinancier).length > 0) {
    blad.leeg();
    blad.sectie('Overige financiers');
    for (const [naam, cents] of Object.entries(k.perOverigeFinancier)) blad.regel([veiligeTekst(naam), euro(cents)], [undefined, 'euro']);
  }
  blad.klaar();
}

/** The months of the schooljaar in begrotingsjaar j, as a header says them: `sep-dec 2017`. */
function deelTekst(sj: number, startMaand: number): (j: number) => string {
  const maanden = schooljaarMaanden(sj, startMaand);
  return (j) => maandBereikTekst(maanden.filter((m) => m.jaar === j));
}

/** The columns of an aanbieder sheet; the eigen inzet sheet names who delivers it in a column of its own. */
function kolommen(jaren: number[], deel: (j: number) => string, metAanbieder: boolean): Kolom[] {
  return [
    { kop: 'Vestiging' },
    { kop: 'School', maxBreedte: 36 },
    { kop: 'Sector' },
    { kop: 'Wijk', maxBreedte: 22 },
    ...(metAanbieder ? [{ kop: 'Geleverd door', maxBreedte: 22 }] : []),
    { kop: 'Functie' },
    { kop: 'Basisuren per week', soort: 'uren' },
    { kop: 'Extra uren per week', soort: 'uren' },
    { kop: 'Uurtarief', soort: 'euroCenten' },
    { kop: 'Vast bedrag per jaar', soort: 'euro' },
    { kop: 'Jaarbedrag', soort: 'euro' },
    { kop: 'Maanden', soort: 'getal' },
    { kop: 'Bedrag schooljaar', soort: 'euro' },
    ...jaren.map((j): Kolom => ({ kop: `In ${deel(j)}`, soort: 'euro' })),
    { kop: 'Gemeente', soort: 'euro' },
    { kop: 'Onderwijs', soort: 'euro' },
    { kop: 'Overig', soort: 'euro' },
    { kop: 'Overige financier', maxBreedte: 28 },
    { kop: 'Status' },
  ];
}

function aanbiederBlad(blad: Blad, sj: number, jaren: number[], naam: string, afspraken: AfspraakRegel[], g: RapportGegevens, eigenInzet: boolean): void {
  const ctx = g.instellingen;
  blad.titel(
    `${naam}, schooljaar ${schooljaarLabel(sj)}`,
    eigenInzet
      ? 'Inzet die het onderwijs zelf betaalt (geen aanbieder). Afspraken die meetellen; in voorbereiding staat eronder apart.'
      : 'Afspraken die meetellen; in voorbereiding staat eronder apart.',
  );
  const k = kolommen(jaren, deelTekst(sj, ctx.schooljaarStartMaand), eigenInzet);
  const n = eigenInzet ? 1 : 0;
  const regels = (lijst: AfspraakRegel[]) => {
    const som = legeVerdeling();
    const perJaar = jaren.map(() => 0);
    let basis = 0;
    let extra = 0;
    let vast = 0;
    let jaarbedrag = 0;
    const rijen: CelWaarde[][] = lijst.map((a) => {
      const v = bedragInSchooljaar(a, ctx);
      telOp(som, v);
      const inJaar = jaren.map((j) => bedragInBegrotingsjaar(a, j, ctx).totaal);
      inJaar.forEach((c, i) => (perJaar[i] += c));
      basis += a.basisurenPerWeek;
      extra += a.extraUrenPerWeek;
      vast += a.vastBedragCents ?? 0;
      jaarbedrag += jaarkosten(a, ctx);
      const tarief = a.vastBedragCents !== null ? null : (a.uurtariefCents ?? ctx.standaardTarieven[a.functie] ?? null);
      return [
        a.vestigingscode,
        veiligeTekst(a.schoolNaam),
        a.sector,
        veiligeTekst(a.wijk),
        ...(eigenInzet ? [veiligeTekst(a.aanbieder)] : []),
        a.functie,
        a.basisurenPerWeek,
        a.extraUrenPerWeek,
        tarief === null ? null : euro(tarief),
        a.vastBedragCents === null ? null : euro(a.vastBedragCents),
        euro(jaarkosten(a, ctx)),
        aantalMaanden(a, ctx.schooljaarStartMaand),
        euro(v.totaal),
        ...inJaar.map(euro),
        euro(v.gemeente),
        euro(v.onderwijs),
        euro(v.overig),
        veiligeTekst(a.overigeFinancier),
        STATUS_LABEL[a.status],
      ];
    });
    // Hours (per week) and every money column but the rate (a rate does not add up) get a total.
    const b = 5 + n;
    const totalen: number[] = [
      basis,
      extra,
      NaN,
      euro(vast),
      euro(jaarbedrag),
      NaN,
      euro(som.totaal),
      ...perJaar.map(euro),
      euro(som.gemeente),
      euro(som.onderwijs),
      euro(som.overig),
    ];
    // The bedrag of the schooljaar (b + 6) is the sum of its financiers' parts and of its begrotingsjaren.
    const bedrag = b + 6;
    const jaarKolommen = jaren.map((_, i) => bedrag + 1 + i);
    return {
      rijen,
      totaal: { label: 'Totaal', kolommen: Object.fromEntries(totalen.map((t, i) => [b + i, t]).filter(([, t]) => !Number.isNaN(t))) },
      delen: [
        { totaal: bedrag, delen: [0, 1, 2].map((i) => bedrag + jaren.length + 1 + i) },
        { totaal: bedrag, delen: jaarKolommen },
      ],
    };
  };
  const geteld = regels(afspraken.filter((a) => isGeteld(a.status)));
  blad.tabel({ kolommen: k, ...geteld, filter: true, leeg: `Er zijn geen afspraken die meetellen in schooljaar ${schooljaarLabel(sj)}.` });
  const voorbereiding = afspraken.filter((a) => isInVoorbereiding(a.status));
  if (voorbereiding.length > 0) {
    blad.leeg();
    blad.sectie('In voorbereiding (concept of in overleg): niet in de totalen hierboven');
    blad.tabel({ kolommen: k, ...regels(voorbereiding) });
  }
  blad.klaar();
}
