// The columns of the afsprakenblad's second sheet "Aanvullende inzet" (issue 16 item 9): one row is
// one record of aanvullende inzet of an afspraak. Declared once; the template (reports/sjabloon.ts)
// writes these columns and the import (import/aanvullend-blad.ts) reads them back.
import { OVERIGE_FINANCIER_KOLOM, type AfsprakenKolom } from './afspraken-kolommen';

export const AANVULLEND_BLAD = 'Aanvullende inzet';

export type AanvullendSleutel =
  | 'schooljaar'
  | 'vestigingscode'
  | 'aanbieder'
  | 'functie'
  | 'urenPerWeek'
  | 'bedrag'
  | 'startdatum'
  | 'einddatum'
  | 'reden'
  | 'doelen'
  | 'aandeelGemeente'
  | 'aandeelOnderwijs'
  | 'aandeelOverig'
  | 'overigeFinancier'
  | 'aangevraagdDoor'
  | 'besluitDatum'
  | 'besluitDoor'
  | 'verantwoordingUiterlijk'
  | 'verantwoordingOntvangen'
  | 'verantwoording';

export const AANVULLEND_KOLOMMEN: readonly AfsprakenKolom<AanvullendSleutel>[] = [
  {
    sleutel: 'schooljaar',
    kop: 'Schooljaar',
    soort: 'tekst',
    verplicht: 'ja',
    uitleg:
      'Schooljaar, vestigingscode, aanbieder en functie wijzen de afspraak aan: een afspraak op het blad Afspraken van dit bestand of een afspraak die al in Schoolinzet staat.',
    voorbeeld: '2017-2018',
    breedte: 12,
  },
  {
    sleutel: 'vestigingscode',
    kop: 'Vestigingscode',
    soort: 'tekst',
    verplicht: 'ja',
    uitleg: 'De vestigingscode van de afspraak.',
    voorbeeld: '20CF01',
    breedte: 15,
  },
  {
    sleutel: 'aanbieder',
    kop: 'Aanbieder',
    soort: 'lijst',
    verplicht: 'ja',
    uitleg: 'De aanbieder van de afspraak. Kies uit de lijst.',
    voorbeeld: 'De Kern',
    breedte: 22,
  },
  {
    sleutel: 'functie',
    kop: 'Functie',
    soort: 'lijst',
    verplicht: 'ja',
    uitleg: 'De functie van de afspraak. Kies uit de lijst.',
    voorbeeld: 'JGW',
    breedte: 10,
  },
  {
    sleutel: 'urenPerWeek',
    kop: 'Uren per week',
    soort: 'getal',
    verplicht: 'Uren per week of Vast bedrag',
    uitleg:
      'Aanvullende uren per week in de periode Van t/m Tot en met, met het uurtarief en de weken van de afspraak. Vul Uren per week of Vast bedrag in, niet allebei.',
    voorbeeld: '2',
    breedte: 10,
  },
  {
    sleutel: 'bedrag',
    kop: 'Vast bedrag',
    soort: 'bedrag',
    verplicht: 'Uren per week of Vast bedrag',
    uitleg: 'Een vast bedrag voor de hele periode Van t/m Tot en met (niet per jaar), in plaats van uren.',
    voorbeeld: '€ 2.500,00',
    breedte: 14,
  },
  {
    sleutel: 'startdatum',
    kop: 'Van',
    soort: 'datum',
    verplicht: 'nee',
    uitleg: 'Eerste dag, binnen het schooljaar. Leeg betekent: het begin van het schooljaar.',
    voorbeeld: '01-01-2018',
    breedte: 12,
  },
  {
    sleutel: 'einddatum',
    kop: 'Tot en met',
    soort: 'datum',
    verplicht: 'nee',
    uitleg: 'Laatste dag, binnen het schooljaar en niet voor Van. Leeg betekent: het einde van het schooljaar.',
    voorbeeld: '31-07-2018',
    breedte: 12,
  },
  {
    sleutel: 'reden',
    kop: 'Reden',
    soort: 'tekst',
    verplicht: 'ja',
    uitleg:
      'Waarom is deze inzet nodig? Afspraak, Van en Reden samen wijzen een bestaande regel aan: die wordt bijgewerkt; anders komt er een nieuwe regel bij.',
    voorbeeld: 'Veel zorgleerlingen; advies BLOZ 12-03-2018',
    breedte: 36,
  },
  { sleutel: 'doelen', kop: 'Doelen', soort: 'tekst', verplicht: 'nee', uitleg: 'De afgesproken doelen.', voorbeeld: 'Minder verzuim in groep 8', breedte: 30 },
  {
    sleutel: 'aandeelGemeente',
    kop: 'Aandeel gemeente (%)',
    soort: 'percentage',
    verplicht: 'nee',
    uitleg:
      'De verdeling van deze inzet, 0 tot 100; de drie aandelen tellen op tot 100. Alle drie leeg: de verdeling van de afspraak. Eén van gemeente en onderwijs leeg: de rest tot 100.',
    voorbeeld: '50',
    breedte: 12,
  },
  {
    sleutel: 'aandeelOnderwijs',
    kop: 'Aandeel onderwijs (%)',
    soort: 'percentage',
    verplicht: 'nee',
    uitleg: 'Deel dat de school of het schoolbestuur betaalt, 0 tot 100.',
    voorbeeld: '50',
    breedte: 12,
  },
  {
    sleutel: 'aandeelOverig',
    kop: 'Aandeel overig (%)',
    soort: 'percentage',
    verplicht: 'nee',
    uitleg: 'Deel van een andere financier, 0 tot 100. Leeg betekent 0.',
    voorbeeld: '0',
    breedte: 12,
  },
  OVERIGE_FINANCIER_KOLOM,
  {
    sleutel: 'aangevraagdDoor',
    kop: 'Aangevraagd door',
    soort: 'lijst',
    verplicht: 'nee',
    uitleg: 'school, aanbieder of gemeente. Kies uit de lijst.',
    voorbeeld: 'school',
    breedte: 12,
  },
  {
    sleutel: 'besluitDatum',
    kop: 'Besluit op',
    soort: 'datum',
    verplicht: 'nee',
    uitleg: 'Datum van het besluit over deze inzet.',
    voorbeeld: '15-12-2017',
    breedte: 12,
  },
  {
    sleutel: 'besluitDoor',
    kop: 'Besluit door',
    soort: 'tekst',
    verplicht: 'nee',
    uitleg: 'Wie besloot (naam of functie).',
    voorbeeld: 'Wethouder onderwijs',
    breedte: 20,
  },
  {
    sleutel: 'verantwoordingUiterlijk',
    kop: 'Verantwoording uiterlijk',
    soort: 'datum',
    verplicht: 'nee',
    uitleg: 'Datum waarop de verantwoording binnen moet zijn; het dashboard toont verlopen verantwoordingen.',
    voorbeeld: '01-09-2018',
    breedte: 14,
  },
  {
    sleutel: 'verantwoordingOntvangen',
    kop: 'Verantwoording ontvangen',
    soort: 'datum',
    verplicht: 'nee',
    uitleg: 'Datum waarop de verantwoording binnenkwam; niet voor het besluit.',
    voorbeeld: '28-08-2018',
    breedte: 14,
  },
  {
    sleutel: 'verantwoording',
    kop: 'Verantwoording',
    soort: 'tekst',
    verplicht: 'nee',
    uitleg: 'Wat de verantwoording zegt.',
    voorbeeld: 'Doelen gehaald',
    breedte: 30,
  },
];
