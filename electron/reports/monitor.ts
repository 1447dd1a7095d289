// "Monitor" workbook for one schooljaar (issue 18): the share of ondersteuningsvragen handled
// within school (rule 12) per school, wijk, sector and aanbieder against the norm, the trend over
// schooljaren, and the realised against agreed hours. The figures come from the pure engines
// (domain/monitor.ts, domain/realisatie.ts); this file only lays them out. Percentages are live
// formulas (binnen / vragen) with the exact fraction cached; the cell format shows one decimal,
// which is the app's half-up rounding for these non-negative shares.
import type { Db } from '../db/open';
import { isVoorbeeld, leesInstellingen } from '../db/instellingen-repo';
import { leesMonitorInstellingen, monitorRegels, realisatieGegevens } from '../db/monitor-repo';
import { monitorTrend, monitorUitkomst, NORM_STATUS_LABEL, type MonitorGroep, type Norm } from '../domain/monitor';
import { realisatie, type Realisatie } from '../domain/realisatie';
import { schooljaarLabel } from '../domain/schooljaar';
import { kolomLetter, Rapport, veiligeTekst, type Blad, type CelWaarde, type Kolom, type RapportUitkomst } from './style';
import { RAPPORTEN } from '../api/invoer/rapportages';
import { indicatorenBlad, laadMonitorDoelen, proeftuinenBlad } from './monitor-doelen';

export const MONITOR_NAAM = 'Monitor';

const TELLING: Kolom[] = [
  { kop: 'Ondersteuningsvragen', soort: 'getal' },
  { kop: 'Binnen school opgevangen', soort: 'getal' },
  { kop: 'Verwezen naar jeugdhulp', soort: 'getal' },
  { kop: 'Verwezen via wijkteam', soort: 'getal' },
  { kop: '% binnen school', soort: 'procent' },
  { kop: 'Norm' },
];

const normTekst = (n: Norm) => `${n.van.toLocaleString('nl-NL')}-${n.tot.toLocaleString('nl-NL')} %`;
const statusTekst = (g: MonitorGroep) => (g.status === null ? 'geen vragen' : NORM_STATUS_LABEL[g.status]);
/** binnen / vragen as the cell's cached value: what Excel computes from the formula. */
const aandeel = (g: MonitorGroep): number | string => (g.vragen === 0 ? '' : g.binnenSchool / g.vragen);

export interface MonitorRapportResultaat extends RapportUitkomst {
  pad: string;
  vragen: number;
  binnenSchool: number;
}

export async function schrijfMonitor(db: Db, dbPad: string, pad: string, opties: { schooljaar: number; gemaakt?: Date }): Promise<MonitorRapportResultaat> {
  const sj = opties.schooljaar;
  const { norm, realisatieDrempel } = leesMonitorInstellingen(db);
  const uitkomst = monitorUitkomst(sj, monitorRegels(db, sj), norm);
  const trend = monitorTrend(monitorRegels(db), norm);
  const inst = leesInstellingen(db);
  const { afspraken, gerealiseerd } = realisatieGegevens(db, sj);
  const real = realisatie(sj, afspraken, gerealiseerd, {
    drempel: realisatieDrempel,
    standaardWeken: inst.wekenPerSchooljaar,
    startMaand: inst.schooljaarStartMaand,
  });
  const t = uitkomst.totaal;
  const doelen = laadMonitorDoelen(db);

  const rapport = Rapport.start(pad, {
    rapport: MONITOR_NAAM,
    periode: `schooljaar ${schooljaarLabel(sj)}`,
    gemeente: inst.gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.monitor.publiek,
    voorbeeld: isVoorbeeld(db),
    omschrijving: [
      `Wat de inzet op scholen oplevert in schooljaar ${schooljaarLabel(sj)}: hoeveel ondersteuningsvragen binnen de school zijn opgevangen en hoeveel zijn verwezen naar jeugdhulp of via het sociaal wijkteam, per school, wijk, sector en aanbieder.`,
      `% binnen school = binnen school opgevangen / ondersteuningsvragen × 100, op één decimaal. De norm is ${normTekst(norm)} (instelling; uit het voorstel: met schoolmaatschappelijk werk kan 60-70 % binnen de school worden opgevangen).`,
      `Realisatie: de uren die de aanbieders als gerealiseerd opgeven, tegen de afgesproken uren (uren per week × weken × de maanden dat de afspraak liep / 12). Onder ${realisatieDrempel.toLocaleString('nl-NL')} % is gemarkeerd.`,
      'Het blad "Indicatoren" geeft per indicator de nulmeting en per jaar de streefwaarde, de realisatie en de status in woorden (op koers, achter, geen meting), voor alle jaren die zijn vastgelegd. Het blad "Proeftuinen" geeft per proeftuin het budget per jaar (gemeente en onderwijs) en de opbrengst die vooraf is afgesproken en die is gerealiseerd.',
    ],
    extra: [
      ['Schooljaar', schooljaarLabel(sj)],
      ['Schooljaren in de trend', trend.map((x) => schooljaarLabel(x.schooljaar)).join(', ') || '(geen cijfers)'],
      ['Norm binnen school', normTekst(norm)],
      ['Indicatoren', doelen.indicatoren.length ? `${doelen.indicatoren.length} (alle vastgelegde jaren)` : 'geen'],
      ['Proeftuinen', doelen.proeftuinen.length ? doelen.proeftuinen.map((p) => `${p.naam} (${p.startjaar}-${p.eindjaar})`).join(', ') : 'geen'],
      [
        'Gemeente: % binnen school',
        t.percentageBinnenSchool === null ? 'geen ondersteuningsvragen' : `${t.percentageBinnenSchool.toLocaleString('nl-NL')} % (${statusTekst(t)})`,
      ],
    ],
  });

  const perSchool = rapport.blad('Per school');
  perSchool.titel(`Ondersteuningsvragen per school, schooljaar ${schooljaarLabel(sj)}`, `Norm binnen school: ${normTekst(norm)}.`);
  groepTabel(
    perSchool,
    [{ kop: 'Vestiging' }, { kop: 'School', maxBreedte: 36 }, { kop: 'Sector' }, { kop: 'Wijk', maxBreedte: 24 }],
    uitkomst.perSchool.map((s) => ({ sleutels: [s.vestigingscode, veiligeTekst(s.naam), s.sector, veiligeTekst(s.wijk)], g: s })),
    t,
  );
  perSchool.klaar();
  const perWijk = rapport.blad('Per wijk');
  perWijk.titel(`Ondersteuningsvragen per wijk, schooljaar ${schooljaarLabel(sj)}`, `Norm binnen school: ${normTekst(norm)}.`);
  groepTabel(
    perWijk,
    [{ kop: 'Wijk', maxBreedte: 30 }],
    uitkomst.perWijk.map((w) => ({ sleutels: [veiligeTekst(w.wijk)], g: w })),
    t,
  );
  perWijk.klaar();
  const perSector = rapport.blad('Per sector en aanbieder');
  perSector.titel(`Per sector, schooljaar ${schooljaarLabel(sj)}`);
  groepTabel(
    perSector,
    [{ kop: 'Sector' }],
    uitkomst.perSector.map((s) => ({ sleutels: [s.sector], g: s })),
    t,
  );
  perSector.leeg();
  perSector.sectie('Per aanbieder');
  groepTabel(
    perSector,
    [{ kop: 'Aanbieder', maxBreedte: 30 }],
    uitkomst.perAanbieder.map((a) => ({ sleutels: [veiligeTekst(a.aanbieder)], g: a })),
    t,
    false,
  );
  perSector.klaar();
  const trendBlad = rapport.blad('Trend');
  trendBlad.titel('Binnen school opgevangen per schooljaar', 'De hele gemeente, alle schooljaren met cijfers.');
  groepTabel(
    trendBlad,
    [{ kop: 'Schooljaar' }],
    trend.map((x) => ({ sleutels: [schooljaarLabel(x.schooljaar)], g: x })),
    null,
  );
  trendBlad.klaar();
  realisatieBlad(rapport.blad('Realisatie uren'), sj, real);
  indicatorenBlad(rapport.blad('Indicatoren'), doelen.indicatoren);
  proeftuinenBlad(rapport.blad('Proeftuinen'), doelen.proeftuinen);
  const ingekort = await rapport.sluit();
  return { pad, vragen: t.vragen, binnenSchool: t.binnenSchool, ingekort };
}

/** A table of groups: key columns, the four counts, % binnen school as a formula, the norm status; totals as SUBTOTAL. */
function groepTabel(
  blad: Blad,
  sleutelKolommen: Kolom[],
  groepen: { sleutels: CelWaarde[]; g: MonitorGroep }[],
  totaal: MonitorGroep | null,
  filter = true,
): void {
  const n = sleutelKolommen.length;
  const kol = (i: number) => kolomLetter(n + i + 1);
  const eerste = blad.volgendeRij + 1;
  const rijen: CelWaarde[][] = groepen.map(({ sleutels, g }, i) => {
    const r = eerste + i;
    return [
      ...sleutels,
      g.vragen,
      g.binnenSchool,
      g.verwezenJeugdhulp,
      g.verwezenWijkteam,
      { formula: `IF(${kol(0)}${r}=0,"",${kol(1)}${r}/${kol(0)}${r})`, result: aandeel(g) },
      statusTekst(g),
    ];
  });
  const res = blad.tabel({
    kolommen: [...sleutelKolommen, ...TELLING],
    rijen,
    filter,
    ...(totaal
      ? {
          totaal: {
            label: 'Totaal',
            kolommen: { [n]: totaal.vragen, [n + 1]: totaal.binnenSchool, [n + 2]: totaal.verwezenJeugdhulp, [n + 3]: totaal.verwezenWijkteam },
          },
        }
      : {}),
  });
  if (totaal && res.totaalRij !== null) {
    const r = res.totaalRij;
    const label: CelWaarde[] = Array.from({ length: n + 4 }, () => null);
    label[0] = '% binnen school (totaal)';
    blad.regel(
      [...label, { formula: `IF(${kol(0)}${r}=0,"",${kol(1)}${r}/${kol(0)}${r})`, result: aandeel(totaal) }, statusTekst(totaal)],
      [...label.map(() => undefined), 'procent'],
      true,
    );
  }
  if (groepen.length === 0) blad.tekst('Er zijn voor dit schooljaar geen ondersteuningsvragen ingevoerd.');
}

function realisatieBlad(blad: Blad, sj: number, r: Realisatie): void {
  blad.titel(
    `Gerealiseerde tegen afgesproken uren, schooljaar ${schooljaarLabel(sj)}`,
    `Afspraken die meetellen (afgesproken, getekend, beëindigd). Onder ${r.drempel.toLocaleString('nl-NL')} % is gemarkeerd. Zonder opgave telt een afspraak niet mee in de realisatiegraad.`,
  );
  const eerste = blad.volgendeRij + 1;
  const rijen: CelWaarde[][] = r.perAfspraak.map((a, i) => {
    const rij = eerste + i;
    return [
      a.vestigingscode,
      veiligeTekst(a.schoolnaam),
      veiligeTekst(a.aanbieder),
      a.functie,
      a.maanden,
      a.afgesprokenUren,
      a.gerealiseerdeUren,
      a.gerealiseerdeUren === null
        ? 'geen opgave'
        : { formula: `IF(F${rij}=0,"",G${rij}/F${rij})`, result: a.afgesprokenUren === 0 ? '' : a.gerealiseerdeUren / a.afgesprokenUren },
      a.onderDrempel ? 'onder drempel' : '',
    ];
  });
  blad.tabel({
    kolommen: [
      { kop: 'Vestiging' },
      { kop: 'School', maxBreedte: 36 },
      { kop: 'Aanbieder', maxBreedte: 26 },
      { kop: 'Functie' },
      { kop: 'Maanden', soort: 'getal' },
      { kop: 'Afgesproken uren', soort: 'uren' },
      { kop: 'Gerealiseerde uren', soort: 'uren' },
      { kop: 'Realisatiegraad', soort: 'procent' },
      { kop: 'Signaal' },
    ],
    rijen,
    filter: true,
  });
  blad.leeg();
  blad.sectie('Per aanbieder en functie (alleen afspraken met opgave)');
  blad.tabel({
    kolommen: [
      { kop: 'Aanbieder of functie', maxBreedte: 30 },
      { kop: 'Afspraken', soort: 'getal' },
      { kop: 'Met opgave', soort: 'getal' },
      { kop: 'Afgesproken uren', soort: 'uren' },
      { kop: 'Gerealiseerde uren', soort: 'uren' },
      { kop: 'Realisatiegraad', soort: 'procent' },
      { kop: 'Signaal' },
    ],
    rijen: [
      ...r.perAanbieder.map((a) => ({ naam: a.aanbieder, g: a })),
      ...r.perFunctie.map((f) => ({ naam: `Functie ${f.functie}`, g: f })),
      { naam: 'Totaal', g: r.totaal },
    ].map(({ naam, g }) => [
      veiligeTekst(naam),
      g.aantalAfspraken,
      g.aantalOpgegeven,
      g.afgesprokenUren,
      g.gerealiseerdeUren,
      g.realisatiegraad === null ? '' : g.realisatiegraad / 100,
      g.onderDrempel ? 'onder drempel' : '',
    ]),
  });
  if (r.perAfspraak.length === 0) blad.tekst('Er zijn voor dit schooljaar geen afspraken die meetellen.');
  blad.klaar();
}
