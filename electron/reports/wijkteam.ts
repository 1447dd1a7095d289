// The "Wijkteams" sheet of the BLOZ-overzicht (seed 001): from 2017-2018 the hours of the social
// worker on PO schools go to the sociale wijkteams as (PO schools in the wijk × basisinzet per
// school). Per wijk that figure beside the hours the afspraken give (domain/wijkteam.ts), then the
// PO schools of each wijk with their own hours, so the wijkteam can agree with each school.
import type { Db } from '../db/open';
import { formatUren } from '../domain/geld';
import { schooljaarLabel } from '../domain/schooljaar';
import { wijkteamUren } from '../domain/wijkteam';
import { wijkteamFunctiesVan, type RapportGegevens } from './gegevens';
import { veiligeTekst, type Blad, type CelWaarde } from './style';

/** Basisinzet per school when no regeling sets one: the seed's average of 4 uur per school per week. */
const STANDAARD_UREN = 4;

export function wijkteamBlad(blad: Blad, db: Db, sj: number, g: RapportGegevens): void {
  blad.titel(
    `Wijkteams, schooljaar ${schooljaarLabel(sj)}`,
    'De uren van de sociaal werker op PO-scholen gaan naar de sociale wijkteams: het aantal PO-scholen in de wijk maal de basisinzet per school. Daarnaast de uren die de afspraken geven (gemiddeld over het schooljaar).',
  );
  const functies = wijkteamFunctiesVan(db, sj);
  if (functies.length === 0) {
    blad.tekst(`Er zijn in schooljaar ${schooljaarLabel(sj)} geen afspraken die meetellen van een sociaal werker (zoals JGW of JMW) op PO-scholen.`);
    blad.klaar();
    return;
  }
  const school = new Map(g.scholen.map((s) => [s.id, s]));
  for (const { functie, urenPerSchool } of functies) {
    const uren = urenPerSchool ?? STANDAARD_UREN;
    const w = wijkteamUren({
      scholen: g.scholen,
      sector: 'PO',
      urenPerSchool: uren,
      wijkNamen: g.wijkNamen,
      vergelijk: { afspraken: g.afspraken, schooljaar: sj, functie, startMaand: g.instellingen.schooljaarStartMaand },
    });
    blad.sectie(`${functie}: PO-scholen × ${formatUren(uren)} uur per week`);
    if (urenPerSchool === null) blad.tekst(`De regeling noemt geen basisinzet voor ${functie} op PO-scholen; gerekend met ${STANDAARD_UREN} uur per school.`);
    const eerste = blad.volgendeRij + 1;
    blad.tabel({
      kolommen: [
        { kop: 'Wijk', maxBreedte: 30 },
        { kop: 'PO-scholen', soort: 'getal' },
        { kop: `Uren voor het wijkteam (scholen × ${formatUren(uren)})`, soort: 'uren' },
        { kop: `Afgesproken uren ${functie}`, soort: 'uren' },
        { kop: 'Verschil', soort: 'uren' },
      ],
      rijen: w.perWijk.map((r, i): CelWaarde[] => [
        veiligeTekst(r.wijk),
        r.aantalScholen,
        r.uren,
        r.afgesprokenUren ?? 0,
        { formula: `D${eerste + i}-C${eerste + i}`, result: Math.round(((r.afgesprokenUren ?? 0) - r.uren) * 100) / 100 },
      ]),
      totaal: {
        label: 'Totaal',
        kolommen: { 1: w.aantalScholen, 2: w.uren, 3: w.afgesprokenUren ?? 0, 4: Math.round(((w.afgesprokenUren ?? 0) - w.uren) * 100) / 100 },
      },
    });
    blad.leeg();
    const perSchool = w.perSchool
      .map((s) => ({
        ...s,
        naam: school.get(s.schoolId)!.naam,
        vestigingscode: school.get(s.schoolId)!.vestigingscode,
        wijk: s.wijkId === null ? null : (g.wijkNamen.get(s.wijkId) ?? null),
      }))
      .sort((a, b) => opWijk(a.wijk, b.wijk) || a.naam.localeCompare(b.naam, 'nl') || a.vestigingscode.localeCompare(b.vestigingscode));
    blad.tabel({
      kolommen: [
        { kop: 'Wijk', maxBreedte: 30 },
        { kop: 'Vestiging' },
        { kop: 'School', maxBreedte: 40 },
        { kop: `Afgesproken uren ${functie}`, soort: 'uren' },
      ],
      rijen: perSchool.map((s) => [veiligeTekst(s.wijk ?? 'Zonder wijk'), s.vestigingscode, veiligeTekst(s.naam), s.afgesprokenUren ?? 0]),
      totaal: { label: 'Totaal', kolommen: { 3: w.afgesprokenUren ?? 0 } },
    });
    blad.leeg();
  }
  blad.klaar();
}

/** Wijken alphabetically, schools without a wijk last (as domain/wijkteam.ts orders them). */
function opWijk(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return a.localeCompare(b, 'nl');
}
