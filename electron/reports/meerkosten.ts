// The "Meerkosten" sheet of the financiële paragraaf: the meerkosten of the begrotingsjaar against
// the referentiejaar, per financier, written out the way seed 001 does
// ("sep-dec 2017: 4/12 × € 343.000 = € 114.333", incidenteel), with the structurele doorwerking,
// for the inzet of gemeentefuncties and the eigen inzet onderwijs apart, and the functies that
// are nieuw geregistreerd named instead of counted as an increase. The figures: domain/meerkosten.ts.
import { formatEuro } from '../domain/geld';
import { INZETSOORT_LABEL, type Inzetsoort } from '../domain/eigen-inzet';
import { FINANCIERS, type Financier, type Meerkosten, type MeerkostenRegel, type MeerkostenSectie } from '../domain/meerkosten';
import { schooljaarLabel } from '../domain/schooljaar';
import { euro, veiligeTekst, type Blad, type CelWaarde } from './style';

export const FINANCIER_LABEL: Record<Financier, string> = { gemeente: 'Gemeente', onderwijs: 'Onderwijs', overig: 'Overige financiers' };

/** The seed's key sentence for the gemeente: `€ 114.333 incidenteel (sep-dec 2017: 4/12 × € 343.000 = € 114.333); …`. */
export function meerkostenZin(m: Meerkosten): string {
  const s = m.secties.gemeente;
  const regels = s.regels.filter((r) => r.financier === 'gemeente' && r.soort !== 'afronding');
  const door = s.doorwerking.find((r) => r.financier === 'gemeente');
  if (regels.length === 0 && !door) return `De gemeente heeft in ${m.jaar} geen meerkosten tegen ${m.referentiejaar}.`;
  const delen = regels.map((r) => `${formatEuro(r.bedragCents!)} ${r.soort} (${r.tekst})`);
  return (
    `Meerkosten van de gemeente in ${m.jaar} tegen ${m.referentiejaar}: ${formatEuro(s.meerkosten.gemeente)}` +
    (delen.length ? `, namelijk ${delen.join(' en ')}` : '') +
    (door ? `. Structureel ${door.tekst}.` : '.')
  );
}

export function meerkostenBlad(blad: Blad, m: Meerkosten, functieNamen: ReadonlyMap<string, string>): void {
  blad.titel(
    `Meerkosten ${m.jaar} tegen ${m.referentiejaar}`,
    `Elke maand van ${m.jaar} naast dezelfde maand van ${m.referentiejaar}: het verschil in jaarbedrag maal het aantal maanden gedeeld door 12. Een deel van het jaar is incidenteel; wat in december nog geldt, werkt structureel door.`,
  );
  blad.tekst(meerkostenZin(m));
  blad.leeg();
  for (const inzet of ['gemeente', 'onderwijs'] as Inzetsoort[]) sectie(blad, m, m.secties[inzet], functieNamen);
  blad.tekst(
    "Bedragen per afspraak zijn op centen berekend (regel 3); de regel 'Afronding' is wat de uitgeschreven berekening daardoor afwijkt, zodat de regels optellen tot de meerkosten.",
  );
  blad.klaar();
}

function sectie(blad: Blad, m: Meerkosten, s: MeerkostenSectie, functieNamen: ReadonlyMap<string, string>): void {
  blad.sectie(`${INZETSOORT_LABEL[s.inzet]}${s.functies.length ? ` (${s.functies.join(', ')})` : ''}`);
  if (s.functies.length === 0) {
    blad.tekst(`Geen ${INZETSOORT_LABEL[s.inzet].toLowerCase()} in ${m.referentiejaar} of ${m.jaar}.`);
    blad.leeg();
    return;
  }
  const financiers = FINANCIERS.filter((f) => s.kosten[f] !== 0 || s.referentie[f] !== 0);
  if (financiers.length > 0) {
    const eerste = blad.volgendeRij + 1;
    blad.tabel({
      kolommen: [
        { kop: 'Financier' },
        { kop: `Kosten ${m.referentiejaar}`, soort: 'euro' },
        { kop: `Kosten ${m.jaar}`, soort: 'euro' },
        { kop: 'Meerkosten', soort: 'euro' },
      ],
      rijen: financiers.map((f, i): CelWaarde[] => [
        FINANCIER_LABEL[f],
        euro(s.referentie[f]),
        euro(s.kosten[f]),
        { formula: `C${eerste + i}-B${eerste + i}`, result: euro(s.meerkosten[f]) },
      ]),
      totaal: { label: 'Totaal', kolommen: { 1: euro(s.referentie.totaal), 2: euro(s.kosten.totaal), 3: euro(s.meerkosten.totaal) } },
    });
    blad.leeg();
  }
  const regels = s.regels;
  if (regels.length === 0)
    blad.tekst(
      s.nieuw.length > 0
        ? 'Geen meerkosten buiten de nieuw geregistreerde functies hieronder.'
        : `Geen meerkosten: de kosten zijn elke maand gelijk aan die van ${m.referentiejaar}.`,
    );
  else {
    blad.tabel({
      kolommen: [{ kop: 'Financier' }, { kop: 'Berekening', maxBreedte: 60 }, { kop: `Meerkosten ${m.jaar}`, soort: 'euro' }, { kop: 'Soort' }],
      rijen: regels.map((r) => regelRij(r)),
      totaal: {
        label: 'Meerkosten',
        kolommen: { 2: euro(regels.reduce((t, r) => t + (r.bedragCents ?? 0), 0)) },
      },
    });
  }
  if (s.doorwerking.length > 0) blad.leeg();
  for (const r of s.doorwerking) {
    blad.regel([
      `Structureel: ${FINANCIER_LABEL[r.financier].toLowerCase()}`,
      `${r.tekst} (december ${m.jaar} tegen december ${m.referentiejaar})`,
      null,
      'structureel',
    ]);
  }
  if (s.nieuw.length > 0) {
    blad.leeg();
    blad.tekst(
      `Nieuw geregistreerd, geen kostenstijging: ${s.nieuw.map((n) => n.functie).join(', ')} ${s.nieuw.length === 1 ? 'had' : 'hadden'} in ${m.referentiejaar} geen afspraken in het register. Die inzet is er niet bij gekomen maar voor het eerst vastgelegd, en telt daarom niet mee in de meerkosten.`,
    );
    blad.tabel({
      kolommen: [
        { kop: 'Functie' },
        { kop: 'Omschrijving' },
        { kop: 'Geregistreerd vanaf' },
        { kop: `Kosten ${m.jaar}`, soort: 'euro' },
        { kop: 'Gemeente', soort: 'euro' },
        { kop: 'Onderwijs', soort: 'euro' },
        { kop: 'Overig', soort: 'euro' },
      ],
      rijen: s.nieuw.map((n) => [
        n.functie,
        veiligeTekst(functieNamen.get(n.functie) ?? n.functie),
        `schooljaar ${schooljaarLabel(n.eersteSchooljaar)}`,
        euro(n.kosten.totaal),
        euro(n.kosten.gemeente),
        euro(n.kosten.onderwijs),
        euro(n.kosten.overig),
      ]),
      totaal: {
        label: 'Totaal',
        kolommen: Object.fromEntries(
          (['totaal', 'gemeente', 'onderwijs', 'overig'] as const).map((k, i) => [3 + i, euro(s.nieuw.reduce((t, n) => t + n.kosten[k], 0))]),
        ),
      },
      delen: [{ totaal: 3, delen: [4, 5, 6] }],
    });
  }
  blad.leeg();
}

function regelRij(r: MeerkostenRegel): CelWaarde[] {
  return [FINANCIER_LABEL[r.financier], r.tekst, euro(r.bedragCents ?? 0), r.soort];
}
