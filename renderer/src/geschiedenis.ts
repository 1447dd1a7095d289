// The mutatielog in words: what happened to a record, by whom and when, as a readable Dutch list
// of "field: old → new". Pure (no DOM), so a unit test checks the wording.
import { formatEuro, formatPercentage, formatUren } from '../../electron/domain/geld';
import type { Mutatie } from '../../electron/api/typen/registratie';
import { STATUS_LABEL, type Status } from '../../electron/domain/types';

/** Names the reader knows instead of ids (wijk, bestuur, school, begrotingspost …). */
export interface Namen {
  wijk?: (id: number) => string | undefined;
  bestuur?: (id: number) => string | undefined;
  school?: (id: number) => string | undefined;
  aanbieder?: (id: number) => string | undefined;
  begrotingspost?: (id: number) => string | undefined;
}

export interface Wijziging {
  veld: string;
  oud: string;
  nieuw: string;
}

export interface GeschiedenisRegel {
  id: number;
  /** dd-mm-jjjj uu:mm in local time. */
  tijd: string;
  gebruiker: string;
  actie: string;
  wijzigingen: Wijziging[];
}

/** Field labels as the forms show them; keys not listed are shown by a label made from the key. */
const LABELS: Record<string, string> = {
  naam: 'Naam',
  korteNaam: 'Korte naam',
  vestigingscode: 'Vestigingscode',
  sector: 'Sector',
  wijkId: 'Wijk',
  bestuurId: 'Bestuur',
  schoolId: 'School',
  aanbiederId: 'Aanbieder',
  regelingId: 'Regeling',
  denominatie: 'Denominatie',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  postcode: 'Postcode',
  plaats: 'Plaats',
  gemeenteCode: 'Gemeentecode',
  opmerking: 'Opmerking',
  omschrijving: 'Omschrijving',
  nietInDuo: 'Niet in DUO',
  leerlingen: 'Leerlingen',
  contactpersoon: 'Contactpersoon',
  email: 'E-mailadres',
  soort: 'Soort',
  bedragen: 'Bedrag per jaar',
  budget: 'Budget per jaar',
  schooljaar: 'Schooljaar',
  functie: 'Functie',
  basisurenPerWeek: 'Basisuren per week',
  // Before migration 012 an afspraak had these two; old log entries still name them.
  extraUrenPerWeek: 'Extra uren per week',
  wekenPerJaar: 'Weken per jaar',
  uurtariefCents: 'Uurtarief',
  vastBedragCents: 'Vast bedrag per jaar',
  aandeelGemeente: 'Aandeel gemeente',
  aandeelOnderwijs: 'Aandeel onderwijs',
  aandeelOverig: 'Aandeel overig',
  overigeFinancier: 'Overige financier',
  startdatum: 'Startdatum',
  einddatum: 'Einddatum',
  status: 'Status',
  toelichtingExtraUren: 'Toelichting extra uren',
  themas: "Thema's",
  blozAdvies: 'BLOZ-advies',
  werkplanGoedgekeurdSchool: 'Werkplan goedgekeurd door school',
  werkplanGoedgekeurdWijkteam: 'Werkplan goedgekeurd door wijkteam',
  basisinzet: 'Basisinzet',
  begrotingspostIds: 'Begrotingsposten',
  startjaar: 'Startjaar',
  eindjaar: 'Eindjaar',
  schoolIds: 'Scholen',
  indicatoren: 'Indicatoren',
  betaler: 'Betaler',
  standaardUurtariefCents: 'Standaard uurtarief',
  // Aanvullende inzet (issue 16 item 7).
  afspraakId: 'Afspraak',
  urenPerWeek: 'Uren per week',
  reden: 'Reden',
  doelen: 'Doelen',
  aangevraagdDoor: 'Aangevraagd door',
  besluitDatum: 'Besluit op',
  besluitDoor: 'Besluit door',
  verantwoordingUiterlijk: 'Verantwoording uiterlijk',
  verantwoordingOntvangen: 'Verantwoording ontvangen',
  verantwoording: 'Verantwoording',
  bron: 'Bron',
  bronId: 'Bron (nummer)',
  bronTekst: 'Bron (omschrijving)',
};

const OVERSLAAN = new Set(['id']);

/** The label of a field key (gemeenteCode → Gemeentecode); a column name from a sheet (already words) stays as it is. */
export function veldLabel(sleutel: string): string {
  return /^[a-z][A-Za-z0-9]*$/.test(sleutel) ? label(sleutel) : sleutel;
}

function label(sleutel: string): string {
  if (LABELS[sleutel]) return LABELS[sleutel];
  const woorden = sleutel
    .replace(/Cents$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/** 2017-11-23T14:05:00.000Z → 23-11-2017 15:05 (local time). */
export function tijdTekst(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** One value as the reader would write it: € for cents, % for shares, dd-mm-jjjj, names for ids. */
export function waardeTekst(sleutel: string, waarde: unknown, namen: Namen = {}): string {
  if (waarde === null || waarde === undefined || waarde === '') return '(leeg)';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'number') {
    if (/Cents$/.test(sleutel)) return formatEuro(waarde, { cents: waarde % 100 !== 0 });
    if (/^aandeel/.test(sleutel)) return formatPercentage(waarde);
    if (/Uren|uren/.test(sleutel)) return `${formatUren(waarde)} uur`;
    if (sleutel === 'schooljaar') return `${waarde}-${waarde + 1}`;
    const naam = sleutel.endsWith('Id') ? namen[sleutel.slice(0, -2) as keyof Namen]?.(waarde) : undefined;
    if (naam) return naam;
    return String(waarde);
  }
  if (typeof waarde === 'string') {
    if (sleutel === 'status') return STATUS_LABEL[waarde as Status] ?? waarde;
    if (ISO_DATUM.test(waarde)) return `${waarde.slice(8, 10)}-${waarde.slice(5, 7)}-${waarde.slice(0, 4)}`;
    return waarde;
  }
  if (Array.isArray(waarde)) return lijstTekst(sleutel, waarde, namen);
  return objectTekst(waarde as Record<string, unknown>, namen);
}

/** A record without a form of its own: its fields as "Label: waarde", never raw JSON. */
function objectTekst(o: Record<string, unknown>, namen: Namen): string {
  return Object.entries(o)
    .map(([k, v]) => `${label(k)}: ${waardeTekst(k, v, namen)}`)
    .join(', ');
}

function lijstTekst(sleutel: string, lijst: unknown[], namen: Namen): string {
  if (lijst.length === 0) return '(geen)';
  const item = (x: unknown): string => {
    if (typeof x !== 'object' || x === null) {
      if (typeof x === 'number' && sleutel === 'begrotingspostIds') return namen.begrotingspost?.(x) ?? `#${x}`;
      if (typeof x === 'number' && sleutel === 'schoolIds') return namen.school?.(x) ?? `#${x}`;
      return String(x);
    }
    const o = x as Record<string, unknown>;
    if ('jaar' in o && 'bedragCents' in o) return `${o.jaar}: ${formatEuro(Number(o.bedragCents))}`;
    if ('jaar' in o && 'aantal' in o) return `${o.jaar}: ${o.onder5 ? 'minder dan 5' : (o.aantal ?? '?')}`;
    if ('sector' in o && 'functie' in o && 'urenPerWeek' in o) {
      const tarief = typeof o.uurtariefCents === 'number' ? ` à ${formatEuro(o.uurtariefCents, { cents: true })}` : '';
      return `${o.functie} ${o.sector} ${formatUren(Number(o.urenPerWeek))} uur${tarief}`;
    }
    if ('termijn' in o && 'bedragCents' in o) {
      const betaald = typeof o.betaaldOp === 'string' ? `, betaald ${waardeTekst('betaaldOp', o.betaaldOp)}` : ', niet betaald';
      return `termijn ${o.termijn}: ${formatEuro(Number(o.bedragCents), { cents: Number(o.bedragCents) % 100 !== 0 })}, vervalt ${waardeTekst('vervaldatum', o.vervaldatum)}${betaald}`;
    }
    if ('naam' in o) return String(o.naam);
    return objectTekst(o, namen);
  };
  const teksten = lijst.map(item);
  return teksten.length > 6 ? `${teksten.slice(0, 6).join('; ')} en ${teksten.length - 6} meer` : teksten.join('; ');
}

const LEEG = new Set(['(leeg)', '(geen)']);

function gelijk(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Fields that differ between two versions of a record, in the order of the newer one. */
export function verschillen(oud: unknown, nieuw: unknown, namen: Namen = {}): Wijziging[] {
  const o = (oud ?? {}) as Record<string, unknown>;
  const n = (nieuw ?? {}) as Record<string, unknown>;
  if (typeof o !== 'object' || typeof n !== 'object') return [];
  const sleutels = [...new Set([...Object.keys(n), ...Object.keys(o)])].filter((k) => !OVERSLAAN.has(k));
  return sleutels
    .filter((k) => !gelijk(o[k], n[k]))
    .map((k) => ({ veld: label(k), oud: oud ? waardeTekst(k, o[k], namen) : '', nieuw: nieuw ? waardeTekst(k, n[k], namen) : '' }))
    .filter((w) => !(oud === null && LEEG.has(w.nieuw)) && !(nieuw === null && LEEG.has(w.oud)));
}

const SUBSIDIE_STAPPEN: Record<string, string> = {
  'subsidies.aanvraag': 'Aanvraag vastgelegd',
  'subsidies.verleen': 'Verleend',
  'subsidies.betaal': 'Voorschot betaald',
  'subsidies.verantwoord': 'Verantwoording ontvangen',
  'subsidies.vaststel': 'Vastgesteld',
};

/** The kind of change in words, from the method and whether there was an old/new version. */
export function actieTekst(m: Pick<Mutatie, 'methode' | 'oud' | 'nieuw'>): string {
  const werkwoord = m.methode.split('.')[1] ?? '';
  if (m.methode.startsWith('import.')) return 'Geïmporteerd';
  if (werkwoord === 'herstel') return 'Teruggezet (ongedaan gemaakt)';
  // The steps of a subsidie (api/subsidies.ts) say which step they were.
  const stap = SUBSIDIE_STAPPEN[m.methode];
  if (stap) return stap;
  if (m.oud === null && m.nieuw !== null) return 'Toegevoegd';
  if (m.nieuw === null && m.oud !== null) return 'Verwijderd';
  return 'Gewijzigd';
}

export function geschiedenisRegels(mutaties: readonly Mutatie[], namen: Namen = {}): GeschiedenisRegel[] {
  return mutaties.map((m) => ({
    id: m.id,
    tijd: tijdTekst(m.tijd),
    gebruiker: m.gebruiker,
    actie: actieTekst(m),
    wijzigingen: verschillen(m.oud, m.nieuw, namen),
  }));
}
