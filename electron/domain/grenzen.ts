// Plausibility limits (issue 14): a value outside these is a typing error, never a real figure,
// and would otherwise be stored and silently turn costs into € 0 or break the totals. One place
// for every limit; the field schemas (validatie.ts, registratie.ts, instellingen.ts) use them.
// No Node imports: the renderer bundles this file.

/** Weeks per schooljaar (setting) and per afspraak: a year has 52 weeks; 0 or 0,004 is a typo. */
export const WEKEN_MIN = 1;
export const WEKEN_MAX = 52;
/** Hours per week: more than a week has is always a typing error. */
export const UREN_PER_WEEK_MAX = 168;
/** An hourly rate above € 1.000 is a typo (cents for euros, an extra zero). */
export const UURTARIEF_MAX_CENTS = 1_000_00;
/** A fixed amount per afspraak: at most € 100 mln. 100.000 afspraken of that stay far below 2^53 cents. */
export const BEDRAG_MAX_CENTS = 100_000_000_00;
/** Years the app supports (schooljaren, begrotingsjaren, DUO files); a copy may not leave them. */
export const JAAR_MIN = 1990;
export const JAAR_MAX = 2100;

export const GRENS_MELDING = {
  weken: (label: string) => `${label} moet tussen ${WEKEN_MIN} en ${WEKEN_MAX} liggen.`,
  uurtarief: (label: string) => `${label} van meer dan € 1.000 per uur is niet aannemelijk. Controleer het bedrag.`,
  bedrag: (label: string) => `${label} van meer dan € 100 miljoen per afspraak is niet aannemelijk. Controleer het bedrag.`,
  kopieerJaar: (label: string) => `${label}: het nieuwe schooljaar moet uiterlijk ${JAAR_MAX - 1}-${JAAR_MAX} zijn.`,
};

/** dd-mm-jjjj of an ISO date, for messages. */
function nlDatum(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/**
 * A date of an afspraak must fall in its schooljaar: from 1 January of the start year to 31
 * December of the end year (the month a schooljaar starts is a setting these schemas do not know;
 * a 2019 afspraak with dates in 2030, which costs € 0, is what this catches). null when fine.
 */
export function datumBuitenSchooljaar(label: string, iso: string, schooljaar: number): string | null {
  const jaar = Number(iso.slice(0, 4));
  if (jaar >= schooljaar && jaar <= schooljaar + 1) return null;
  return `${label} ${nlDatum(iso)} ligt buiten schooljaar ${schooljaar}-${schooljaar + 1}.`;
}

// ---- text (issue 14: clean text at the door) ------------------------------------------------
/** A name (school, aanbieder, wijk, bestuur, regeling …): fits a cell, a list and a letter. */
export const NAAM_MAX = 200;
/** Free text (toelichting, opmerking, omschrijving): a few paragraphs, far inside Excel's cell limit. */
export const TOELICHTING_MAX = 2_000;
/** Themes of an afspraak: at most this many, each at most THEMA_MAX characters. */
export const THEMAS_MAX = 50;
export const THEMA_MAX = 100;
/** Excel refuses (and "repairs") a cell longer than this; exports cut there as a last defence. */
export const EXCEL_CEL_MAX = 32_767;

// Reading limits of every import (issue 14): a file is refused in Dutch, before it is unpacked,
// when it exceeds one of these, so a hostile or broken file can never exhaust the memory (peak at
// most 1 GB). The README's "Gegevens en veiligheid" states the same numbers.
const MB = 1024 * 1024;
/** The file itself (xlsx or CSV), picked or dropped. The national DUO files are a few MB. */
export const IMPORT_BESTAND_MAX_BYTES = 50 * MB;
/** One worksheet (xl/worksheets/*.xml) or other part of an .xlsx, unpacked. 50.000 afspraken take about 15 MB. */
export const BLAD_MAX_BYTES = 100 * MB;
/** The shared strings of an .xlsx, unpacked (xl/sharedStrings.xml). */
export const GEDEELDE_TEKST_MAX_BYTES = 50 * MB;
/** All parts of an .xlsx together, unpacked (sheets, texts, styles, images). */
export const WERKMAP_MAX_BYTES = 200 * MB;
/** Rows of one sheet or CSV file. */
export const IMPORT_RIJEN_MAX = 200_000;
/** Cells (columns) in one row. */
export const CELLEN_PER_RIJ_MAX = 200;
/**
 * Cells in all sheets of a workbook together: what the workbook reader (exceljs, which holds
 * every cell as an object, about 0,4 kB each) can hold within the memory budget. 50.000
 * afspraken of 14 columns are 700.000 cells.
 */
export const BLAD_CELLEN_MAX = 1_000_000;
/** Cells in one CSV file (a national DUO file has about 200.000): the parser holds every one. */
export const TABEL_CELLEN_MAX = 3_000_000;

const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const aantal = (n: number) => n.toLocaleString('nl-NL');

export const IMPORT_GRENS_MELDING = {
  bestand: (naam: string) => `${naam} is groter dan ${mb(IMPORT_BESTAND_MAX_BYTES)}; dat leest Schoolinzet niet in.`,
  blad: (deel: string) =>
    `Het werkblad ${deel} is uitgepakt groter dan ${mb(BLAD_MAX_BYTES)}; dat leest Schoolinzet niet in. Is dit wel een blad uit het sjabloon?`,
  onderdeel: (deel: string) => `Het onderdeel ${deel} van de werkmap is uitgepakt groter dan ${mb(BLAD_MAX_BYTES)}; dat leest Schoolinzet niet in.`,
  werkmap: () => `Deze werkmap is uitgepakt groter dan ${mb(WERKMAP_MAX_BYTES)}; dat leest Schoolinzet niet in.`,
  gedeeldeTekst: () => `De teksten in deze werkmap zijn uitgepakt samen groter dan ${mb(GEDEELDE_TEKST_MAX_BYTES)}; dat leest Schoolinzet niet in.`,
  rijen: () => `Het bestand heeft meer dan ${aantal(IMPORT_RIJEN_MAX)} rijen; dat leest Schoolinzet niet in.`,
  /** deze: the message goes with its row number ("rij 3: Deze rij …"). */
  cellenPerRij: (deze = false) => `${deze ? 'Deze' : 'Een'} rij heeft meer dan ${aantal(CELLEN_PER_RIJ_MAX)} cellen; dat leest Schoolinzet niet in.`,
  cellen: () => `De werkmap heeft meer dan ${aantal(BLAD_CELLEN_MAX)} cellen; dat leest Schoolinzet niet in.`,
  tabelCellen: () => `Het bestand heeft meer dan ${aantal(TABEL_CELLEN_MAX)} cellen; dat leest Schoolinzet niet in.`,
  celLengte: () => `Een cel bevat meer dan ${aantal(EXCEL_CEL_MAX)} tekens (de grens van Excel); dat leest Schoolinzet niet in.`,
};
