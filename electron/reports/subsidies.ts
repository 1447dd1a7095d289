// The subsidy reports (issue 17): the Beschikkingsbijlage of one aanbieder in one begrotingsjaar
// (what the verlening rests on: per school and functie the hours, the months in the year and the
// amount with the month rule written out, then the voorschotschema and the conditions) and the
// Subsidieoverzicht of every aanbieder for the controller. Totals and differences are live
// formulas with the app's figures cached.
import type { Db } from '../db/open';
import { gemeentePerAanbieder, subsidieOverzicht } from '../api/subsidies';
import { leesAanbieder } from '../db/aanbieders-repo';
import { leesSubsidie } from '../db/subsidies-repo';
import { bedragInBegrotingsjaar, isGeteld, jaarkosten } from '../domain/kosten';
import { formatEuro } from '../domain/geld';
import { afspraakMaanden, maandenInJaar, maandSplitsingTekst, schooljaarLabel } from '../domain/schooljaar';
import { saldoTekst, STATUS_LABEL, voorschotSchema, type Termijn } from '../domain/subsidie';
import { laadGegevens } from './gegevens';
import { datumCel, euro, kolomLetter, Rapport, veiligeTekst, type CelWaarde, type Kolom, type RapportUitkomst } from './style';
import { RAPPORTEN } from '../api/invoer/rapportages';

export const BESCHIKKING_NAAM = 'Beschikkingsbijlage';
export const SUBSIDIES_NAAM = 'Subsidieoverzicht';

const datumNl = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('-') : '');

export async function schrijfBeschikking(
  db: Db,
  dbPad: string,
  pad: string,
  opties: { aanbiederId: number; begrotingsjaar: number; gemaakt?: Date },
): Promise<RapportUitkomst> {
  const jaar = opties.begrotingsjaar;
  const aanbieder = leesAanbieder(db, opties.aanbiederId);
  if (!aanbieder) throw new Error(`aanbieder ${opties.aanbiederId} bestaat niet`);
  const s = leesSubsidie(db, aanbieder.id, jaar);
  const verleend = s?.verleningDatum ? s.verleendCents : null;
  const kostenGemeente = gemeentePerAanbieder(db, jaar).get(aanbieder.id) ?? 0;
  const g = laadGegevens(db, dbPad, { schooljaren: [jaar - 1, jaar] });
  const ctx = g.instellingen;
  const afspraken = g.afspraken.filter((a) => a.aanbiederId === aanbieder.id && isGeteld(a.status) && maandenInJaar(a, jaar, ctx.schooljaarStartMaand) > 0);
  const postNamen = new Map(g.posten.map((p) => [p.begrotingspostId, p.naam]));

  const rapport = Rapport.start(pad, {
    rapport: BESCHIKKINGSBIJLAGE_TITEL(aanbieder.naam),
    periode: `begrotingsjaar ${jaar}`,
    gemeente: ctx.gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.beschikking.publiek,
    voorbeeld: g.voorbeeld,
    omschrijving: [
      `Bijlage bij de beschikking tot subsidieverlening aan ${aanbieder.naam} voor ${jaar}: de inzet per school en functie waarop het verleende bedrag rust, het voorschotschema en de voorwaarden.`,
      'Afspraken lopen per schooljaar. Elke maand van een schooljaar draagt 1/12 van het jaarbedrag bij aan het kalenderjaar waarin die maand valt; de kolom "Berekening" schrijft dat per afspraak uit.',
      'Alleen afspraken met de status afgesproken, getekend of beëindigd tellen mee. Er wordt gerekend in centen; totalen zijn formules.',
      ...(verleend === null
        ? ['Let op: er is nog geen verlening vastgelegd. Dit is een concept op basis van de afspraken, met maandelijkse voorschotten.']
        : []),
    ],
    extra: [
      ['Aanbieder', aanbieder.naam],
      ['Begrotingsjaar', String(jaar)],
      [
        'Verleend bedrag',
        verleend === null ? `nog niet verleend (afspraken: ${formatEuro(kostenGemeente, { cents: true })})` : formatEuro(verleend, { cents: true }),
      ],
      ['Datum verlening', datumNl(s?.verleningDatum) || '-'],
      ['Kenmerk', s?.verleningKenmerk ?? '-'],
      ['Begrotingspost(en)', (s?.begrotingspostIds ?? []).map((id) => postNamen.get(id) ?? `post ${id}`).join(', ') || '-'],
      ['Verantwoording uiterlijk', datumNl(s?.verantwoordingUiterlijk) || '-'],
    ],
  });

  const inzet = rapport.blad('Inzet per school');
  inzet.titel(`${veiligeTekst(aanbieder.naam)}: inzet in ${jaar}`, 'Per school en functie: uren, maanden in het jaar en bedrag (aandeel gemeente).');
  const kolommen: Kolom[] = [
    { kop: 'Vestiging' },
    { kop: 'School', maxBreedte: 26 },
    { kop: 'Functie' },
    { kop: 'Schooljaar' },
    { kop: 'Uren per week', soort: 'uren' },
    { kop: 'Jaarbedrag', soort: 'euroCenten' },
    { kop: `Maanden in ${jaar}`, soort: 'getal' },
    { kop: 'Berekening', maxBreedte: 30 },
    { kop: `Bedrag ${jaar}`, soort: 'euroCenten' },
    { kop: 'Aandeel gemeente', soort: 'procent' },
    { kop: 'Gemeente', soort: 'euroCenten' },
  ];
  let totaal = 0;
  let gemeente = 0;
  const rijen: CelWaarde[][] = afspraken.map((a) => {
    const jb = jaarkosten(a, ctx);
    const v = bedragInBegrotingsjaar(a, jaar, ctx);
    totaal += v.totaal;
    gemeente += v.gemeente;
    return [
      a.vestigingscode,
      veiligeTekst(a.schoolNaam),
      a.functie,
      schooljaarLabel(a.schooljaar),
      a.basisurenPerWeek + a.extraUrenPerWeek,
      euro(jb),
      maandenInJaar(a, jaar, ctx.schooljaarStartMaand),
      maandSplitsingTekst(afspraakMaanden(a, ctx.schooljaarStartMaand), jaar, jb),
      euro(v.totaal),
      a.aandeelGemeente / 100,
      euro(v.gemeente),
    ];
  });
  const t = inzet.tabel({ kolommen, rijen, totaal: { label: 'Totaal', kolommen: { 8: euro(totaal), 10: euro(gemeente) } }, filter: true });
  inzet.leeg();
  const gemCel = `${kolomLetter(11)}${t.totaalRij}`;
  if (verleend !== null) {
    const vRij = inzet.regel(
      ['Verleend bedrag', null, null, null, null, null, null, null, null, null, euro(verleend)],
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'euroCenten'],
      true,
    );
    inzet.regel(
      [
        'Verschil afspraken − verleend',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        { formula: `${gemCel}-${kolomLetter(11)}${vRij}`, result: euro(gemeente - verleend) },
      ],
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'euroCenten'],
    );
    if (s?.verleningReden) inzet.regel(['Reden afwijking', veiligeTekst(s.verleningReden)]);
  }
  inzet.klaar();

  const vs = rapport.blad('Voorschotten');
  vs.titel(`Voorschotschema ${veiligeTekst(aanbieder.naam)} ${jaar}`, 'Gelijke termijnen in hele centen; het restant staat op de laatste termijn.');
  const termijnen: Termijn[] = s?.verleningDatum ? s.voorschotten : voorschotSchema(kostenGemeente, 'maand', jaar);
  vs.tabel({
    kolommen: [
      { kop: 'Termijn', soort: 'getal' },
      { kop: 'Vervaldatum', soort: 'datum' },
      { kop: 'Bedrag', soort: 'euroCenten' },
      { kop: 'Betaald op', soort: 'datum' },
    ],
    rijen: termijnen.map((x) => [x.termijn, datumCel(x.vervaldatum), euro(x.bedragCents), datumCel(x.betaaldOp)]),
    totaal: { label: 'Totaal', kolommen: { 2: euro(termijnen.reduce((som, x) => som + x.bedragCents, 0)) } },
    filter: true,
  });
  vs.leeg();
  vs.sectie('Voorwaarden en verplichtingen');
  vs.kolomBreedte(1, 90);
  for (const regel of (s?.voorwaarden ?? 'Geen bijzondere voorwaarden vastgelegd.').split('\n')) vs.regel([null, veiligeTekst(regel)]);
  vs.leeg();
  vs.sectie('Verantwoording');
  vs.regel([
    null,
    `Uiterlijk ${datumNl(s?.verantwoordingUiterlijk) || `1 april ${jaar + 1}`}: de gerealiseerde kosten en uren, waarna de subsidie wordt vastgesteld.`,
  ]);
  vs.klaar();
  return { ingekort: await rapport.sluit() };
}

function BESCHIKKINGSBIJLAGE_TITEL(aanbieder: string): string {
  return `${BESCHIKKING_NAAM} ${aanbieder}`;
}

export async function schrijfSubsidies(db: Db, dbPad: string, pad: string, opties: { begrotingsjaar: number; gemaakt?: Date }): Promise<RapportUitkomst> {
  const jaar = opties.begrotingsjaar;
  const o = subsidieOverzicht(db, jaar);
  const g = laadGegevens(db, dbPad, { schooljaren: [] });
  const rapport = Rapport.start(pad, {
    rapport: SUBSIDIES_NAAM,
    periode: `begrotingsjaar ${jaar}`,
    gemeente: g.instellingen.gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.subsidies.publiek,
    voorbeeld: g.voorbeeld,
    omschrijving: [
      `Per aanbieder de subsidie voor ${jaar}: het aandeel van de gemeente in de afspraken, wat verleend, bevoorschot, betaald, verantwoord en vastgesteld is, en het saldo.`,
      'Saldo = vastgesteld − betaalde voorschotten: positief is een nabetaling, negatief een terugvordering. "Niet beschikt" is het verschil tussen de afspraken nu en het verleende bedrag.',
      'Bedragen in euro en cent; verschillen en totalen zijn formules.',
    ],
    extra: [
      ['Begrotingsjaar', String(jaar)],
      ['Aanbieders', String(o.rijen.length)],
    ],
  });
  const blad = rapport.blad(`Subsidies ${jaar}`);
  blad.titel(`Subsidies ${jaar}`, 'Per aanbieder: verlening, voorschotten, verantwoording en vaststelling.');
  const kolommen: Kolom[] = [
    { kop: 'Aanbieder', maxBreedte: 30 },
    { kop: 'Afspraken (gemeente)', soort: 'euroCenten' },
    { kop: 'Verleend', soort: 'euroCenten' },
    { kop: 'Niet beschikt', soort: 'euroCenten' },
    { kop: 'Bevoorschot', soort: 'euroCenten' },
    { kop: 'Betaald', soort: 'euroCenten' },
    { kop: 'Verantwoord', soort: 'euroCenten' },
    { kop: 'Vastgesteld', soort: 'euroCenten' },
    { kop: 'Saldo', soort: 'euroCenten' },
    { kop: 'Status' },
    { kop: 'Volgende termijn', maxBreedte: 40 },
  ];
  const eerste = blad.volgendeRij + 1;
  const som = { afspraken: 0, verleend: 0, verschil: 0, bevoorschot: 0, betaald: 0, verantwoord: 0, vastgesteld: 0, saldo: 0 };
  const rijen: CelWaarde[][] = o.rijen.map((r, i) => {
    const rij = eerste + i;
    som.afspraken += r.kostenGemeente;
    som.verleend += r.verleend ?? 0;
    som.bevoorschot += r.bevoorschot;
    som.betaald += r.betaald;
    som.verantwoord += r.verantwoord ?? 0;
    som.vastgesteld += r.vastgesteld ?? 0;
    if (r.verleend !== null) som.verschil += r.kostenGemeente - r.verleend;
    if (r.saldo !== null) som.saldo += r.saldo;
    const d = r.volgendeDeadline;
    return [
      veiligeTekst(r.aanbieder),
      euro(r.kostenGemeente),
      r.verleend === null ? null : euro(r.verleend),
      r.verleend === null ? null : { formula: `B${rij}-C${rij}`, result: euro(r.kostenGemeente - r.verleend) },
      euro(r.bevoorschot),
      euro(r.betaald),
      r.verantwoord === null ? null : euro(r.verantwoord),
      r.vastgesteld === null ? null : euro(r.vastgesteld),
      r.saldo === null ? null : { formula: `H${rij}-F${rij}`, result: euro(r.saldo) },
      r.saldo === null ? STATUS_LABEL[r.status] : `${STATUS_LABEL[r.status]}: ${saldoTekst(r.saldo)}`,
      d ? `${datumNl(d.datum)} ${d.omschrijving}` : null,
    ];
  });
  blad.tabel({
    kolommen,
    rijen,
    totaal: {
      label: 'Totaal',
      kolommen: {
        1: euro(som.afspraken),
        2: euro(som.verleend),
        3: euro(som.verschil),
        4: euro(som.bevoorschot),
        5: euro(som.betaald),
        6: euro(som.verantwoord),
        7: euro(som.vastgesteld),
        8: euro(som.saldo),
      },
    },
    filter: true,
  });
  if (o.waarschuwingen.length) {
    blad.leeg();
    blad.sectie('Waarschuwingen');
    for (const w of o.waarschuwingen) blad.regel([veiligeTekst(w)]);
  }
  blad.klaar();
  return { ingekort: await rapport.sluit() };
}
