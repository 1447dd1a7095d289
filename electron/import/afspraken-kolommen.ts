// The columns of the afspraken sheet (domain.md, "The afspraken sheet"), shared by the import and
// the template so that what the template writes is exactly what the import reads back.

export type KolomSleutel =
  | 'schooljaar'
  | 'vestigingscode'
  | 'schoolnaam'
  | 'aanbieder'
  | 'functie'
  | 'basisuren'
  | 'extraUren'
  | 'weken'
  | 'uurtarief'
  | 'vastBedrag'
  | 'aandeelGemeente'
  | 'aandeelOnderwijs'
  | 'aandeelOverig'
  | 'overigeFinancier'
  | 'startdatum'
  | 'einddatum'
  | 'status'
  | 'toelichting'
  | 'themas'
  // Issue 13 item 4 (optional, last): the afspraak's regeling.
  | 'regeling';

export type KolomSoort = 'tekst' | 'getal' | 'bedrag' | 'percentage' | 'datum' | 'lijst';

export interface AfsprakenKolom<S extends string = KolomSleutel> {
  sleutel: S;
  kop: string;
  soort: KolomSoort;
  verplicht: string;
  uitleg: string;
  voorbeeld: string;
  breedte: number;
  /** May be missing from a sheet (only at the end): sheets made before the column existed still import. */
  optioneel?: boolean;
}

/** The same column on the Afspraken sheet and the Aanvullende inzet sheet. */
export const OVERIGE_FINANCIER_KOLOM = {
  sleutel: 'overigeFinancier',
  kop: 'Overige financier',
  soort: 'tekst',
  verplicht: 'als Aandeel overig groter is dan 0',
  uitleg: 'Naam van de andere financier.',
  voorbeeld: 'Samenwerkingsverband IJssel-Vecht',
  breedte: 24,
} as const satisfies AfsprakenKolom<'overigeFinancier'>;

export const AFSPRAKEN_KOLOMMEN: readonly AfsprakenKolom[] = [
  {
    sleutel: 'schooljaar',
    kop: 'Schooljaar',
    soort: 'tekst',
    verplicht: 'ja',
    uitleg: 'Het schooljaar van de afspraak. Ook 2017/2018 en 2017/18 worden begrepen.',
    voorbeeld: '2017-2018',
    breedte: 12,
  },
  {
    sleutel: 'vestigingscode',
    kop: 'Vestigingscode',
    soort: 'tekst',
    verplicht: 'ja',
    uitleg: 'BRIN en 2 cijfers van de schoolvestiging. De school moet in het scholenregister van Schoolinzet staan (importeer eerst de DUO-bestanden).',
    voorbeeld: '20CF01',
    breedte: 15,
  },
  {
    sleutel: 'schoolnaam',
    kop: 'Schoolnaam',
    soort: 'tekst',
    verplicht: 'nee',
    uitleg: 'Alleen om te lezen. Wijkt de naam af van het register, dan krijgt u een waarschuwing; de naam in het register blijft.',
    voorbeeld: 'De Vonder',
    breedte: 30,
  },
  {
    sleutel: 'aanbieder',
    kop: 'Aanbieder',
    soort: 'lijst',
    verplicht: 'ja',
    uitleg: 'Naam of korte naam van een aanbieder die in Schoolinzet staat (hoofdletters maken niet uit). Kies uit de lijst.',
    voorbeeld: 'De Kern',
    breedte: 22,
  },
  {
    sleutel: 'functie',
    kop: 'Functie',
    soort: 'lijst',
    verplicht: 'ja',
    uitleg:
      'Code van een functie die in Schoolinzet staat, zoals SMW, JGW, JMW, JW, JP, IB, ZC of ORTHO (orthopedagoog), of een eigen functie van de gemeente. Kies uit de lijst.',
    voorbeeld: 'JGW',
    breedte: 10,
  },
  {
    sleutel: 'basisuren',
    kop: 'Basisuren per week',
    soort: 'getal',
    verplicht: 'ja, behalve bij een vast bedrag',
    uitleg: 'Uren per week van de basisinzet; 0 of meer, met een decimale komma of punt (hoogstens 2 decimalen).',
    voorbeeld: '4',
    breedte: 12,
  },
  {
    sleutel: 'extraUren',
    kop: 'Extra uren per week',
    soort: 'getal',
    verplicht: 'nee',
    uitleg:
      'Maatwerkuren of aanvullende uren per week bovenop de basisinzet, over de hele periode van de afspraak en met dezelfde verdeling. ' +
      'In Schoolinzet is dit één regel aanvullende inzet bij de afspraak; aanvullende inzet met een eigen periode of financiering staat in het programma zelf. Leeg betekent 0. Vul dan ook de toelichting in.',
    voorbeeld: '1,5',
    breedte: 12,
  },
  {
    sleutel: 'weken',
    kop: 'Weken per jaar',
    soort: 'getal',
    verplicht: 'nee',
    uitleg: 'Leeg betekent: de weken van het tarief van de functie in dat schooljaar (Instellingen, Tarieven per schooljaar; standaard 40).',
    voorbeeld: '40',
    breedte: 10,
  },
  {
    sleutel: 'uurtarief',
    kop: 'Uurtarief',
    soort: 'bedrag',
    verplicht: 'nee',
    uitleg:
      'Bedrag in euro per uur, als getal of als tekst (75,50 of € 75,50). Leeg betekent: het tarief van de functie dat in dat schooljaar geldt (Instellingen, Tarieven per schooljaar). Vul Uurtarief of Vast bedrag in, niet allebei.',
    voorbeeld: '€ 75,50',
    breedte: 12,
  },
  {
    sleutel: 'vastBedrag',
    kop: 'Vast bedrag per jaar',
    soort: 'bedrag',
    verplicht: 'nee',
    uitleg: 'Een vast bedrag per jaar in plaats van uren × weken × tarief. Vul Uurtarief of Vast bedrag in, niet allebei.',
    voorbeeld: '€ 12.000,00',
    breedte: 14,
  },
  {
    sleutel: 'aandeelGemeente',
    kop: 'Aandeel gemeente (%)',
    soort: 'percentage',
    verplicht: 'zie uitleg',
    uitleg:
      'Deel van de kosten dat de gemeente betaalt, 0 tot 100. De drie aandelen tellen op tot 100. Laat u gemeente én onderwijs leeg, dan betaalt de vaste betaler van de functie alles (gemeente voor SMW/JGW/JMW/JW/JP, onderwijs voor IB/ZC/ORTHO); laat u er één leeg, dan is dat de rest tot 100.',
    voorbeeld: '100',
    breedte: 12,
  },
  {
    sleutel: 'aandeelOnderwijs',
    kop: 'Aandeel onderwijs (%)',
    soort: 'percentage',
    verplicht: 'zie uitleg',
    uitleg: 'Deel dat de school of het schoolbestuur betaalt, 0 tot 100.',
    voorbeeld: '0',
    breedte: 12,
  },
  {
    sleutel: 'aandeelOverig',
    kop: 'Aandeel overig (%)',
    soort: 'percentage',
    verplicht: 'nee',
    uitleg: 'Deel van een andere financier (samenwerkingsverband, regiogemeente), 0 tot 100. Leeg betekent 0.',
    voorbeeld: '0',
    breedte: 12,
  },
  OVERIGE_FINANCIER_KOLOM,
  {
    sleutel: 'startdatum',
    kop: 'Startdatum',
    soort: 'datum',
    verplicht: 'nee',
    uitleg: 'Leeg betekent: vanaf het begin van het schooljaar. Een datumcel of tekst als dd-mm-jjjj.',
    voorbeeld: '01-01-2018',
    breedte: 12,
  },
  {
    sleutel: 'einddatum',
    kop: 'Einddatum',
    soort: 'datum',
    verplicht: 'bij status beëindigd',
    uitleg: 'Leeg betekent: tot het einde van het schooljaar. Moet na de startdatum liggen.',
    voorbeeld: '31-07-2018',
    breedte: 12,
  },
  {
    sleutel: 'status',
    kop: 'Status',
    soort: 'lijst',
    verplicht: 'ja',
    uitleg: 'concept, in overleg, afgesproken, getekend of beëindigd. Alleen afgesproken, getekend en beëindigd tellen mee in kosten en dekking.',
    voorbeeld: 'afgesproken',
    breedte: 13,
  },
  {
    sleutel: 'toelichting',
    kop: 'Toelichting extra uren',
    soort: 'tekst',
    verplicht: 'bij extra uren',
    uitleg: 'Waarom is de basisinzet niet genoeg? Verplicht als er extra uren zijn; dit is de reden van de aanvullende inzet.',
    voorbeeld: 'Veel zorgleerlingen; advies BLOZ 12-03-2018',
    breedte: 36,
  },
  {
    sleutel: 'themas',
    kop: "Thema's",
    soort: 'tekst',
    verplicht: 'nee',
    uitleg: "Thema's gescheiden door komma's.",
    voorbeeld: 'pesten, sociale vaardigheid',
    breedte: 28,
  },
  // Issue 13 item 4: kept apart at the end so a sheet without it (an older template) still imports.
  {
    sleutel: 'regeling',
    kop: 'Regeling',
    soort: 'lijst',
    verplicht: 'nee',
    uitleg:
      'Naam van de regeling waaronder de afspraak valt. De afspraak moet binnen de looptijd van de regeling liggen en de regeling moet de functie geven op deze soort school. Leeg bij een nieuwe afspraak: geen regeling; leeg bij een bestaande: de regeling blijft.',
    voorbeeld: 'Ondersteuningsteams op scholen 2017',
    breedte: 30,
    optioneel: true,
  },
];

/** Header text as the import compares it: case-insensitive, trimmed, one kind of apostrophe. */
export function normaliseerKop(tekst: string): string {
  return tekst
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 1 → A, 27 → AA: the column letters the user sees in Excel. */
export function kolomLetter(nummer: number): string {
  let s = '';
  for (let n = nummer; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
