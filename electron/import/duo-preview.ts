// The DUO import plan: what an import of one DUO file would change in the school registry, so
// the user sees it before anything is saved and the database layer can apply it in one
// transaction. Pure: no database, no files.
//
// Rules: schools are matched on vestigingscode. A school is never deleted; one that is missing
// from a file that lists its sector (and gemeente) completely is flagged "niet meer in
// DUO-bestand". Only fields the file carries are compared, so an edugis file (no gemeentecode,
// no bestuur) never blanks them.
import type { DuoBereik, DuoBestand, DuoLeerlingen } from './duo';
import type { DuoVeld, DuoVestiging, VeldWijziging } from '../api/typen/importeren';
import { normaliseerGemeenteCode, normaliseerPostcode } from './duo';

/** An existing school as the registry holds it; fields it does not store may be left out. */
export type BestaandeSchool = { vestigingscode: string; nietInDuo?: boolean } & Partial<Record<DuoVeld, string | null | undefined>>;

export interface BestaandBestuur {
  nummer: string | null;
  naam: string;
}

export interface GewijzigdeSchool {
  vestigingscode: string;
  naam: string;
  wijzigingen: VeldWijziging[];
  /** The complete record from the file; write only the fields in `DuoPlan.velden`. */
  record: DuoVestiging;
}

export interface LeerlingenWijziging {
  vestigingscode: string;
  jaar: number;
  oud: { aantal: number | null; onder5: boolean };
  nieuw: DuoLeerlingen;
}

export interface DuoPlan {
  /** Fields to write for new and changed schools. */
  velden: DuoVeld[];
  nieuw: DuoVestiging[];
  gewijzigd: GewijzigdeSchool[];
  /** Vestigingscodes that are in the file and equal in every compared field. */
  ongewijzigd: string[];
  /** Existing schools absent from the file: set "niet meer in DUO-bestand", never delete. */
  nietMeerInBestand: { vestigingscode: string; naam: string; sector: string }[];
  /** Schools flagged before that are in the file again: clear the flag. */
  weerInBestand: string[];
  /** Boards (BEVOEGD GEZAG NUMMER) that do not exist yet; create them before the schools. */
  nieuweBesturen: { nummer: string; naam: string; vestigingscodes: string[] }[];
  leerlingen: {
    nieuw: DuoLeerlingen[];
    gewijzigd: LeerlingenWijziging[];
    ongewijzigd: number;
    /** Counts for vestigingen that are neither in the registry nor created by this import:
     *  they cannot be stored (the registry holds only the gemeente's own schools). */
    zonderSchool: { vestigingscode: string; aantalTellingen: number }[];
  };
}

export interface DuoPreviewInvoer {
  bestand: Pick<DuoBestand, 'vestigingen' | 'leerlingen' | 'bereik'>;
  scholen: BestaandeSchool[];
  besturen?: BestaandBestuur[];
  /** Existing pupil counts, keyed by vestigingscode. */
  leerlingen?: DuoLeerlingen[];
  /** The fields the caller stores; others are not compared. Default: all the file carries. */
  velden?: DuoVeld[];
}

export function maakDuoPlan(invoer: DuoPreviewInvoer): DuoPlan {
  const { bestand, scholen } = invoer;
  const velden = invoer.velden ? bestand.bereik.velden.filter((v) => invoer.velden!.includes(v)) : [...bestand.bereik.velden];
  const bestaand = new Map(scholen.map((s) => [s.vestigingscode.toUpperCase(), s]));
  const inBestand = new Set(bestand.vestigingen.map((v) => v.vestigingscode));

  const plan: DuoPlan = {
    velden,
    nieuw: [],
    gewijzigd: [],
    ongewijzigd: [],
    nietMeerInBestand: [],
    weerInBestand: [],
    nieuweBesturen: [],
    leerlingen: { nieuw: [], gewijzigd: [], ongewijzigd: 0, zonderSchool: [] },
  };

  for (const record of bestand.vestigingen) {
    const oud = bestaand.get(record.vestigingscode);
    if (!oud) {
      plan.nieuw.push(record);
      continue;
    }
    if (oud.nietInDuo) plan.weerInBestand.push(record.vestigingscode);
    const wijzigingen: VeldWijziging[] = [];
    for (const veld of velden) {
      const o = vergelijkbaar(veld, oud[veld]);
      const n = vergelijkbaar(veld, record[veld]);
      // A school keeps its name when a file has none for it (an empty cell is no new name).
      if (veld === 'naam' && n === '') continue;
      if (o !== n) wijzigingen.push({ veld, oud: leegIsNull(oud[veld]), nieuw: leegIsNull(record[veld]) });
    }
    if (wijzigingen.length > 0) {
      plan.gewijzigd.push({ vestigingscode: record.vestigingscode, naam: record.naam, wijzigingen, record });
    } else {
      plan.ongewijzigd.push(record.vestigingscode);
    }
  }

  for (const school of scholen) {
    const code = school.vestigingscode.toUpperCase();
    if (inBestand.has(code) || school.nietInDuo || !valtBinnenBereik(school, bestand.bereik)) continue;
    plan.nietMeerInBestand.push({ vestigingscode: code, naam: school.naam ?? '', sector: school.sector ?? '' });
  }

  plan.nieuweBesturen = nieuweBesturen(bestand.vestigingen, invoer.besturen ?? []);
  plan.leerlingen = planLeerlingen(bestand.leerlingen, invoer.leerlingen ?? [], new Set([...bestaand.keys(), ...inBestand]));
  return plan;
}

function valtBinnenBereik(school: BestaandeSchool, bereik: DuoBereik): boolean {
  if (!school.sector || !(bereik.sectoren as string[]).includes(school.sector)) return false;
  // A school of another gemeente (entered by hand) is not judged by a filtered file. Unknown
  // gemeente: judged, since the registry holds the gemeente's own schools.
  if (bereik.gemeenteCode) {
    const eigen = normaliseerGemeenteCode(school.gemeenteCode);
    if (eigen && eigen !== bereik.gemeenteCode) return false;
  } else if (bereik.gemeenteNaam) {
    const eigen = (school.gemeenteNaam ?? '').trim().toUpperCase();
    if (eigen && eigen !== bereik.gemeenteNaam) return false;
  }
  return true;
}

function nieuweBesturen(vestigingen: DuoVestiging[], besturen: BestaandBestuur[]): DuoPlan['nieuweBesturen'] {
  const bekend = new Set(besturen.map((b) => (b.nummer ?? '').trim()).filter(Boolean));
  const nieuw = new Map<string, DuoPlan['nieuweBesturen'][number]>();
  for (const v of vestigingen) {
    const nummer = v.bestuurNummer?.trim();
    if (!nummer || bekend.has(nummer)) continue;
    let bestuur = nieuw.get(nummer);
    if (!bestuur) {
      // DUO's address files carry only the number; the name is a placeholder the user can edit.
      bestuur = { nummer, naam: v.bestuurNaam?.trim() || `Bevoegd gezag ${nummer}`, vestigingscodes: [] };
      nieuw.set(nummer, bestuur);
    }
    bestuur.vestigingscodes.push(v.vestigingscode);
  }
  return [...nieuw.values()];
}

function planLeerlingen(uitBestand: DuoLeerlingen[], bestaand: DuoLeerlingen[], scholen: Set<string>): DuoPlan['leerlingen'] {
  const sleutel = (l: { vestigingscode: string; jaar: number }) => `${l.vestigingscode.toUpperCase()}|${l.jaar}`;
  const oud = new Map(bestaand.map((l) => [sleutel(l), l]));
  const uit: DuoPlan['leerlingen'] = { nieuw: [], gewijzigd: [], ongewijzigd: 0, zonderSchool: [] };
  const zonder = new Map<string, number>();
  for (const telling of uitBestand) {
    if (!scholen.has(telling.vestigingscode)) {
      zonder.set(telling.vestigingscode, (zonder.get(telling.vestigingscode) ?? 0) + 1);
      continue;
    }
    const vorige = oud.get(sleutel(telling));
    if (!vorige) uit.nieuw.push(telling);
    else if (vorige.aantal === telling.aantal && vorige.onder5 === telling.onder5) uit.ongewijzigd++;
    else {
      uit.gewijzigd.push({
        vestigingscode: telling.vestigingscode,
        jaar: telling.jaar,
        oud: { aantal: vorige.aantal, onder5: vorige.onder5 },
        nieuw: telling,
      });
    }
  }
  uit.zonderSchool = [...zonder].map(([vestigingscode, aantalTellingen]) => ({ vestigingscode, aantalTellingen }));
  return uit;
}

/** Empty, null and undefined are the same; codes and postcodes are compared in one spelling. */
function vergelijkbaar(veld: DuoVeld, waarde: string | null | undefined): string {
  const w = (waarde ?? '').trim();
  if (veld === 'gemeenteCode') return normaliseerGemeenteCode(w) ?? w;
  if (veld === 'postcode') return normaliseerPostcode(w);
  if (veld === 'brin') return w.toUpperCase();
  return w;
}

function leegIsNull(waarde: string | null | undefined): string | null {
  const w = (waarde ?? '').trim();
  return w === '' ? null : w;
}
