// Reading DUO open-data files (school locations and pupil counts) into typed records, so nobody
// has to type schools. Which kind of file it is follows from its headers, never from the file
// name: users rename downloads. See tests/fixtures/duo/README.md for the formats.
//
// Decisions worth knowing:
// - MBO files list institutions, not locations. Their vestigingscode is the 4-character BRIN
//   itself: BRIN + "00" would collide with real VO locations of the same board (01AA00 is a
//   Landstede VO location, 01AA is the Landstede MBO institution).
// - The historical pupil file writes 0 for every year a location did not exist; those zeros are
//   left out instead of being stored as "0 pupils".
// - `<5` is "fewer than five, exact number unknown": aantal null, onder5 true.
// - Files without a year column (VO pupils, edugis) take the year from the options or from the
//   file name (`...-bestuur-2025.csv`, `scholen20241122`).
// - The edugis file is not DUO's but a geocoded merge of PO, VO and (V)SO/SBO addresses (used as
//   national benchmark). It has no gemeentecode, bestuur or phone; a vestiging with more
//   buildings appears once per building, the first row wins.
import { plaatsNaam } from '../domain/plaatsnaam';
import { normaliseerGemeenteCode } from '../domain/velden';
import type { Sector } from '../domain/types';
import { ImportFout } from './fout';
import { NAAM_MAX } from '../domain/grenzen';
import { isLeegTekst, normaliseerTekst } from '../domain/tekst';
import type { ImportMelding, DuoSoort, DuoVestiging, DuoVeld } from '../api/typen/importeren';
import { leesTabel, type Scheidingsteken, type Tekencodering } from './lezen';

export interface DuoLeerlingen {
  vestigingscode: string;
  /** Year of the count (DUO counts on 1 October of that year). */
  jaar: number;
  /** null when DUO published `<5`. */
  aantal: number | null;
  onder5: boolean;
}

export interface DuoBereik {
  /** Sectors this kind of file lists completely: an existing school of these sectors that is
   *  absent from the file is "niet meer in DUO-bestand". Empty for pupil files. */
  sectoren: Sector[];
  /** The gemeente filter that was applied (4 digits), null = all. */
  gemeenteCode: string | null;
  gemeenteNaam: string | null;
  /** The fields this kind of file carries; the others must not be overwritten by it. */
  velden: DuoVeld[];
}

export interface DuoBestand {
  soort: DuoSoort;
  omschrijving: string;
  encoding: Tekencodering;
  separator: Scheidingsteken;
  /** Data rows in the file, before the gemeente filter. */
  rijen: number;
  /** Data rows that passed the gemeente filter. */
  rijenNaFilter: number;
  vestigingen: DuoVestiging[];
  leerlingen: DuoLeerlingen[];
  bereik: DuoBereik;
}

export interface DuoLeesOpties {
  /** Keep only this gemeente; `193` and `0193` are the same. */
  gemeenteCode?: string;
  /** For files without gemeentecode (edugis): keep only this gemeente, by name, case-insensitive. */
  gemeenteNaam?: string;
  /** Used to find the year of files that have no year column. */
  bestandsnaam?: string;
  /** The year of the pupil counts, for files that have no year column. */
  jaar?: number;
}

/** The fields DUO's address files carry (every field a school has from DUO). */
export const ADRES_VELDEN: DuoVeld[] = [
  'brin',
  'naam',
  'sector',
  'denominatie',
  'straat',
  'huisnummer',
  'postcode',
  'plaats',
  'gemeenteCode',
  'gemeenteNaam',
  'bestuurNummer',
  'telefoon',
  'website',
];
const EDUGIS_VELDEN: DuoVeld[] = ['brin', 'naam', 'sector', 'denominatie', 'straat', 'huisnummer', 'postcode', 'plaats', 'gemeenteNaam', 'website'];

const ADRES_KOLOMMEN = [
  'INSTELLINGSCODE',
  'VESTIGINGSCODE',
  'VESTIGINGSNAAM',
  'STRAATNAAM',
  'HUISNUMMER-TOEVOEGING',
  'POSTCODE',
  'PLAATSNAAM',
  'GEMEENTENUMMER',
  'GEMEENTENAAM',
  'DENOMINATIE',
  'BEVOEGD GEZAG NUMMER',
];

interface SoortDefinitie {
  soort: DuoSoort;
  omschrijving: string;
  herken: (h: Set<string>) => boolean;
  verplicht: string[];
  sectoren: Sector[];
  velden: DuoVeld[];
}

const SOORTEN: SoortDefinitie[] = [
  {
    soort: 'leerlingen-historisch',
    omschrijving: 'DUO 06: historisch overzicht aantal leerlingen per schoolvestiging',
    herken: (h) => [...h].some((k) => /^LEERLINGEN \d{4}$/.test(k)),
    verplicht: ['VESTIGINGSCODE', 'GEMEENTECODE VESTIGING', 'LEERLINGEN jjjj (een kolom per jaar)'],
    sectoren: [],
    velden: [],
  },
  {
    soort: 'leerlingen-vo',
    omschrijving: 'DUO 03: leerlingen VO per vestiging en bestuur',
    herken: (h) => h.has('AANTAL LEERLINGEN') && !h.has('LON'),
    verplicht: ['VESTIGINGSCODE', 'GEMEENTENUMMER', 'AANTAL LEERLINGEN'],
    sectoren: [],
    velden: [],
  },
  {
    soort: 'edugis',
    omschrijving: 'Edugis scholenbestand (afgeleid, met coördinaten)',
    herken: (h) => h.has('LON') && h.has('LAT') && h.has('TYPE'),
    verplicht: ['NAAM', 'TYPE', 'DENOMINATIE', 'STRAAT', 'HUISNUMMER', 'POSTCODE', 'PLAATS', 'GEMEENTE', 'INSTELLINGSCODE', 'VESTIGINGSCODE', 'LEERLINGEN'],
    sectoren: ['PO', 'SBO', 'SO', 'VSO', 'VO', 'PRO'],
    velden: EDUGIS_VELDEN,
  },
  {
    soort: 'mbo-instellingen',
    omschrijving: 'DUO 01: adressen mbo-instellingen',
    herken: (h) => h.has('MBO INSTELLINGSSOORT - CODE') || (h.has('INSTELLINGSNAAM') && !h.has('VESTIGINGSCODE') && h.has('GEMEENTENUMMER')),
    verplicht: [
      'INSTELLINGSCODE',
      'INSTELLINGSNAAM',
      'STRAATNAAM',
      'HUISNUMMER-TOEVOEGING',
      'POSTCODE',
      'PLAATSNAAM',
      'GEMEENTENUMMER',
      'GEMEENTENAAM',
      'DENOMINATIE',
      'BEVOEGD GEZAG NUMMER',
    ],
    sectoren: ['MBO'],
    velden: ADRES_VELDEN,
  },
  {
    soort: 'so-adressen',
    omschrijving: 'DUO 09: alle vestigingen sbo, so en vso',
    herken: (h) => h.has('SOORT PRIMAIR ONDERWIJS'),
    verplicht: ['SOORT PRIMAIR ONDERWIJS', ...ADRES_KOLOMMEN],
    sectoren: ['SBO', 'SO', 'VSO'],
    velden: ADRES_VELDEN,
  },
  {
    soort: 'vo-adressen',
    omschrijving: 'DUO 02: alle vestigingen vo',
    herken: (h) => h.has('ONDERWIJSSTRUCTUUR'),
    verplicht: [...ADRES_KOLOMMEN, 'ONDERWIJSSTRUCTUUR'],
    sectoren: ['VO', 'PRO'],
    velden: ADRES_VELDEN,
  },
  {
    soort: 'po-adressen',
    omschrijving: 'DUO 02: alle schoolvestigingen basisonderwijs',
    herken: (h) => h.has('VESTIGINGSCODE') && h.has('VESTIGINGSNAAM') && h.has('GEMEENTENUMMER'),
    verplicht: ADRES_KOLOMMEN,
    sectoren: ['PO'],
    velden: ADRES_VELDEN,
  },
];

/** Older DUO files and the edugis file name the same things differently. */
const KOLOM_ALIASSEN: Record<string, string> = {
  'BRIN NUMMER': 'INSTELLINGSCODE',
  BRINNUMMER: 'INSTELLINGSCODE',
  VESTIGINGSNUMMER: 'VESTIGINGSCODE',
};

export function normaliseerKolom(kop: string): string {
  const k = kop
    .replace(/^\uFEFF/, '')
    .trim()
    .toUpperCase()
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ');
  return KOLOM_ALIASSEN[k] ?? k;
}

// The rule for a gemeentecode lives with the field builders (domain/velden.ts).
export { normaliseerGemeenteCode };

export function normaliseerPostcode(postcode: string): string {
  const m = /^(\d{4})\s*([A-Za-z]{2})$/.exec(postcode.trim());
  return m ? `${m[1]} ${m[2].toUpperCase()}` : postcode.trim();
}

/** Finds which kind of DUO file these headers belong to, or explains in Dutch what was expected. */
export function herkenDuoSoort(headers: string[]): SoortDefinitie {
  const h = new Set(headers.map(normaliseerKolom));
  if (h.has('ONDERWIJSTYPE VO') || [...h].some((k) => k.startsWith('EXAMENKANDIDATEN'))) {
    throw new ImportFout(
      'Dit is het DUO-bestand met examenkandidaten en geslaagden. Dat leest Schoolinzet niet in: kies een bestand met schooladressen of leerlingaantallen.',
    );
  }
  if (h.has('BEVOEGD GEZAG NAAM') && !h.has('VESTIGINGSCODE') && !h.has('INSTELLINGSCODE')) {
    throw new ImportFout(
      'Dit is de DUO-lijst van bevoegde gezagen (besturen), geen bestand met scholen. Lees die in bij "DUO-lijst van bevoegde gezagen: namen van besturen", of met: schoolinzet import besturen.',
    );
  }
  const definitie = SOORTEN.find((s) => s.herken(h));
  if (!definitie) {
    const gevonden = headers.slice(0, 8).join(', ') + (headers.length > 8 ? ', …' : '');
    throw new ImportFout([
      { melding: `Dit bestand is niet herkend als DUO-bestand. Gevonden kolommen: ${gevonden}.` },
      { melding: 'Schoolinzet kent deze bestanden (met onder meer deze kolommen):' },
      ...SOORTEN.map((s) => ({ melding: `${s.omschrijving}: ${s.verplicht.join(', ')}` })),
    ]);
  }
  const ontbrekend = definitie.verplicht.filter((k) => !k.includes('jjjj') && !h.has(k));
  if (ontbrekend.length > 0) {
    throw new ImportFout(ontbrekend.map((k) => ({ kolom: k, melding: `De kolom ontbreekt; die hoort in het bestand "${definitie.omschrijving}".` })));
  }
  return definitie;
}

export function leesDuoBestand(buffer: Buffer | Uint8Array, opties: DuoLeesOpties = {}): DuoBestand {
  const tabel = leesTabel(buffer);
  const definitie = herkenDuoSoort(tabel.headers);
  const gemeenteCode = opties.gemeenteCode?.trim() ? normaliseerGemeenteCode(opties.gemeenteCode) : null;
  if (opties.gemeenteCode?.trim() && !gemeenteCode) {
    throw new ImportFout([{ kolom: 'gemeentecode', melding: `"${opties.gemeenteCode}" is geen gemeentecode (vier cijfers, zoals 0193).` }]);
  }
  const gemeenteNaam = opties.gemeenteNaam?.trim() ? opties.gemeenteNaam.trim().toUpperCase() : null;

  const kolommen = tabel.headers.map(normaliseerKolom);
  const index = new Map(kolommen.map((k, i) => [k, i] as const));
  const lezer: RijLezer = { index, headers: tabel.headers, meldingen: [] };

  const codeKolom = definitie.soort === 'edugis' ? null : definitie.soort === 'leerlingen-historisch' ? 'GEMEENTECODE VESTIGING' : 'GEMEENTENUMMER';
  const naamKolom = definitie.soort === 'edugis' ? 'GEMEENTE' : definitie.soort === 'leerlingen-historisch' ? 'GEMEENTENAAM VESTIGING' : 'GEMEENTENAAM';
  if (gemeenteCode && !codeKolom && !gemeenteNaam) {
    throw new ImportFout('Dit bestand heeft geen gemeentecodes. Filter op gemeentenaam, of lees het hele bestand in.');
  }

  const gefilterd: { rij: string[]; rijnummer: number }[] = [];
  tabel.rows.forEach((rij, i) => {
    const rijnummer = i + 2;
    if (gemeenteCode && codeKolom) {
      const code = normaliseerGemeenteCode(lees(lezer, rij, codeKolom));
      if (!code) {
        meld(lezer, rijnummer, codeKolom, `"${lees(lezer, rij, codeKolom)}" is geen gemeentecode.`);
        return;
      }
      if (code !== gemeenteCode) return;
    } else if (gemeenteNaam && lees(lezer, rij, naamKolom).toUpperCase() !== gemeenteNaam) {
      return;
    }
    gefilterd.push({ rij, rijnummer });
  });
  gooiMeldingen(lezer);
  if (gefilterd.length === 0 && (gemeenteCode || gemeenteNaam)) {
    throw new ImportFout(`Geen enkele rij in dit bestand hoort bij gemeente ${gemeenteCode ?? gemeenteNaam}. Is het het goede bestand of de goede gemeente?`);
  }

  const vestigingen: DuoVestiging[] = [];
  const leerlingen: DuoLeerlingen[] = [];
  const gezien = new Map<string, number>();
  const jaar = definitie.soort === 'leerlingen-vo' || definitie.soort === 'edugis' ? bepaalJaar(opties) : 0;

  for (const { rij, rijnummer } of gefilterd) {
    if (definitie.soort === 'leerlingen-historisch' || definitie.soort === 'leerlingen-vo') {
      leerlingen.push(...leesLeerlingen(definitie.soort, lezer, rij, rijnummer, jaar));
      continue;
    }
    const vestiging = leesVestiging(definitie.soort, lezer, rij, rijnummer);
    if (!vestiging) continue;
    const eerder = gezien.get(vestiging.vestigingscode);
    if (eerder !== undefined) {
      // edugis lists a vestiging once per building; DUO itself never repeats a code.
      if (definitie.soort !== 'edugis') {
        meld(lezer, rijnummer, 'VESTIGINGSCODE', `${vestiging.vestigingscode} staat ook al in rij ${eerder}; een vestigingscode mag maar één keer voorkomen.`);
      }
      continue;
    }
    gezien.set(vestiging.vestigingscode, rijnummer);
    vestigingen.push(vestiging);
    if (definitie.soort === 'edugis') {
      const telling = leesAantal(lezer, lees(lezer, rij, 'LEERLINGEN'), rijnummer, 'LEERLINGEN');
      if (telling) leerlingen.push({ vestigingscode: vestiging.vestigingscode, jaar, ...telling });
    }
  }
  gooiMeldingen(lezer);

  return {
    soort: definitie.soort,
    omschrijving: definitie.omschrijving,
    encoding: tabel.encoding,
    separator: tabel.separator,
    rijen: tabel.rows.length,
    rijenNaFilter: gefilterd.length,
    vestigingen,
    leerlingen,
    bereik: { sectoren: definitie.sectoren, gemeenteCode, gemeenteNaam, velden: definitie.velden },
  };
}

interface RijLezer {
  index: Map<string, number>;
  headers: string[];
  meldingen: ImportMelding[];
}

function lees(l: RijLezer, rij: string[], kolom: string): string {
  const i = l.index.get(kolom);
  return i === undefined ? '' : (rij[i] ?? '');
}

/**
 * A text cell of a kept row through the one normaliser (domain/tekst.ts): NFC, no control or
 * XML-illegal characters, at most NAAM_MAX characters. A bad cell is reported for its row and
 * column (the whole import then stops, all or nothing) and read as ''.
 */
function leesTekst(l: RijLezer, rij: string[], kolom: string, rijnummer: number): string {
  const i = l.index.get(kolom);
  const uitkomst = normaliseerTekst(lees(l, rij, kolom), i === undefined ? kolom : l.headers[i], { max: NAAM_MAX });
  if (uitkomst.ok) return uitkomst.waarde;
  meld(l, rijnummer, kolom, uitkomst.melding);
  return '';
}

function meld(l: RijLezer, rij: number, kolom: string, melding: string): void {
  const i = l.index.get(kolom);
  l.meldingen.push({ rij, kolom: i === undefined ? kolom : l.headers[i], melding });
}

function gooiMeldingen(l: RijLezer): void {
  if (l.meldingen.length === 0) return;
  const max = 50;
  const lijst = l.meldingen.slice(0, max);
  if (l.meldingen.length > max) lijst.push({ melding: `En nog ${l.meldingen.length - max} meldingen.` });
  throw new ImportFout(lijst);
}

function leesVestiging(soort: DuoSoort, l: RijLezer, rij: string[], rijnummer: number): DuoVestiging | null {
  const v = (k: string) => leesTekst(l, rij, k, rijnummer);
  const brin = v('INSTELLINGSCODE').toUpperCase();
  if (!/^[0-9A-Z]{4}$/.test(brin)) {
    meld(l, rijnummer, 'INSTELLINGSCODE', `"${brin}" is geen BRIN-code (4 tekens, zoals 20CF).`);
    return null;
  }
  const vestigingscode = soort === 'mbo-instellingen' ? brin : leesVestigingscode(l, rij, rijnummer, brin);
  if (!vestigingscode) return null;
  const optioneel = (k: string) => v(k) || undefined;

  if (soort === 'edugis') {
    const nummer = [v('HUISNUMMER'), v('HUISLETTER').toUpperCase(), v('HUISNUMMERTOEVOEGING')].filter(Boolean).join('-');
    return {
      vestigingscode,
      brin,
      naam: v('NAAM'),
      sector: edugisSector(v('TYPE')),
      denominatie: v('DENOMINATIE'),
      straat: v('STRAAT'),
      huisnummer: nummer,
      postcode: normaliseerPostcode(v('POSTCODE')),
      plaats: plaatsNaam(v('PLAATS')),
      gemeenteCode: null,
      gemeenteNaam: v('GEMEENTE'),
      bestuurNummer: null,
      website: optioneel('INTERNETADRES'),
    };
  }

  const gemeenteCode = normaliseerGemeenteCode(v('GEMEENTENUMMER'));
  if (!gemeenteCode) meld(l, rijnummer, 'GEMEENTENUMMER', `"${v('GEMEENTENUMMER')}" is geen gemeentecode.`);
  const sector: Sector =
    soort === 'mbo-instellingen'
      ? 'MBO'
      : soort === 'vo-adressen'
        ? v('ONDERWIJSSTRUCTUUR').toUpperCase() === 'PRO'
          ? 'PRO'
          : 'VO'
        : soort === 'so-adressen'
          ? soSector(v('SOORT PRIMAIR ONDERWIJS'), v('ONDERWIJS'))
          : 'PO';
  const naamKolom = soort === 'mbo-instellingen' ? 'INSTELLINGSNAAM' : 'VESTIGINGSNAAM';
  const naam = v(naamKolom);
  // An empty (or invisible-only) name would overwrite the school's name: refuse the row.
  if (naam === '' && lees(l, rij, naamKolom) !== '' && isLeegTekst(lees(l, rij, naamKolom)))
    meld(l, rijnummer, naamKolom, 'De naam bestaat alleen uit onzichtbare tekens.');
  return {
    vestigingscode,
    brin,
    naam,
    sector,
    denominatie: v('DENOMINATIE'),
    straat: v('STRAATNAAM'),
    huisnummer: v('HUISNUMMER-TOEVOEGING'),
    postcode: normaliseerPostcode(v('POSTCODE')),
    plaats: plaatsNaam(v('PLAATSNAAM')),
    gemeenteCode: gemeenteCode ?? '',
    gemeenteNaam: v('GEMEENTENAAM'),
    bestuurNummer: v('BEVOEGD GEZAG NUMMER') || null,
    telefoon: optioneel('TELEFOONNUMMER'),
    website: optioneel('INTERNETADRES'),
  };
}

/** Current files write BRIN + 2 digits; older ones may write only the 2 (or 1) digits. */
function leesVestigingscode(l: RijLezer, rij: string[], rijnummer: number, brin: string): string | null {
  const ruw = lees(l, rij, 'VESTIGINGSCODE').toUpperCase();
  const code = /^\d{1,2}$/.test(ruw) ? brin + ruw.padStart(2, '0') : ruw;
  if (!/^[0-9A-Z]{4}\d{2}$/.test(code)) {
    meld(l, rijnummer, 'VESTIGINGSCODE', `"${ruw}" is geen vestigingscode (BRIN + 2 cijfers, zoals 20CF01).`);
    return null;
  }
  return code;
}

/** `(V)SO` schools usually teach both; they count as SO unless they only offer VSO. */
function soSector(soort: string, onderwijs: string): Sector {
  const s = soort.toUpperCase().trim();
  if (s === 'SBAO' || s === 'SBO') return 'SBO';
  if (s === 'VSO') return 'VSO';
  if (s === '(V)SO') {
    const delen = onderwijs
      .toUpperCase()
      .split('+')
      .map((d) => d.trim().replace(/^RP-/, ''));
    const alleenVso = delen.length > 0 && delen.every((d) => d.startsWith('VSO'));
    return alleenVso ? 'VSO' : 'SO';
  }
  return 'SO';
}

function edugisSector(type: string): Sector {
  const t = type.toUpperCase().trim();
  if (t === 'BASISSCHOOL') return 'PO';
  if (t === 'SBAO') return 'SBO';
  if (t === 'SO' || t === '(V)SO') return 'SO';
  if (t === 'VSO') return 'VSO';
  if (t === 'PRO') return 'PRO';
  return 'VO';
}

function leesLeerlingen(soort: 'leerlingen-historisch' | 'leerlingen-vo', l: RijLezer, rij: string[], rijnummer: number, jaar: number): DuoLeerlingen[] {
  if (soort === 'leerlingen-historisch') {
    const code = leesVestigingscode(l, rij, rijnummer, lees(l, rij, 'INSTELLINGSCODE').toUpperCase());
    if (!code) return [];
    const uit: DuoLeerlingen[] = [];
    for (const [kolom, i] of l.index) {
      const m = /^LEERLINGEN (\d{4})$/.exec(kolom);
      if (!m) continue;
      const telling = leesAantal(l, rij[i] ?? '', rijnummer, kolom);
      // 0 means: the location did not exist that year.
      if (telling && !(telling.aantal === 0 && !telling.onder5)) uit.push({ vestigingscode: code, jaar: Number(m[1]), ...telling });
    }
    return uit;
  }
  const code = leesVestigingscode(l, rij, rijnummer, lees(l, rij, 'INSTELLINGSCODE').toUpperCase());
  const telling = leesAantal(l, lees(l, rij, 'AANTAL LEERLINGEN'), rijnummer, 'AANTAL LEERLINGEN');
  return code && telling ? [{ vestigingscode: code, jaar, ...telling }] : [];
}

function leesAantal(l: RijLezer, waarde: string, rijnummer: number, kolom: string): { aantal: number | null; onder5: boolean } | null {
  const w = waarde.replace(/\s/g, '');
  if (w === '') return null;
  if (w === '<5') return { aantal: null, onder5: true };
  if (!/^\d+$/.test(w)) {
    meld(l, rijnummer, kolom, `"${waarde}" is geen aantal leerlingen (een heel getal of <5).`);
    return null;
  }
  return { aantal: Number(w), onder5: false };
}

function bepaalJaar(opties: DuoLeesOpties): number {
  if (opties.jaar !== undefined) return opties.jaar;
  const naam = opties.bestandsnaam ?? '';
  const m = /scholen(\d{4})\d{4}/i.exec(naam) ?? /-((?:19|20)\d{2})(?:[^\d]|$)/.exec(naam);
  if (m) return Number(m[1]);
  throw new ImportFout('In dit bestand staat niet van welk jaar de leerlingaantallen zijn, en de bestandsnaam zegt het ook niet. Geef het jaar op.');
}
