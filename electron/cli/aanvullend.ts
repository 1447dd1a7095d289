// `schoolinzet aanvullend …`: aanvullende inzet (issue 16 item 7) over the same API methods as the
// afspraak form: list a schooljaar, add, change or remove a record. Amounts and hours accept Dutch
// text; dates dd-mm-jjjj. In --json amounts are cents and dates jjjj-mm-dd. Every write makes a
// backup first; a refused record changes nothing (the API's Dutch message names the field).
import { maakBackup } from '../db/backups';
import type { AanvullendeInzetOverzichtRij } from '../api/typen/aanvullende-inzet';
import { formatEuro, formatUren, parseBedrag, parseGetal } from '../domain/geld';
import { AANGEVRAAGD_DOOR, type AanvullendeInzet } from '../domain/types';
import { parseDatumTekst } from '../domain/validatie';
import type { Input } from '../api/contract';
import type { CliContext, Commando } from './commando';
import { CliFout } from './fout';
import { leesSchooljaar } from './periode';
import { tabel } from './uitvoer';

const GEBRUIK = [
  'aanvullend --schooljaar JJJJ-JJJJ [--json]',
  '  | aanvullend maak --afspraak ID --reden TEKST (--uren N | --bedrag B) --van dd-mm-jjjj --tot dd-mm-jjjj [opties] [--json]',
  '  | aanvullend wijzig --id N [opties] [--json]',
  '  | aanvullend verwijder --id N',
].join('\n');
const OPTIES =
  'Opties: --doelen TEKST, --gemeente P --onderwijs P [--overig P --financier NAAM] (standaard de aandelen van de afspraak), ' +
  '--aangevraagd-door school|aanbieder|gemeente, --besluit dd-mm-jjjj --besluit-door NAAM, --verantwoording-uiterlijk dd-mm-jjjj, ' +
  '--verantwoording-ontvangen dd-mm-jjjj, --verantwoording TEKST.';

const STAPPEN = ['maak', 'wijzig', 'verwijder'] as const;
const datumNl = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '');

function datum(optie: string, waarde: unknown): string | undefined {
  if (waarde === undefined) return undefined;
  const iso = parseDatumTekst(String(waarde));
  if (!iso) throw new CliFout(`--${optie} moet een datum zijn als dd-mm-jjjj, zoals 15-01-2018 (niet "${String(waarde)}").`);
  return iso;
}

function getal(optie: string, waarde: unknown): number | undefined {
  if (waarde === undefined) return undefined;
  const n = parseGetal(String(waarde));
  if (n === null) throw new CliFout(`--${optie} moet een getal zijn, zoals 2,5 (niet "${String(waarde)}").`);
  return n;
}

function id(optie: string, waarde: unknown): number {
  const n = Number(waarde);
  if (waarde === undefined || !Number.isSafeInteger(n) || n <= 0) throw new CliFout(`Geef --${optie} op als nummer, bijvoorbeeld --${optie} 12.`);
  return n;
}

/** The record fields the options give (only those given: a change keeps the rest). */
function velden(values: Record<string, unknown>): Partial<Omit<AanvullendeInzet, 'id' | 'afspraakId' | 'bron' | 'bronId' | 'bronTekst'>> {
  const uit: Partial<Omit<AanvullendeInzet, 'id' | 'afspraakId' | 'bron' | 'bronId' | 'bronTekst'>> = {};
  if (values.uren !== undefined && values.bedrag !== undefined) throw new CliFout('Geef --uren of --bedrag, niet allebei.');
  if (values.uren !== undefined) Object.assign(uit, { urenPerWeek: getal('uren', values.uren), bedragCents: null });
  if (values.bedrag !== undefined) {
    const cents = parseBedrag(String(values.bedrag));
    if (cents === null) throw new CliFout(`--bedrag moet een bedrag zijn, zoals 5.000 of € 5.000,00 (niet "${String(values.bedrag)}").`);
    Object.assign(uit, { bedragCents: cents, urenPerWeek: null });
  }
  const tekst = { reden: 'reden', doelen: 'doelen', 'besluit-door': 'besluitDoor', verantwoording: 'verantwoording', financier: 'overigeFinancier' } as const;
  for (const [optie, veld] of Object.entries(tekst)) if (typeof values[optie] === 'string') uit[veld] = values[optie] as string;
  const datums = {
    van: 'startdatum',
    tot: 'einddatum',
    besluit: 'besluitDatum',
    'verantwoording-uiterlijk': 'verantwoordingUiterlijk',
    'verantwoording-ontvangen': 'verantwoordingOntvangen',
  } as const;
  for (const [optie, veld] of Object.entries(datums)) {
    const d = datum(optie, values[optie]);
    if (d !== undefined) uit[veld] = d;
  }
  const aandelen = { gemeente: 'aandeelGemeente', onderwijs: 'aandeelOnderwijs', overig: 'aandeelOverig' } as const;
  for (const [optie, veld] of Object.entries(aandelen)) {
    const n = getal(optie, values[optie]);
    if (n !== undefined) uit[veld] = n;
  }
  const door = values['aangevraagd-door'];
  if (door !== undefined) {
    if (!(AANGEVRAAGD_DOOR as readonly unknown[]).includes(door))
      throw new CliFout(`--aangevraagd-door moet school, aanbieder of gemeente zijn (niet "${String(door)}").`);
    uit.aangevraagdDoor = door as AanvullendeInzet['aangevraagdDoor'];
  }
  return uit;
}

const omvang = (r: Pick<AanvullendeInzet, 'urenPerWeek' | 'bedragCents'>) =>
  r.urenPerWeek !== null ? `${formatUren(r.urenPerWeek)} uur/week` : formatEuro(r.bedragCents ?? 0, { cents: true });

function json(r: AanvullendeInzet & Partial<Pick<AanvullendeInzetOverzichtRij, 'kosten' | 'vestigingscode' | 'schoolNaam' | 'functie' | 'aanbiederNaam'>>) {
  return { ...r, kosten: r.kosten ?? undefined };
}

async function backup(ctx: CliContext): Promise<void> {
  const pad = ctx.omgeving.dbPad();
  if (pad !== ':memory:' && !ctx.omgeving.alleenLezen()) await maakBackup(ctx.omgeving.db(), pad, 'voor-wijziging');
}

export const aanvullendCommando: Commando = {
  naam: 'aanvullend',
  gebruik: 'aanvullend [maak|wijzig|verwijder] [opties] [--json]',
  omschrijving: [
    'Aanvullende inzet per afspraak: uren per week of een bedrag voor een periode binnen het schooljaar, met reden, doelen,',
    'eigen financiering, aanvraag, besluit en verantwoording. Zonder stap: de aanvullende inzet van een schooljaar met de kosten',
    'in dat schooljaar (regel 18). Het afspraaknummer staat bij schoolinzet aanvullend --json en in het scherm Afspraken.',
    '',
    GEBRUIK,
    '',
    OPTIES,
  ].join('\n'),
  opties: {
    schooljaar: { type: 'string' },
    json: { type: 'boolean' },
    afspraak: { type: 'string' },
    id: { type: 'string' },
    reden: { type: 'string' },
    uren: { type: 'string' },
    bedrag: { type: 'string' },
    van: { type: 'string' },
    tot: { type: 'string' },
    doelen: { type: 'string' },
    gemeente: { type: 'string' },
    onderwijs: { type: 'string' },
    overig: { type: 'string' },
    financier: { type: 'string' },
    'aangevraagd-door': { type: 'string' },
    besluit: { type: 'string' },
    'besluit-door': { type: 'string' },
    'verantwoording-uiterlijk': { type: 'string' },
    'verantwoording-ontvangen': { type: 'string' },
    verantwoording: { type: 'string' },
  },
  async run({ values, positionals }, ctx) {
    const { api, uitvoer } = ctx;
    const [stap, ...rest] = positionals;
    if (rest.length > 0 || (stap !== undefined && !(STAPPEN as readonly string[]).includes(stap))) {
      throw new CliFout(`Onbekende stap "${[stap, ...rest].join(' ')}". Kies maak, wijzig of verwijder.\nGebruik: schoolinzet ${GEBRUIK}`);
    }
    if (stap === undefined) {
      const schooljaar = leesSchooljaar(values.schooljaar) as number;
      const rijen = await api('aanvullendeInzet.schooljaar', { schooljaar });
      if (values.json) {
        uitvoer.out(JSON.stringify({ schooljaar, aanvullendeInzet: rijen.map(json) }, null, 2));
        return;
      }
      uitvoer.out(`Aanvullende inzet schooljaar ${schooljaar}-${schooljaar + 1}`);
      uitvoer.out('');
      if (rijen.length === 0) {
        uitvoer.out(`Er is geen aanvullende inzet in schooljaar ${schooljaar}-${schooljaar + 1}.`);
        return;
      }
      uitvoer.out(
        tabel(
          ['Nr', 'Afspraak', 'School', 'Functie', 'Omvang', 'Periode', 'Kosten', 'Reden'],
          rijen.map((r) => [
            String(r.id),
            String(r.afspraakId),
            r.schoolNaam,
            r.functie,
            omvang(r),
            `${datumNl(r.startdatum)} t/m ${datumNl(r.einddatum)}`,
            formatEuro(r.kosten.totaal, { cents: true }),
            r.reden.replace(/\s+/g, ' ').slice(0, 60),
          ]),
          [4, 6],
        ),
      );
      return;
    }
    if (stap === 'verwijder') {
      const nr = id('id', values.id);
      await backup(ctx);
      const weg = await api('aanvullendeInzet.verwijder', { id: nr });
      uitvoer.out(`Aanvullende inzet ${nr} verwijderd (${omvang(weg)}, ${datumNl(weg.startdatum)} t/m ${datumNl(weg.einddatum)}).`);
      return;
    }
    const gegeven = velden(values);
    let invoer: Input<'aanvullendeInzet.maak'>;
    let bestaandId: number | null = null;
    if (stap === 'maak') {
      const afspraak = await api('afspraken.lees', { id: id('afspraak', values.afspraak) });
      // The afspraak's own shares unless other ones are given.
      const eigen = gegeven.aandeelGemeente === undefined && gegeven.aandeelOnderwijs === undefined;
      invoer = {
        afspraakId: afspraak.id,
        ...(eigen
          ? {
              aandeelGemeente: afspraak.aandeelGemeente,
              aandeelOnderwijs: afspraak.aandeelOnderwijs,
              aandeelOverig: afspraak.aandeelOverig,
              overigeFinancier: afspraak.overigeFinancier,
            }
          : {}),
        ...gegeven,
      } as Input<'aanvullendeInzet.maak'>;
    } else {
      bestaandId = id('id', values.id);
      const { id: _id, ...oud } = await api('aanvullendeInzet.lees', { id: bestaandId });
      invoer = { ...oud, ...gegeven };
    }
    await backup(ctx);
    const r = bestaandId === null ? await api('aanvullendeInzet.maak', invoer) : await api('aanvullendeInzet.wijzig', { ...invoer, id: bestaandId });
    if (values.json) {
      uitvoer.out(JSON.stringify(r, null, 2));
      return;
    }
    uitvoer.out(
      `Aanvullende inzet ${r.id} ${bestaandId === null ? 'toegevoegd' : 'gewijzigd'} bij afspraak ${r.afspraakId}: ${omvang(r)}, ${datumNl(r.startdatum)} t/m ${datumNl(r.einddatum)}.`,
    );
  },
};
