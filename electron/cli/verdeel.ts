// `schoolinzet verdeel`: divide a pool of hours or euros over the schools of a functie and sectors
// (issue 16, docs/regels.md#regel-17). Without --vaststellen it is a dry run that writes nothing;
// with --vaststellen --naam NAAM --aanbieder NAAM it saves the verdeling and vaststelt it (the
// toegekende inzet as aanvullende inzet records), after a backup.
// Amounts accept Dutch text (12,5; 1.234,50; € 1.234,50); --json gives hours as numbers and euros
// as cents.
import { formatEuro, formatUren, parseBedrag, parseGetal } from '../domain/geld';
import { schooljaarLabel } from '../domain/schooljaar';
import { SECTOREN, type Sector } from '../domain/types';
import { VERDEEL_REGELS, type PotSoort, type VerdeelRegel } from '../domain/verdeling';
import type { VerdelingVoorstel } from '../api/typen/verdeling';
import type { Input } from '../api/contract';
import type { CliContext, Commando } from './commando';
import { CliFout } from './fout';
import { leesFunctie, leesSchooljaar } from './periode';
import { tabel } from './uitvoer';
import { zoekAanbieder } from './subsidie';
import { backupVooraf } from './tarieven';

const GEBRUIK =
  'verdeel --schooljaar JJJJ-JJJJ --functie CODE --sector SECTOR[,SECTOR] [--wijk NAAM] (--uren N | --bedrag B) --regel gelijk|leerlingen|voet|gewicht [--voet V] [--stap S] [--min M] [--max M] [--vaststellen --naam NAAM --aanbieder NAAM] [--json]';

/** An amount of the pot's soort: hours as a number, euros to cents. */
function leesHoeveelheid(soort: PotSoort, optie: string, waarde: unknown): number | null {
  if (waarde === undefined) return null;
  const tekst = String(waarde);
  if (soort === 'euros') {
    const cents = parseBedrag(tekst);
    if (cents === null || cents < 0) throw new CliFout(`--${optie} moet een bedrag in euro zijn, zoals 1.234,50 of "€ 1.234,50" (niet "${tekst}").`);
    return cents;
  }
  const uren = parseGetal(tekst);
  if (uren === null || uren < 0) throw new CliFout(`--${optie} moet een aantal uren zijn, zoals 12,5 (niet "${tekst}").`);
  return uren;
}

function leesSectoren(waarde: unknown): Sector[] {
  const delen = (Array.isArray(waarde) ? waarde : waarde === undefined ? [] : [waarde]).flatMap((w) => String(w).split(','));
  const sectoren = delen.map((d) => d.trim().toUpperCase()).filter((d) => d !== '');
  if (sectoren.length === 0) throw new CliFout(`Geef de sector op, bijvoorbeeld --sector PO of --sector PO,SBO (kies uit ${SECTOREN.join(', ')}).`);
  for (const s of sectoren)
    if (!(SECTOREN as readonly string[]).includes(s)) throw new CliFout(`Onbekende sector "${s}" bij --sector. Kies uit ${SECTOREN.join(', ')}.`);
  return [...new Set(sectoren)] as Sector[];
}

function leesRegel(waarde: unknown): VerdeelRegel {
  const r = String(waarde ?? '')
    .trim()
    .toLowerCase();
  if (waarde === undefined) throw new CliFout(`Geef de verdeelregel op met --regel (${VERDEEL_REGELS.join(', ')}).`);
  if (!(VERDEEL_REGELS as readonly string[]).includes(r))
    throw new CliFout(`Onbekende verdeelregel "${String(waarde)}" bij --regel. Kies uit ${VERDEEL_REGELS.join(', ')}.`);
  return r as VerdeelRegel;
}

/** The options as the API's input; shared with --vaststellen. */
export async function verdeelInvoer(values: Record<string, unknown>, { api }: CliContext): Promise<Input<'verdeling.bereken'>> {
  const schooljaar = leesSchooljaar(values.schooljaar) as number;
  const functie = leesFunctie(
    values.functie,
    (await api('functies.lijst', {})).map((f) => f.code),
  );
  const sectoren = leesSectoren(values.sector);
  if ((values.uren === undefined) === (values.bedrag === undefined))
    throw new CliFout('Geef de pot op met --uren N (uren per week) of met --bedrag B (euro per jaar), niet allebei.');
  const soort: PotSoort = values.uren !== undefined ? 'uren' : 'euros';
  const totaal = leesHoeveelheid(soort, soort === 'uren' ? 'uren' : 'bedrag', soort === 'uren' ? values.uren : values.bedrag) as number;
  const regel = leesRegel(values.regel);
  const wijkNamen = (Array.isArray(values.wijk) ? values.wijk : values.wijk === undefined ? [] : [values.wijk]).map((w) => String(w).trim());
  const wijkIds: number[] = [];
  if (wijkNamen.length) {
    const wijken = await api('wijken.lijst', {});
    for (const naam of wijkNamen) {
      const w = wijken.find((x) => x.naam.localeCompare(naam, 'nl', { sensitivity: 'base' }) === 0);
      if (!w) throw new CliFout(`Onbekende wijk "${naam}" bij --wijk. Kies uit ${wijken.map((x) => x.naam).join(', ') || '(er zijn nog geen wijken)'}.`);
      wijkIds.push(w.id);
    }
  }
  return {
    schooljaar,
    soort,
    functie,
    sectoren,
    wijkIds,
    regel,
    totaal,
    voet: leesHoeveelheid(soort, 'voet', values.voet),
    stap: leesHoeveelheid(soort, 'stap', values.stap),
    min: leesHoeveelheid(soort, 'min', values.min),
    max: leesHoeveelheid(soort, 'max', values.max),
  };
}

export function hoeveelheidTekst(soort: PotSoort, waarde: number): string {
  return soort === 'uren' ? `${formatUren(waarde)} uur` : formatEuro(waarde, { cents: true });
}

/** The division as --json: hours as numbers, euros as cents. */
export function voorstelJson(v: VerdelingVoorstel) {
  return {
    schooljaar: schooljaarLabel(v.schooljaar),
    functie: v.functie,
    soort: v.soort,
    totaal: v.totaal,
    regel: v.regel,
    stap: v.stap,
    voet: v.voet,
    uitgedeeld: v.uitgedeeld,
    scholen: v.scholen.map((s) => ({
      vestigingscode: s.vestigingscode,
      naam: s.naam,
      leerlingen: s.leerlingen,
      gewicht: s.gewicht,
      quotum: s.quotum,
      toegekend: s.toegekend,
    })),
  };
}

export function voorstelTabel(v: VerdelingVoorstel): string {
  const h = (x: number) => hoeveelheidTekst(v.soort, x);
  return [
    `Verdeling ${v.functie} schooljaar ${schooljaarLabel(v.schooljaar)}, regel ${v.regel}, stap ${h(v.stap)}${v.voet !== null ? `, voet ${h(v.voet)}` : ''}`,
    '',
    tabel(
      ['Vestiging', 'School', 'Leerlingen', 'Gewicht', 'Quotum', 'Toegekend', ''],
      v.scholen.map((s) => [
        s.vestigingscode,
        s.naam,
        s.leerlingen === null ? 'onbekend' : typeof s.leerlingen === 'number' ? s.leerlingen.toLocaleString('nl-NL') : s.leerlingen,
        s.gewicht.toLocaleString('nl-NL'),
        h(s.quotum),
        h(s.toegekend),
        s.begrensd === 'min' ? 'minimum' : s.begrensd === 'max' ? 'maximum' : '',
      ]),
      [2, 3, 4, 5],
    ),
    '',
    `Uitgedeeld ${h(v.uitgedeeld)} van ${h(v.totaal)} over ${v.scholen.length.toLocaleString('nl-NL')} ${v.scholen.length === 1 ? 'school' : 'scholen'}.`,
  ].join('\n');
}

async function vaststellen(values: Record<string, unknown>, invoer: Input<'verdeling.bereken'>, voorstel: VerdelingVoorstel, ctx: CliContext): Promise<void> {
  const naam = typeof values.naam === 'string' ? values.naam.trim() : '';
  if (!naam) throw new CliFout('Geef de verdeling een naam met --naam, bijvoorbeeld --naam "Maatwerk PO 2025-2026".');
  if (values.aanbieder === undefined) throw new CliFout('Geef met --aanbieder op wie de toegekende inzet levert, bijvoorbeeld --aanbieder "De Kern".');
  const aanbieder = await zoekAanbieder(ctx.api, values.aanbieder);
  if ((await ctx.api('verdelingen.lijst', {})).some((v) => v.naam.localeCompare(naam, 'nl', { sensitivity: 'base' }) === 0))
    throw new CliFout(`Er is al een verdeling met de naam ${naam}. Kies een andere naam.`);
  const backup = await backupVooraf(ctx);
  const verdeling = await ctx.api('verdelingen.maak', { ...invoer, naam, aanbiederId: aanbieder.id });
  let r;
  try {
    r = await ctx.api('verdelingen.vaststellen', { id: verdeling.id });
  } catch (e) {
    // Vaststellen writes nothing when it fails; the verdeling saved just before goes too.
    await ctx.api('verdelingen.verwijder', { id: verdeling.id });
    throw e;
  }
  if (values.json) {
    ctx.uitvoer.out(
      JSON.stringify(
        {
          ...voorstelJson(voorstel),
          opgeslagen: true,
          naam,
          aanbieder: aanbieder.naam,
          vastgesteldOp: r.verdeling.vastgesteldOp,
          records: r.records,
          nieuweAfspraken: r.nieuweAfspraken,
          backup,
        },
        null,
        2,
      ),
    );
    return;
  }
  ctx.uitvoer.out(voorstelTabel(voorstel));
  ctx.uitvoer.out(
    `Verdeling ${naam} vastgesteld: ${r.records.toLocaleString('nl-NL')} ${r.records === 1 ? 'regel' : 'regels'} aanvullende inzet bij ${aanbieder.naam}` +
      (r.nieuweAfspraken
        ? `, waarvoor ${r.nieuweAfspraken.toLocaleString('nl-NL')} ${r.nieuweAfspraken === 1 ? 'afspraak' : 'afspraken'} zonder basisuren ${r.nieuweAfspraken === 1 ? 'is' : 'zijn'} gemaakt.`
        : '.'),
  );
  if (backup) ctx.uitvoer.out(`Reservekopie vooraf: ${backup}`);
}

export const verdeelCommando: Commando = {
  naam: 'verdeel',
  gebruik: GEBRUIK,
  omschrijving:
    'Verdeelt een pot uren of euro’s over de scholen van een functie en sectoren (grootste-restmethode, docs/regels.md regel 10 en 17). Zonder --vaststellen is het een proefberekening: er wordt niets opgeslagen.',
  opties: {
    schooljaar: { type: 'string' },
    functie: { type: 'string' },
    sector: { type: 'string', multiple: true },
    wijk: { type: 'string', multiple: true },
    uren: { type: 'string' },
    bedrag: { type: 'string' },
    regel: { type: 'string' },
    voet: { type: 'string' },
    stap: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    json: { type: 'boolean' },
    vaststellen: { type: 'boolean' },
    naam: { type: 'string' },
    aanbieder: { type: 'string' },
  },
  async run({ values, positionals }, ctx) {
    if (positionals.length > 0) throw new CliFout(`Onbekend argument "${positionals[0]}".\nGebruik: schoolinzet ${GEBRUIK}`);
    if (!values.vaststellen && (values.naam !== undefined || values.aanbieder !== undefined))
      throw new CliFout('--naam en --aanbieder horen bij --vaststellen. Zonder --vaststellen is verdeel een proefberekening.');
    const invoer = await verdeelInvoer(values, ctx);
    // Every check first (the division itself included), so refused input leaves no trace at all.
    const voorstel = await ctx.api('verdeling.bereken', invoer);
    if (values.vaststellen) return vaststellen(values, invoer, voorstel, ctx);
    if (values.json) {
      ctx.uitvoer.out(JSON.stringify({ ...voorstelJson(voorstel), opgeslagen: false }, null, 2));
      return;
    }
    ctx.uitvoer.out(voorstelTabel(voorstel));
    ctx.uitvoer.out('Proefberekening: er is niets opgeslagen.');
  },
};
