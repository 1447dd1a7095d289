// `schoolinzet tarieven`: the rates per functie with their validity, set one from a schooljaar
// (`zet`), or index them from a schooljaar (`indexeer`, with --dry-run for the preview only).
// Amounts and percentages accept Dutch text (80,00; € 80,00; 2,5). Writes make a backup first.
import { formatEuro, formatPercentage, formatUren, parseBedrag, parseGetal } from '../domain/geld';
import { schooljaarLabel } from '../domain/schooljaar';
import { tariefZetInvoer } from '../domain/tarieven';
import type { FunctieCode } from '../domain/types';
import type { CliContext, Commando } from './commando';
import { CliFout } from './fout';
import { leesFunctie, leesSchooljaar, verdelingJson } from './periode';
import { tabel } from './uitvoer';

const GEBRUIK = [
  'tarieven [--db BESTAND] [--json]',
  'tarieven zet --functie CODE --vanaf JJJJ-JJJJ --uurtarief BEDRAG [--weken N]',
  'tarieven indexeer --vanaf JJJJ-JJJJ --procent P [--functie CODE]… [--dry-run] [--json]',
];

function leesBedrag(waarde: unknown): number {
  if (waarde === undefined) throw new CliFout('Geef het uurtarief op, bijvoorbeeld --uurtarief 80,00.');
  const cents = parseBedrag(String(waarde));
  if (cents === null || cents < 0) throw new CliFout(`--uurtarief moet een bedrag in euro zijn, zoals 80,00 of "€ 80,00" (niet "${String(waarde)}").`);
  return cents;
}

function leesProcent(waarde: unknown): number {
  if (waarde === undefined) throw new CliFout('Geef het percentage op, bijvoorbeeld --procent 2,5.');
  const p = parseGetal(String(waarde).trim().replace(/%$/, ''));
  if (p === null) throw new CliFout(`--procent moet een percentage zijn, zoals 2,5 (niet "${String(waarde)}").`);
  return p;
}

function leesWeken(waarde: unknown): number | null {
  if (waarde === undefined) return null;
  const w = parseGetal(String(waarde));
  if (w === null || w <= 0) throw new CliFout(`--weken moet een aantal weken groter dan 0 zijn, zoals 40 (niet "${String(waarde)}").`);
  return w;
}

function leesVanaf(waarde: unknown): number {
  if (waarde === undefined) throw new CliFout('Geef het schooljaar op waarvanaf het tarief geldt, bijvoorbeeld --vanaf 2019-2020.');
  try {
    return leesSchooljaar(waarde) as number;
  } catch {
    throw new CliFout(`--vanaf moet een schooljaar zijn zoals 2019-2020: twee opeenvolgende jaren (niet "${String(waarde)}").`);
  }
}

function alsLijst(waarde: unknown): unknown[] {
  return waarde === undefined ? [] : Array.isArray(waarde) ? waarde : [waarde];
}

/** Before writing: a backup of the file, like every other write from the command line. */
export async function backupVooraf(ctx: CliContext): Promise<string | null> {
  if (ctx.omgeving.dbPad() === ':memory:') return null;
  return (await ctx.api('backups.maak', {})).naam;
}

async function lijst(values: Record<string, unknown>, { api, uitvoer }: CliContext): Promise<void> {
  const o = await api('tarieven.lijst', {});
  if (values.json) {
    uitvoer.out(
      JSON.stringify(
        {
          wekenPerSchooljaar: o.wekenPerSchooljaar,
          functies: o.functies.map((f) => ({
            functie: f.code,
            naam: f.naam,
            standaardUurtarief: f.standaardUurtariefCents,
            tarieven: f.tarieven.map((t) => ({
              vanaf: schooljaarLabel(t.vanafSchooljaar),
              tot: t.totSchooljaar === null ? null : schooljaarLabel(t.totSchooljaar),
              uurtarief: t.uurtariefCents,
              weken: t.wekenPerJaar,
            })),
          })),
        },
        null,
        2,
      ),
    );
    return;
  }
  const rijen: string[][] = [];
  for (const f of o.functies) {
    const eerste = f.tarieven[0];
    // The functie's standaard rate and the weeks setting apply before its first row (or always).
    rijen.push([
      f.code,
      f.naam,
      eerste ? `vóór ${schooljaarLabel(eerste.vanafSchooljaar)}` : 'alle schooljaren',
      formatEuro(f.standaardUurtariefCents, { cents: true }),
      formatUren(o.wekenPerSchooljaar),
    ]);
    for (const t of f.tarieven) {
      const geldig = `vanaf ${schooljaarLabel(t.vanafSchooljaar)}${t.totSchooljaar === null ? '' : ` t/m ${schooljaarLabel(t.totSchooljaar)}`}`;
      rijen.push([f.code, f.naam, geldig, formatEuro(t.uurtariefCents, { cents: true }), formatUren(t.wekenPerJaar)]);
    }
  }
  uitvoer.out(tabel(['Functie', 'Naam', 'Geldig', 'Uurtarief', 'Weken'], rijen, [3, 4]));
  const nul = o.functies.filter((f) => (f.tarieven.at(-1)?.uurtariefCents ?? f.standaardUurtariefCents) === 0).map((f) => f.code);
  if (nul.length > 0)
    uitvoer.out(`\nLet op: ${nul.join(', ')} ${nul.length === 1 ? 'heeft' : 'hebben'} nu een uurtarief van € 0; afspraken zonder eigen tarief kosten dan € 0.`);
}

async function zet(values: Record<string, unknown>, ctx: CliContext): Promise<void> {
  const functies = alsLijst(values.functie);
  if (functies.length > 1) throw new CliFout('Geef bij tarieven zet één --functie op.');
  const functie = leesFunctie(
    functies[0],
    (await ctx.api('functies.lijst', {})).map((f) => f.code),
  );
  const vanaf = leesVanaf(values.vanaf);
  const uurtariefCents = leesBedrag(values.uurtarief);
  const wekenPerJaar = leesWeken(values.weken);
  // Every check of the API before the backup, so refused input leaves no trace at all.
  const gecontroleerd = tariefZetInvoer.safeParse({ functie, vanafSchooljaar: vanaf, uurtariefCents, wekenPerJaar });
  if (!gecontroleerd.success) throw new CliFout(gecontroleerd.error.issues.map((i) => i.message).join('\n'));
  const backup = await backupVooraf(ctx);
  const o = await ctx.api('tarieven.zet', { functie, vanafSchooljaar: vanaf, uurtariefCents, wekenPerJaar });
  const t = o.functies.find((f) => f.code === functie)!.tarieven.find((r) => r.vanafSchooljaar === vanaf)!;
  if (values.json) {
    ctx.uitvoer.out(JSON.stringify({ functie, vanaf: schooljaarLabel(vanaf), uurtarief: t.uurtariefCents, weken: t.wekenPerJaar, backup }, null, 2));
    return;
  }
  ctx.uitvoer.out(
    `Uurtarief ${functie} vanaf schooljaar ${schooljaarLabel(vanaf)}: ${formatEuro(t.uurtariefCents, { cents: true })}, ${formatUren(t.wekenPerJaar)} weken` +
      `${t.totSchooljaar === null ? '' : ` (t/m ${schooljaarLabel(t.totSchooljaar)})`}. Eerdere schooljaren blijven zoals ze waren.`,
  );
  if (backup) ctx.uitvoer.out(`Reservekopie vooraf: ${backup}`);
}

async function indexeer(values: Record<string, unknown>, ctx: CliContext): Promise<void> {
  const vanafSchooljaar = leesVanaf(values.vanaf);
  const procent = leesProcent(values.procent);
  const bekend = (await ctx.api('functies.lijst', {})).map((f) => f.code);
  const functies = [...new Set(alsLijst(values.functie).map((v) => leesFunctie(v, bekend)))] as FunctieCode[];
  const invoer = { vanafSchooljaar, procent, functies };
  // The preview validates everything before a backup is made or anything is written.
  const voorbeeld = await ctx.api('tarieven.indexeerVoorbeeld', invoer);
  const droog = values['dry-run'] === true;
  const backup = droog ? null : await backupVooraf(ctx);
  const r = droog ? voorbeeld : await ctx.api('tarieven.indexeer', invoer);
  if (values.json) {
    ctx.uitvoer.out(
      JSON.stringify(
        {
          vanaf: schooljaarLabel(vanafSchooljaar),
          procent,
          toegepast: !droog,
          wijzigingen: r.wijzigingen.map((w) => ({
            functie: w.functie,
            vanaf: schooljaarLabel(w.vanafSchooljaar),
            oud: w.oudCents,
            nieuw: w.nieuwCents,
            nieuweRij: w.nieuweRij,
          })),
          begrotingsjaren: r.jaren.map((j) => ({ jaar: j.jaar, voor: verdelingJson(j.voor), na: verdelingJson(j.na), verschil: verdelingJson(j.verschil) })),
          backup,
        },
        null,
        2,
      ),
    );
    return;
  }
  const { uitvoer } = ctx;
  uitvoer.out(`${droog ? 'Voorbeeld (niets opgeslagen)' : 'Geïndexeerd'}: ${formatPercentage(procent)} vanaf schooljaar ${schooljaarLabel(vanafSchooljaar)}`);
  uitvoer.out('');
  uitvoer.out(
    tabel(
      ['Functie', 'Vanaf', 'Oud', 'Nieuw'],
      r.wijzigingen.map((w) => [
        w.functie,
        schooljaarLabel(w.vanafSchooljaar),
        formatEuro(w.oudCents, { cents: true }),
        formatEuro(w.nieuwCents, { cents: true }),
      ]),
      [2, 3],
    ),
  );
  uitvoer.out('');
  if (r.jaren.length === 0) uitvoer.out('Er zijn geen afspraken vanaf dat schooljaar; geen begrotingsjaar verandert.');
  else
    uitvoer.out(
      tabel(
        ['Begrotingsjaar', 'Kosten nu', 'Na indexatie', 'Verschil', 'Verschil gemeente'],
        r.jaren.map((j) => [
          String(j.jaar),
          formatEuro(j.voor.totaal),
          formatEuro(j.na.totaal),
          formatEuro(j.verschil.totaal),
          formatEuro(j.verschil.gemeente),
        ]),
        [1, 2, 3, 4],
      ),
    );
  if (backup) uitvoer.out(`\nReservekopie vooraf: ${backup}`);
}

export const tarievenCommando: Commando = {
  naam: 'tarieven',
  gebruik: 'tarieven [zet | indexeer] [--db BESTAND] [--json]',
  omschrijving: [
    'Uurtarieven en weken per functie, geldig vanaf een schooljaar. Een nieuw tarief is een nieuwe regel: eerdere schooljaren veranderen niet.',
    'zet: een uurtarief (en eventueel weken) vanaf een schooljaar. indexeer: alle of de gekozen functies met P % verhogen vanaf een',
    'schooljaar, afgerond op hele centen; --dry-run toont alleen het effect op de begrotingsjaren. Bedragen en percentages mogen als',
    'Nederlandse tekst: 80,00, "€ 80,00", 2,5. In --json zijn bedragen hele centen.',
    '',
    ...GEBRUIK.map((g) => `  schoolinzet ${g}`),
  ].join('\n'),
  opties: {
    json: { type: 'boolean' },
    functie: { type: 'string', multiple: true },
    vanaf: { type: 'string' },
    uurtarief: { type: 'string' },
    weken: { type: 'string' },
    procent: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async run({ values, positionals }, ctx) {
    const [sub, ...rest] = positionals;
    if (rest.length > 0) throw new CliFout(`Onverwacht "${rest.join(' ')}".\nGebruik: schoolinzet ${GEBRUIK.join('\n       schoolinzet ')}`);
    if (sub === undefined) {
      for (const optie of ['functie', 'vanaf', 'uurtarief', 'weken', 'procent', 'dry-run']) {
        if (values[optie] !== undefined) throw new CliFout(`--${optie} hoort bij tarieven zet of tarieven indexeer.`);
      }
      return lijst(values, ctx);
    }
    if (sub === 'zet') {
      if (values.procent !== undefined || values['dry-run'] !== undefined) throw new CliFout('--procent en --dry-run horen bij tarieven indexeer.');
      return zet(values, ctx);
    }
    if (sub === 'indexeer') {
      if (values.uurtarief !== undefined || values.weken !== undefined) throw new CliFout('--uurtarief en --weken horen bij tarieven zet.');
      return indexeer(values, ctx);
    }
    throw new CliFout(`Onbekende opdracht "tarieven ${sub}". Kies tarieven, tarieven zet of tarieven indexeer.`);
  },
};
