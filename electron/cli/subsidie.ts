// `schoolinzet subsidie …`: the subsidy cycle per aanbieder × begrotingsjaar (issue 17) over the
// same API methods as the Subsidies page. Amounts are Dutch text on input (parseBedrag) and
// integer cents in --json; dates dd-mm-jjjj on input. Every write makes a backup first.
import { maakBackup } from '../db/backups';
import type { SubsidieRij } from '../api/typen/subsidies';
import { formatEuro, parseBedrag } from '../domain/geld';
import { saldoTekst, STATUS_LABEL } from '../domain/subsidie';
import { parseDatumTekst } from '../domain/validatie';
import type { CliContext, Commando } from './commando';
import { CliFout } from './fout';
import { leesBegrotingsjaar } from './periode';
import { tabel } from './uitvoer';

const KORT = 'subsidie [verleen|betaal|verantwoord|vaststel] --begrotingsjaar JJJJ [--aanbieder NAAM] [opties] [--json]';
const GEBRUIK = [
  'subsidie --begrotingsjaar JJJJ [--aanbieder NAAM] [--json]',
  '  | subsidie verleen --aanbieder NAAM --begrotingsjaar JJJJ [--bedrag B --reden TEKST] [--voorschotten maand|kwartaal|eenmalig] [--datum dd-mm-jjjj]',
  '  | subsidie betaal --aanbieder NAAM --begrotingsjaar JJJJ --termijn N [--datum dd-mm-jjjj]',
  '  | subsidie verantwoord --aanbieder NAAM --begrotingsjaar JJJJ --kosten B [--datum dd-mm-jjjj]',
  '  | subsidie vaststel --aanbieder NAAM --begrotingsjaar JJJJ --bedrag B [--datum dd-mm-jjjj]',
].join('\n');

const STAPPEN = ['verleen', 'betaal', 'verantwoord', 'vaststel'] as const;
type Stap = (typeof STAPPEN)[number];

const datumNl = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '');

function leesBedragOptie(optie: string, waarde: unknown): number {
  const cents = typeof waarde === 'string' ? parseBedrag(waarde) : null;
  if (cents === null) throw new CliFout(`--${optie} moet een bedrag zijn, zoals 398.000 of € 398.000,00 (niet "${String(waarde)}").`);
  if (cents < 0) throw new CliFout(`--${optie} mag niet negatief zijn.`);
  return cents;
}

function leesDatumOptie(waarde: unknown): string | undefined {
  if (waarde === undefined) return undefined;
  const iso = parseDatumTekst(String(waarde));
  if (!iso) throw new CliFout(`--datum moet een datum zijn als dd-mm-jjjj, zoals 15-01-2018 (niet "${String(waarde)}").`);
  return iso;
}

export async function zoekAanbieder(api: CliContext['api'], naam: unknown): Promise<{ id: number; naam: string }> {
  if (typeof naam !== 'string' || !naam.trim()) throw new CliFout('Geef de aanbieder op, bijvoorbeeld --aanbieder "De Kern".');
  const lijst = await api('aanbieders.lijst', {});
  const n = naam.trim().toLocaleLowerCase('nl');
  const a = lijst.find((x) => x.naam.toLocaleLowerCase('nl') === n || (x.korteNaam ?? '').toLocaleLowerCase('nl') === n);
  if (!a)
    throw new CliFout(`Onbekende aanbieder "${naam}" bij --aanbieder. Kies uit: ${lijst.map((x) => x.naam).join(', ') || '(er zijn nog geen aanbieders)'}.`);
  return { id: a.id, naam: a.naam };
}

/** The JSON shape of one aanbieder's subsidie (amounts in cents, dates jjjj-mm-dd). */
export function subsidieJson(r: SubsidieRij) {
  return {
    aanbieder: r.aanbieder,
    begrotingsjaar: r.begrotingsjaar,
    kostenGemeente: r.kostenGemeente,
    verleend: r.verleend,
    voorschotten: (r.subsidie?.voorschotten ?? []).map((t) => ({
      termijn: t.termijn,
      bedrag: t.bedragCents,
      vervaldatum: t.vervaldatum,
      betaald: t.betaaldOp,
    })),
    betaald: r.betaald,
    verantwoord: r.verantwoord,
    vastgesteld: r.vastgesteld,
    saldo: r.saldo,
    status: r.status,
    drift: r.drift,
  };
}

function bedragOfStreep(c: number | null): string {
  return c === null ? '-' : formatEuro(c, { cents: true });
}

export const subsidieCommando: Commando = {
  naam: 'subsidie',
  gebruik: KORT,
  omschrijving: [
    'De subsidie per aanbieder per begrotingsjaar: verlening (beschikking), voorschotten, verantwoording en vaststelling.',
    '',
    GEBRUIK,
    '',
    'Zonder stap: per aanbieder het aandeel van de gemeente in de afspraken (kostenGemeente), verleend, voorschotten, betaald,',
    'vastgesteld, saldo (vastgesteld − betaald: positief nabetaling, negatief terugvordering) en status. In --json hele centen.',
    'verleen: standaard het aandeel van de gemeente in de getelde afspraken; een ander bedrag vraagt --reden. Voorschotten',
    'standaard per maand (12 gelijke termijnen in hele centen, de rest op de laatste). Elke stap maakt eerst een reservekopie;',
    'bij een fout (afsluitcode 1) is er niets veranderd.',
  ].join('\n'),
  opties: {
    begrotingsjaar: { type: 'string' },
    aanbieder: { type: 'string' },
    json: { type: 'boolean' },
    bedrag: { type: 'string' },
    reden: { type: 'string' },
    voorschotten: { type: 'string' },
    datum: { type: 'string' },
    termijn: { type: 'string' },
    kosten: { type: 'string' },
    kenmerk: { type: 'string' },
    voorwaarden: { type: 'string' },
  },
  async run({ values, positionals }, ctx) {
    const { api, uitvoer } = ctx;
    const [stap, ...rest] = positionals;
    if (rest.length > 0 || (stap !== undefined && !(STAPPEN as readonly string[]).includes(stap))) {
      throw new CliFout(`Onbekende stap "${[stap, ...rest].join(' ')}". Kies verleen, betaal, verantwoord of vaststel.\nGebruik: schoolinzet ${GEBRUIK}`);
    }
    const jaar = leesBegrotingsjaar(values.begrotingsjaar) as number;

    if (stap === undefined) {
      const aanbieder = values.aanbieder === undefined ? null : await zoekAanbieder(api, values.aanbieder);
      const overzicht = await api('subsidies.lijst', { begrotingsjaar: jaar });
      let rijen = overzicht.rijen;
      if (aanbieder)
        rijen = rijen.some((r) => r.aanbiederId === aanbieder.id)
          ? rijen.filter((r) => r.aanbiederId === aanbieder.id)
          : [await api('subsidies.lees', { aanbiederId: aanbieder.id, begrotingsjaar: jaar })];
      if (values.json) {
        uitvoer.out(JSON.stringify({ begrotingsjaar: jaar, aanbieders: rijen.map(subsidieJson), waarschuwingen: overzicht.waarschuwingen }, null, 2));
        return;
      }
      uitvoer.out(`Subsidies begrotingsjaar ${jaar}`);
      uitvoer.out('');
      uitvoer.out(
        tabel(
          ['Aanbieder', 'Afspraken (gemeente)', 'Verleend', 'Betaald', 'Vastgesteld', 'Saldo', 'Status'],
          rijen.map((r) => [
            r.aanbieder,
            formatEuro(r.kostenGemeente, { cents: true }),
            bedragOfStreep(r.verleend),
            formatEuro(r.betaald, { cents: true }),
            bedragOfStreep(r.vastgesteld),
            bedragOfStreep(r.saldo),
            STATUS_LABEL[r.status],
          ]),
          [1, 2, 3, 4, 5],
        ),
      );
      for (const r of rijen) if (r.drift) uitvoer.out(`${r.aanbieder}: ${r.drift}.`);
      for (const w of overzicht.waarschuwingen) uitvoer.out(w);
      return;
    }

    const aanbieder = await zoekAanbieder(api, values.aanbieder);
    const sleutel = { aanbiederId: aanbieder.id, begrotingsjaar: jaar };
    const datum = leesDatumOptie(values.datum);
    const invoer = stapInvoer(api, stap as Stap, values, sleutel, datum);
    // A backup of the file as it was, before any step changes it (like the imports).
    const pad = ctx.omgeving.dbPad();
    if (pad !== ':memory:' && !ctx.omgeving.alleenLezen()) await maakBackup(ctx.omgeving.db(), pad, 'voor-wijziging');
    const r = await invoer();
    if (values.json) {
      uitvoer.out(JSON.stringify({ ...subsidieJson(r.rij), waarschuwingen: r.waarschuwingen }, null, 2));
      return;
    }
    const rij = r.rij;
    const s = rij.subsidie;
    if (stap === 'verleen') {
      uitvoer.out(
        `Subsidie ${aanbieder.naam} ${jaar} verleend op ${datumNl(s?.verleningDatum ?? null)}: ${bedragOfStreep(rij.verleend)} (aandeel gemeente in de afspraken ${formatEuro(rij.kostenGemeente, { cents: true })}).`,
      );
      for (const t of s?.voorschotten ?? []) uitvoer.out(`  termijn ${t.termijn}: ${formatEuro(t.bedragCents, { cents: true })} op ${datumNl(t.vervaldatum)}`);
      uitvoer.out(`Verantwoording uiterlijk ${datumNl(s?.verantwoordingUiterlijk ?? null)}.`);
    } else if (stap === 'betaal') {
      uitvoer.out(
        `Termijn ${String(values.termijn)} van ${aanbieder.naam} ${jaar} betaald; totaal betaald ${formatEuro(rij.betaald, { cents: true })} van ${bedragOfStreep(rij.verleend)}.`,
      );
    } else if (stap === 'verantwoord') {
      uitvoer.out(
        `Verantwoording van ${aanbieder.naam} ${jaar} ontvangen op ${datumNl(s?.verantwoordingDatum ?? null)}: gerealiseerde kosten ${bedragOfStreep(rij.verantwoord)}.`,
      );
    } else {
      uitvoer.out(
        `Subsidie ${aanbieder.naam} ${jaar} vastgesteld op ${bedragOfStreep(rij.vastgesteld)}; betaald ${formatEuro(rij.betaald, { cents: true })}: ${rij.saldo === null ? '' : saldoTekst(rij.saldo)}.`,
      );
    }
    for (const w of r.waarschuwingen) if (!w.startsWith('Saldo:')) uitvoer.out(w);
  },
};

/** Checks the step's own options before anything is written; returns the call to make. */
function stapInvoer(
  api: CliContext['api'],
  stap: Stap,
  values: Record<string, unknown>,
  sleutel: { aanbiederId: number; begrotingsjaar: number },
  datum: string | undefined,
) {
  const metDatum = datum === undefined ? {} : { datum };
  const tekst = (k: 'reden' | 'kenmerk' | 'voorwaarden') => (typeof values[k] === 'string' ? { [k]: values[k] as string } : {});
  if (stap === 'verleen') {
    const schema = values.voorschotten;
    if (schema !== undefined && schema !== 'maand' && schema !== 'kwartaal' && schema !== 'eenmalig') {
      throw new CliFout(`--voorschotten moet maand, kwartaal of eenmalig zijn (niet "${String(schema)}").`);
    }
    const bedrag = values.bedrag === undefined ? {} : { bedragCents: leesBedragOptie('bedrag', values.bedrag) };
    return () =>
      api('subsidies.verleen', {
        ...sleutel,
        ...metDatum,
        ...bedrag,
        ...tekst('reden'),
        ...tekst('kenmerk'),
        ...tekst('voorwaarden'),
        ...(schema ? { schema } : {}),
      });
  }
  if (stap === 'betaal') {
    const t = String(values.termijn ?? '').trim();
    if (!/^\d{1,3}$/.test(t))
      throw new CliFout(`Geef de termijn op als getal, bijvoorbeeld --termijn 1${values.termijn === undefined ? '' : ` (niet "${String(values.termijn)}")`}.`);
    return () => api('subsidies.betaal', { ...sleutel, ...metDatum, termijn: Number(t) });
  }
  if (stap === 'verantwoord') {
    if (values.kosten === undefined) throw new CliFout('Geef de gerealiseerde kosten op, bijvoorbeeld --kosten 398.000.');
    const kostenCents = leesBedragOptie('kosten', values.kosten);
    return () => api('subsidies.verantwoord', { ...sleutel, ...metDatum, kostenCents });
  }
  if (values.bedrag === undefined) throw new CliFout('Geef het vastgestelde bedrag op, bijvoorbeeld --bedrag 398.000.');
  const bedragCents = leesBedragOptie('bedrag', values.bedrag);
  return () => api('subsidies.vaststel', { ...sleutel, ...metDatum, bedragCents });
}
