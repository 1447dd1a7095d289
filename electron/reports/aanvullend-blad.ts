// The sheet "Aanvullende inzet" of the BLOZ-overzicht and the aanbieders report (issue 16 item 10):
// every record of the schooljaar's counted afspraken apart, with its reason, period, size,
// financing, besluit, verantwoording and cost in the schooljaar (docs/regels.md#regel-18: the
// engines' amounts, laid out here).
import { aanvullendeInzetVanSchooljaar } from '../api/aanvullende-inzet';
import type { AanvullendeInzetOverzichtRij } from '../api/typen/aanvullende-inzet';
import type { Db } from '../db/open';
import { isGeteld } from '../domain/kosten';
import { schooljaarLabel } from '../domain/schooljaar';
import { AANVULLEND_BRON_LABEL } from '../domain/types';
import { datumCel, euro, veiligeTekst, type Blad, type CelWaarde, type Kolom } from './style';

export const AANVULLEND_BLAD = 'Aanvullende inzet';

/** The records of the schooljaar whose afspraak counts (regel-5), optionally of one aanbieder. */
export function aanvullendeInzetVoorRapport(db: Db, sj: number): AanvullendeInzetOverzichtRij[] {
  return aanvullendeInzetVanSchooljaar(db, sj).filter((r) => isGeteld(r.status));
}

export function aanvullendeInzetBlad(blad: Blad, sj: number, rijen: readonly AanvullendeInzetOverzichtRij[]): void {
  blad.titel(
    `Aanvullende inzet, schooljaar ${schooljaarLabel(sj)}`,
    'Per regel aanvullende inzet van een afspraak die meetelt: reden, periode, omvang, financiering, besluit en verantwoording. Kosten over de eigen maanden, met de eigen verdeling (regel 18).',
  );
  const data: CelWaarde[][] = rijen.map((r) => [
    r.vestigingscode,
    veiligeTekst(r.schoolNaam),
    veiligeTekst(r.aanbiederNaam),
    r.functie,
    datumCel(r.startdatum),
    datumCel(r.einddatum),
    r.urenPerWeek,
    r.bedragCents === null ? null : euro(r.bedragCents),
    veiligeTekst(r.reden),
    veiligeTekst(r.doelen),
    r.aandeelGemeente / 100,
    r.aandeelOnderwijs / 100,
    r.aandeelOverig / 100,
    veiligeTekst(r.overigeFinancier),
    r.aangevraagdDoor,
    datumCel(r.besluitDatum),
    veiligeTekst(r.besluitDoor),
    datumCel(r.verantwoordingUiterlijk),
    datumCel(r.verantwoordingOntvangen),
    AANVULLEND_BRON_LABEL[r.bron],
    euro(r.kosten.totaal),
    euro(r.kosten.gemeente),
    euro(r.kosten.onderwijs),
    euro(r.kosten.overig),
  ]);
  const kolommen: Kolom[] = [
    { kop: 'Vestiging' },
    { kop: 'School', maxBreedte: 32 },
    { kop: 'Aanbieder', maxBreedte: 22 },
    { kop: 'Functie' },
    { kop: 'Van', soort: 'datum' },
    { kop: 'Tot en met', soort: 'datum' },
    { kop: 'Uren per week', soort: 'uren' },
    { kop: 'Bedrag voor de periode', soort: 'euroCenten' },
    { kop: 'Reden', maxBreedte: 45 },
    { kop: 'Doelen', maxBreedte: 35 },
    { kop: 'Aandeel gemeente', soort: 'procent' },
    { kop: 'Aandeel onderwijs', soort: 'procent' },
    { kop: 'Aandeel overig', soort: 'procent' },
    { kop: 'Overige financier', maxBreedte: 28 },
    { kop: 'Aangevraagd door' },
    { kop: 'Besluit op', soort: 'datum' },
    { kop: 'Besluit door', maxBreedte: 28 },
    { kop: 'Verantwoording uiterlijk', soort: 'datum' },
    { kop: 'Verantwoording ontvangen', soort: 'datum' },
    { kop: 'Bron' },
    { kop: 'Kosten schooljaar', soort: 'euro' },
    { kop: 'Gemeente', soort: 'euro' },
    { kop: 'Onderwijs', soort: 'euro' },
    { kop: 'Overig', soort: 'euro' },
  ];
  const som = (f: (r: AanvullendeInzetOverzichtRij) => number) => euro(rijen.reduce((s, r) => s + f(r), 0));
  blad.tabel({
    kolommen,
    rijen: data,
    totaal: {
      label: 'Totaal',
      kolommen: { 20: som((r) => r.kosten.totaal), 21: som((r) => r.kosten.gemeente), 22: som((r) => r.kosten.onderwijs), 23: som((r) => r.kosten.overig) },
    },
    filter: true,
    leeg: `Er is geen aanvullende inzet bij afspraken die meetellen in schooljaar ${schooljaarLabel(sj)}.`,
  });
  blad.klaar();
}
