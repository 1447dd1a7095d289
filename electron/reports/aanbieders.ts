// Overzicht per aanbieder for one schooljaar (for the beschikking): a summary sheet and a sheet
// per aanbieder with its schools, hours, amounts and the parts per financier.
import { AANVULLEND_BLAD, aanvullendeInzetBlad, aanvullendeInzetVoorRapport } from './aanvullend-blad';
import { schooljaarWaarschuwingen } from '../api/waarschuwingen';
import type { Db } from '../db/open';
import { bedragInSchooljaar, isGeteld, isInVoorbereiding, jaarkosten, kostenoverzicht, legeVerdeling, telOp, type Kostenoverzicht } from '../domain/kosten';
import { aantalMaanden, schooljaarLabel } from '../domain/schooljaar';
import { STATUS_LABEL } from '../domain/types';
import { laadGegevens, type AfspraakRegel, type RapportGegevens } from './gegevens';
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
  const perAanbieder = new Map<string, AfspraakRegel[]>();
  for (const a of g.afspraken) {
    if (!isGeteld(a.status) && !isInVoorbereiding(a.status)) continue;
    let lijst = perAanbieder.get(a.aanbieder);
    if (!lijst) perAanbieder.set(a.aanbieder, (lijst = []));
    lijst.push(a);
  }
  const namen = [...perAanbieder.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  const bladNamen = uniekeBladNamen(namen, ['Over dit rapport', 'Samenvatting', AANVULLEND_BLAD]);

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
      'Alleen afspraken met de status afgesproken, getekend of beëindigd tellen mee in de totalen; afspraken in concept of in overleg staan onder de tabel apart.',
      "Er wordt gerekend in centen; bedragen zijn weergegeven in hele euro's. Totalen zijn formules.",
      'Het blad Aanvullende inzet noemt elke regel aanvullende inzet apart, per aanbieder, met reden, periode en kosten (regel 18).',
    ],
    extra: [
      ['Schooljaar', schooljaarLabel(sj)],
      ['Aanbieders', String(namen.length)],
    ],
  });
  samenvatting(rapport.blad('Samenvatting'), sj, kosten);
  const bladen: Record<string, string> = {};
  namen.forEach((naam, i) => {
    bladen[naam] = bladNamen[i];
    aanbiederBlad(rapport.blad(bladNamen[i]), sj, naam, perAanbieder.get(naam)!, g);
  });
  // Issue 16 item 10: every record of aanvullende inzet apart, with its aanbieder.
  aanvullendeInzetBlad(rapport.blad(AANVULLEND_BLAD), sj, aanvullendeInzetVoorRapport(db, sj));
  const ingekort = await rapport.sluit();
  return { pad, schooljaar: sj, kosten, bladen, ingekort };
}

function samenvatting(blad: Blad, sj: number, k: Kostenoverzicht): void {
  blad.titel(
    `Kosten per aanbieder, schooljaar ${schooljaarLabel(sj)}`,
    'Afspraken die meetellen; de verdeling over gemeente, onderwijs en overige financiers.',
  );
  const namen = Object.keys(k.perAanbieder).sort((a, b) => a.localeCompare(b, 'nl'));
  blad.tabel({
    kolommen: [
      { kop: 'Aanbieder' },
      { kop: 'Totaal', soort: 'euro' },
      { kop: 'Gemeente', soort: 'euro' },
      { kop: 'Onderwijs', soort: 'euro' },
      { kop: 'Overig', soort: 'euro' },
    ],
    rijen: namen.map((n) => {
      const v = k.perAanbieder[n];
      return [veiligeTekst(n), euro(v.totaal), euro(v.gemeente), euro(v.onderwijs), euro(v.overig)];
    }),
    totaal: { label: 'Totaal', kolommen: { 1: euro(k.totaal), 2: euro(k.gemeente), 3: euro(k.onderwijs), 4: euro(k.overig) } },
    filter: true,
  });
  if (Object.keys(k.perOverigeFinancier).length > 0) {
    blad.leeg();
    blad.sectie('Overige financiers');
    for (const [naam, cents] of Object.entries(k.perOverigeFinancier)) blad.regel([veiligeTekst(naam), euro(cents)], [undefined, 'euro']);
  }
  blad.klaar();
}

const KOLOMMEN: Kolom[] = [
  { kop: 'Vestiging' },
  { kop: 'School', maxBreedte: 36 },
  { kop: 'Sector' },
  { kop: 'Wijk', maxBreedte: 22 },
  { kop: 'Functie' },
  { kop: 'Basisuren per week', soort: 'uren' },
  { kop: 'Extra uren per week', soort: 'uren' },
  { kop: 'Uurtarief', soort: 'euroCenten' },
  { kop: 'Vast bedrag per jaar', soort: 'euro' },
  { kop: 'Jaarbedrag', soort: 'euro' },
  { kop: 'Maanden', soort: 'getal' },
  { kop: 'Bedrag schooljaar', soort: 'euro' },
  { kop: 'Gemeente', soort: 'euro' },
  { kop: 'Onderwijs', soort: 'euro' },
  { kop: 'Overig', soort: 'euro' },
  { kop: 'Overige financier', maxBreedte: 28 },
  { kop: 'Status' },
];

function aanbiederBlad(blad: Blad, sj: number, naam: string, afspraken: AfspraakRegel[], g: RapportGegevens): void {
  const ctx = g.instellingen;
  blad.titel(`${veiligeTekst(naam)}, schooljaar ${schooljaarLabel(sj)}`, 'Afspraken die meetellen; in voorbereiding staat eronder apart.');
  const regels = (lijst: AfspraakRegel[]) => {
    const som = legeVerdeling();
    let basis = 0;
    let extra = 0;
    const rijen: CelWaarde[][] = lijst.map((a) => {
      const v = bedragInSchooljaar(a, ctx);
      telOp(som, v);
      basis += a.basisurenPerWeek;
      extra += a.extraUrenPerWeek;
      const tarief = a.vastBedragCents !== null ? null : (a.uurtariefCents ?? ctx.standaardTarieven[a.functie] ?? null);
      return [
        a.vestigingscode,
        veiligeTekst(a.schoolNaam),
        a.sector,
        veiligeTekst(a.wijk),
        a.functie,
        a.basisurenPerWeek,
        a.extraUrenPerWeek,
        tarief === null ? null : euro(tarief),
        a.vastBedragCents === null ? null : euro(a.vastBedragCents),
        euro(jaarkosten(a, ctx)),
        aantalMaanden(a, ctx.schooljaarStartMaand),
        euro(v.totaal),
        euro(v.gemeente),
        euro(v.onderwijs),
        euro(v.overig),
        veiligeTekst(a.overigeFinancier),
        STATUS_LABEL[a.status],
      ];
    });
    return {
      rijen,
      totaal: {
        label: 'Totaal',
        kolommen: { 5: basis, 6: extra, 11: euro(som.totaal), 12: euro(som.gemeente), 13: euro(som.onderwijs), 14: euro(som.overig) },
      },
    };
  };
  const geteld = regels(afspraken.filter((a) => isGeteld(a.status)));
  blad.tabel({ kolommen: KOLOMMEN, ...geteld, filter: true });
  const voorbereiding = afspraken.filter((a) => isInVoorbereiding(a.status));
  if (voorbereiding.length > 0) {
    blad.leeg();
    blad.sectie('In voorbereiding (concept of in overleg): niet in de totalen hierboven');
    blad.tabel({ kolommen: KOLOMMEN, ...regels(voorbereiding) });
  }
  blad.klaar();
}
