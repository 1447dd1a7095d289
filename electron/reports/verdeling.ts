// The BLOZ proposal of a verdeling (issue 16 item 4): a first sheet stating what is divided, by
// which rule and when; the sheet "Verdeling" with every school (the BLOZ changes only its column
// Toegekend, and the workbook is read back by import/verdeling.ts); a sheet per school. Totals and
// the difference with the pot are live formulas with their values cached.
import type { Db } from '../db/open';
import { isVoorbeeld, leesInstellingen } from '../db/instellingen-repo';
import { schooljaarLabel } from '../domain/schooljaar';
import { isoNaarNl, VERDELING_STATUS_LABEL } from '../domain/verdeling';
import { berekenVoorstel } from '../api/verdeling';
import { leesVerdeling } from '../db/verdelingen-repo';
import { VERDELING_BLAD, VERDELING_KOLOMMEN } from '../import/verdeling-kolommen';
import { RAPPORTEN } from '../api/invoer/rapportages';
import type { VerdelingVoorstel } from '../api/typen/verdeling';
import { kolomLetter, Rapport, uniekeBladNamen, veiligeTekst, type CelWaarde, type Kolom, type RapportUitkomst, type Soort } from './style';

const TOEGEKEND = VERDELING_KOLOMMEN.indexOf('Toegekend');

const REGEL_UITLEG: Record<string, string> = {
  gelijk: 'gelijk: elke school weegt even zwaar',
  leerlingen: 'leerlingen: naar het DUO-leerlingaantal van het schooljaar',
  voet: 'voet: elke school eerst een vast deel, de rest naar leerlingen',
  gewicht: 'gewicht: naar een gewicht per school van de gemeente',
};

/** A cell value of the pot's soort: hours as a number, euros from cents. */
function bedrag(v: VerdelingVoorstel, x: number): number {
  return v.soort === 'uren' ? x : x / 100;
}

export async function schrijfVerdelingVoorstel(db: Db, _dbPad: string, pad: string, opties: { verdelingId: number; gemaakt?: Date }): Promise<RapportUitkomst> {
  const record = leesVerdeling(db, opties.verdelingId);
  if (!record) throw new Error(`BLOZ-voorstel: verdeling ${opties.verdelingId} bestaat niet`);
  const v = berekenVoorstel(db, record);
  const inst = leesInstellingen(db);
  const soort: Soort = v.soort === 'uren' ? 'uren' : 'euroCenten';
  const tekst = (x: number) =>
    v.soort === 'uren' ? `${x.toLocaleString('nl-NL')} uur per week` : `€ ${(x / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })} per jaar`;
  const rapport = Rapport.start(pad, {
    rapport: `BLOZ-voorstel ${record.naam}`,
    periode: `schooljaar ${schooljaarLabel(v.schooljaar)}`,
    gemeente: inst.gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.verdeling.publiek,
    voorbeeld: isVoorbeeld(db),
    omschrijving: [
      `Voorstel aan het BLOZ voor de verdeling van ${tekst(v.totaal)} ${v.functie} over ${v.scholen.length} ${v.scholen.length === 1 ? 'school' : 'scholen'} in schooljaar ${schooljaarLabel(v.schooljaar)}.`,
      `Verdeelregel ${REGEL_UITLEG[v.regel]}. Quotum = pot × gewicht / som van de gewichten${v.voet !== null ? ' (na de voet)' : ''}; elke school krijgt eerst het hele aantal stappen van haar quotum, de overgebleven stappen gaan naar de grootste resten (docs/regels.md, regel 10 en 17).`,
      `Wilt u de verdeling aanpassen? Wijzig alleen de kolom Toegekend op het blad ${VERDELING_BLAD} en lees de werkmap weer in bij Verdelingen. Het totaal moet gelijk blijven aan de pot.`,
    ],
    extra: [
      ['Verdeling', veiligeTekst(record.naam) ?? ''],
      ['Functie', v.functie],
      ['Sectoren', record.sectoren.join(', ')],
      ['Pot', tekst(v.totaal)],
      ['Verdeelregel', REGEL_UITLEG[v.regel]],
      ['Stap', tekst(v.stap).replace(/ per (week|jaar)$/, '')],
      ...(v.voet !== null ? [['Voet per school', tekst(v.voet)] as [string, string]] : []),
      ['Status', VERDELING_STATUS_LABEL[record.status]],
      ...(record.voorgelegdOp ? [['Voorgelegd aan het BLOZ', isoNaarNl(record.voorgelegdOp)] as [string, string]] : []),
      ...(record.adviesDatum ? [['BLOZ-advies', `${isoNaarNl(record.adviesDatum)}: ${record.adviesTekst ?? ''}`] as [string, string]] : []),
    ],
  });

  // The rows above the header are fixed, so the formulas can name the total row before it is written.
  const n = v.scholen.length;
  const kopRij = 8;
  const totaalRij = kopRij + n + 1;
  const kol = (i: number) => kolomLetter(i + 1);
  const blad = rapport.blad(VERDELING_BLAD);
  blad.titel(`Verdeling ${record.naam}`, `${v.functie}, schooljaar ${schooljaarLabel(v.schooljaar)}, ${REGEL_UITLEG[v.regel]}`);
  const beschikbaar = blad.regel(['Beschikbaar', bedrag(v, v.totaal)], [undefined, soort], true);
  const uitgedeeld = blad.regel(
    ['Uitgedeeld', { formula: n === 0 ? '0' : `${kol(TOEGEKEND)}${totaalRij}`, result: bedrag(v, v.uitgedeeld) }],
    [undefined, soort],
  );
  blad.regel(['Verschil', { formula: `B${beschikbaar}-B${uitgedeeld}`, result: bedrag(v, v.totaal - v.uitgedeeld) }], [undefined, soort], true);
  blad.leeg();
  const kolommen: Kolom[] = VERDELING_KOLOMMEN.map((kop) => ({
    kop,
    soort: kop === 'Leerlingen' ? 'getal' : kop === 'Gewicht' ? 'uren' : ['Quotum', 'Berekend', 'Toegekend'].includes(kop) ? soort : undefined,
    maxBreedte: kop === 'School' ? 36 : kop === 'Toelichting' ? 40 : undefined,
  }));
  const rijen: CelWaarde[][] = v.scholen.map((s) => [
    schooljaarLabel(v.schooljaar),
    s.vestigingscode,
    veiligeTekst(s.naam),
    s.sector,
    veiligeTekst(s.wijk ?? ''),
    typeof s.leerlingen === 'number' ? s.leerlingen : (s.leerlingen ?? ''),
    s.gewicht,
    bedrag(v, s.quotum),
    bedrag(v, s.berekend),
    bedrag(v, s.toegekend),
    s.handmatig ? 'met de hand gewijzigd' : s.begrensd === 'min' ? 'op het minimum' : s.begrensd === 'max' ? 'op het maximum' : '',
  ]);
  const som = (f: (s: VerdelingVoorstel['scholen'][number]) => number) =>
    bedrag(
      v,
      v.scholen.reduce((a, s) => a + f(s), 0),
    );
  const t = blad.tabel({
    kolommen,
    rijen,
    filter: true,
    leeg: 'Er vallen geen scholen onder deze verdeling.',
    totaal: { label: 'Totaal', kolommen: { 7: som((s) => s.quotum), 8: som((s) => s.berekend), [TOEGEKEND]: bedrag(v, v.uitgedeeld) } },
  });
  if (n > 0 && (t.kopRij !== kopRij || t.totaalRij !== totaalRij)) throw new Error(`BLOZ-voorstel: kopregel ${t.kopRij}, totaal ${t.totaalRij}`);
  blad.klaar();

  const namen = uniekeBladNamen(
    v.scholen.map((s) => `${s.vestigingscode} ${s.naam}`),
    ['Over dit rapport', VERDELING_BLAD],
  );
  v.scholen.forEach((s, i) => {
    const b = rapport.blad(namen[i]);
    const rij = kopRij + 1 + i;
    const verwijzing = `'${VERDELING_BLAD}'!${kol(TOEGEKEND)}${rij}`;
    b.titel(veiligeTekst(s.naam) ?? '', `${s.vestigingscode}, ${s.sector}${s.wijk ? `, wijk ${veiligeTekst(s.wijk)}` : ''}`);
    b.regel(['Leerlingen (DUO)', typeof s.leerlingen === 'number' ? s.leerlingen : (s.leerlingen ?? 'onbekend')], [undefined, 'getal']);
    b.regel(['Gewicht', s.gewicht], [undefined, 'uren']);
    b.regel(['Quotum', bedrag(v, s.quotum)], [undefined, soort]);
    b.regel(['Berekend', bedrag(v, s.berekend)], [undefined, soort]);
    b.regel(['Toegekend', { formula: verwijzing, result: bedrag(v, s.toegekend) }], [undefined, soort], true);
    b.regel(
      [
        'Aandeel van de pot',
        {
          formula: `IF('${VERDELING_BLAD}'!B${beschikbaar}=0,0,${verwijzing}/'${VERDELING_BLAD}'!B${beschikbaar})`,
          result: v.totaal === 0 ? 0 : s.toegekend / v.totaal,
        },
      ],
      [undefined, 'procent'],
    );
    b.klaar();
  });
  return { ingekort: await rapport.sluit() };
}
