// The Monitor workbook's sheets on what the inzet should achieve (issue 18 item 7): the indicatoren
// with nulmeting, streefwaarde and realisatie per year and the status in words (rule 16), and the
// proeftuinen with their budget path (gemeente and onderwijs per year, the growth warning of rule 13)
// and the opbrengst agreed and realised. Differences and totals are live formulas with the app's
// figures cached; the status words come from domain/indicatoren.ts, as on the Monitor page.
import type { Db } from '../db/open';
import { lijstIndicatoren } from '../db/indicatoren-repo';
import { leesProeftuin, lijstProeftuinen } from '../db/proeftuinen-repo';
import { NIVEAU_LABEL, RICHTING_LABEL, statusInWoorden } from '../domain/indicatoren';
import { budgetGroei } from '../domain/proeftuin-budget';
import type { IndicatorRij } from '../api/typen/indicatoren';
import type { Proeftuin, ProeftuinRij } from '../api/typen/registratie';
import { euro, veiligeTekst, type Blad, type CelWaarde } from './style';

export interface MonitorDoelen {
  indicatoren: IndicatorRij[];
  proeftuinen: (Proeftuin & Pick<ProeftuinRij, 'wijkNaam'>)[];
}

export function laadMonitorDoelen(db: Db): MonitorDoelen {
  return {
    indicatoren: lijstIndicatoren(db),
    proeftuinen: lijstProeftuinen(db).flatMap((r) => {
      const p = leesProeftuin(db, r.id);
      return p ? [{ ...p, wijkNaam: r.wijkNaam }] : [];
    }),
  };
}

/** A year as text: a number format would print 2.023. */
const jaarTekst = (jaar: number | null): string | null => (jaar === null ? null : String(jaar));
const verschil = (a: number | null, b: number | null): number | string => (a === null || b === null ? '' : a - b);

/** One row per indicator and year (an indicator without years: one row), with counts of the status words below. */
export function indicatorenBlad(blad: Blad, indicatoren: readonly IndicatorRij[]): void {
  blad.titel(
    'Indicatoren: nulmeting, streefwaarde en realisatie per jaar',
    'Alle indicatoren met alle jaren waarvoor een streefwaarde of realisatie is vastgelegd. Status: op koers (de streefwaarde is gehaald in de goede richting), achter, of geen meting.',
  );
  const eerste = blad.volgendeRij + 1;
  const rijen: CelWaarde[][] = [];
  for (const i of indicatoren) {
    const jaren = i.jaren.length ? i.jaren : [{ jaar: null, streefwaarde: null, realisatie: null, status: 'geen meting' as const }];
    for (const j of jaren) {
      const r = eerste + rijen.length;
      rijen.push([
        veiligeTekst(i.naam),
        NIVEAU_LABEL[i.niveau],
        veiligeTekst(i.scopeNaam ?? (i.niveau === 'gemeente' ? 'hele gemeente' : '')),
        veiligeTekst(i.eenheid),
        i.richting ? RICHTING_LABEL[i.richting] : 'nog kiezen',
        veiligeTekst(i.bron),
        jaarTekst(i.nulmeting?.jaar ?? null),
        i.nulmeting?.waarde ?? null,
        jaarTekst(j.jaar),
        j.streefwaarde,
        j.realisatie,
        { formula: `IF(OR(J${r}="",K${r}=""),"",K${r}-J${r})`, result: verschil(j.realisatie, j.streefwaarde) },
        statusInWoorden(i.richting, j.status),
      ]);
    }
  }
  const t = blad.tabel({
    kolommen: [
      { kop: 'Indicator', maxBreedte: 30 },
      { kop: 'Niveau' },
      { kop: 'Over', maxBreedte: 24 },
      { kop: 'Eenheid' },
      { kop: 'Richting' },
      { kop: 'Bron', maxBreedte: 20 },
      { kop: 'Jaar nulmeting' },
      { kop: 'Nulmeting', soort: 'uren' },
      { kop: 'Jaar' },
      { kop: 'Streefwaarde', soort: 'uren' },
      { kop: 'Realisatie', soort: 'uren' },
      { kop: 'Realisatie min streefwaarde', soort: 'uren' },
      { kop: 'Status' },
    ],
    rijen,
    filter: true,
    leeg: 'Er zijn geen indicatoren vastgelegd. Voeg ze toe op de pagina Monitor.',
  });
  if (rijen.length === 0) return blad.klaar();
  blad.leeg();
  blad.sectie('Aantal jaren per status');
  const statussen = rijen.map((r) => r[12]);
  for (const woord of ['op koers', 'achter', 'geen meting']) {
    blad.regel(
      [woord, { formula: `COUNTIF(M${t.eersteRij}:M${t.laatsteRij},"${woord}")`, result: statussen.filter((s) => s === woord).length }],
      [undefined, 'getal'],
    );
  }
  blad.klaar();
}

/** Budget path per proeftuin and year, with the growth signal; then the opbrengst agreed and realised. */
export function proeftuinenBlad(blad: Blad, proeftuinen: MonitorDoelen['proeftuinen']): void {
  blad.titel(
    'Proeftuinen: budget per jaar en opbrengst',
    'Het budget neemt af over de looptijd; een jaar hoger dan het jaar ervoor is gemarkeerd, tenzij er een reden bij staat.',
  );
  if (proeftuinen.length === 0) {
    blad.tekst('Er zijn geen proeftuinen. Voeg ze toe op de pagina Begroting.');
    return blad.klaar();
  }
  const eerste = blad.volgendeRij + 1;
  const rijen: CelWaarde[][] = [];
  const som = { gemeente: 0, onderwijs: 0 };
  for (const p of proeftuinen) {
    const groei = new Map(
      budgetGroei(p.budget.map((b) => ({ jaar: b.jaar, bedragCents: b.bedragCents + b.onderwijsCents, redenHoger: b.redenHoger }))).map((g) => [g.jaar, g]),
    );
    p.budget.forEach((b, i) => {
      const r = eerste + rijen.length;
      som.gemeente += b.bedragCents;
      som.onderwijs += b.onderwijsCents;
      const g = groei.get(b.jaar);
      const vorig = i > 0 ? p.budget[i - 1] : null;
      rijen.push([
        veiligeTekst(p.naam),
        `${p.startjaar}-${p.eindjaar}`,
        veiligeTekst(p.wijkNaam ?? ''),
        p.schoolIds.length,
        jaarTekst(b.jaar),
        euro(b.bedragCents),
        euro(b.onderwijsCents),
        { formula: `F${r}+G${r}`, result: euro(b.bedragCents + b.onderwijsCents) },
        vorig ? { formula: `H${r}-H${r - 1}`, result: euro(b.bedragCents + b.onderwijsCents - vorig.bedragCents - vorig.onderwijsCents) } : null,
        g ? (g.redenHoger ? `hoger, bedoeld: ${veiligeTekst(g.redenHoger)}` : `hoger dan ${g.vorigJaar}: geef een reden`) : '',
      ]);
    });
  }
  blad.tabel({
    kolommen: [
      { kop: 'Proeftuin', maxBreedte: 30 },
      { kop: 'Looptijd' },
      { kop: 'Wijk', maxBreedte: 20 },
      { kop: 'Scholen', soort: 'getal' },
      { kop: 'Jaar' },
      { kop: 'Gemeente', soort: 'euro' },
      { kop: 'Onderwijs', soort: 'euro' },
      { kop: 'Totaal', soort: 'euro' },
      { kop: 'Verschil met vorig jaar', soort: 'euro' },
      { kop: 'Signaal', maxBreedte: 26 },
    ],
    rijen,
    filter: true,
    totaal: { label: 'Totaal', kolommen: { 5: euro(som.gemeente), 6: euro(som.onderwijs), 7: euro(som.gemeente + som.onderwijs) } },
    leeg: 'Er zijn geen proeftuinen met een budget vastgelegd.',
  });
  blad.leeg();
  blad.sectie('Opbrengst: vooraf afgesproken en gerealiseerd (inhoud en geld)');
  const start = blad.volgendeRij + 1;
  const geld = (c: number | null) => (c === null ? null : euro(c));
  const opbrengst = { afgesproken: 0, gerealiseerd: 0 };
  // Cents as soon as one amount has them, so the printed difference is the difference of the printed amounts.
  const geldSoort = proeftuinen.some((p) => (p.opbrengstAfgesprokenCents ?? 0) % 100 !== 0 || (p.opbrengstGerealiseerdCents ?? 0) % 100 !== 0)
    ? ('euroCenten' as const)
    : ('euro' as const);
  blad.tabel({
    kolommen: [
      { kop: 'Proeftuin', maxBreedte: 30 },
      { kop: 'Afgesproken opbrengst', maxBreedte: 26 },
      { kop: 'Afgesproken in geld', soort: geldSoort },
      { kop: 'Gerealiseerde opbrengst', maxBreedte: 26 },
      { kop: 'Gerealiseerd in geld', soort: geldSoort },
      { kop: 'Gerealiseerd min afgesproken', soort: geldSoort },
    ],
    rijen: proeftuinen.map((p, i) => {
      const r = start + i;
      opbrengst.afgesproken += p.opbrengstAfgesprokenCents ?? 0;
      opbrengst.gerealiseerd += p.opbrengstGerealiseerdCents ?? 0;
      const a = p.opbrengstAfgesprokenCents;
      const b = p.opbrengstGerealiseerdCents;
      return [
        veiligeTekst(p.naam),
        veiligeTekst(p.opbrengstAfgesproken ?? 'nog niet afgesproken'),
        geld(a),
        veiligeTekst(p.opbrengstGerealiseerd),
        geld(b),
        { formula: `IF(OR(C${r}="",E${r}=""),"",E${r}-C${r})`, result: a === null || b === null ? '' : euro(b - a) },
      ];
    }),
    totaal: { label: 'Totaal', kolommen: { 2: euro(opbrengst.afgesproken), 4: euro(opbrengst.gerealiseerd) } },
  });
  blad.leeg();
  blad.tekst('Het deel van de gemeente staat in de dekking op een eigen regel per proeftuin, betaald uit het eigen budget van de proeftuin.');
  blad.tekst('De indicatoren van de proeftuinen staan op het blad Indicatoren (niveau Proeftuin).');
  blad.klaar();
}
