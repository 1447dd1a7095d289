// The columns of the "Monitor" sheet (issue 18): the template the gemeente sends to the
// aanbieders and the import that reads their figures back share this one list, in this order.

export type MonitorKolomSleutel =
  | 'schooljaar'
  | 'vestigingscode'
  | 'schoolnaam'
  | 'aanbieder'
  | 'functie'
  | 'vragen'
  | 'binnenSchool'
  | 'verwezenJeugdhulp'
  | 'verwezenWijkteam'
  | 'gerealiseerdeUren';

export interface MonitorKolom {
  sleutel: MonitorKolomSleutel;
  kop: string;
  verplicht: string;
  uitleg: string;
  voorbeeld: string;
  breedte: number;
}

export const MONITOR_KOLOMMEN: readonly MonitorKolom[] = [
  {
    sleutel: 'schooljaar',
    kop: 'Schooljaar',
    verplicht: 'ja',
    uitleg: 'Het schooljaar waarover u rapporteert. Ook 2023/2024 en 2023/24 worden begrepen.',
    voorbeeld: '2023-2024',
    breedte: 12,
  },
  {
    sleutel: 'vestigingscode',
    kop: 'Vestigingscode',
    verplicht: 'ja',
    uitleg: 'BRIN en 2 cijfers van de schoolvestiging. De school moet in het scholenregister van Schoolinzet staan.',
    voorbeeld: '07KX00',
    breedte: 15,
  },
  {
    sleutel: 'schoolnaam',
    kop: 'Schoolnaam',
    verplicht: 'nee',
    uitleg: 'Alleen om te lezen. Wijkt de naam af van het register, dan krijgt u een waarschuwing; de naam in het register blijft.',
    voorbeeld: 'De Tamboer',
    breedte: 28,
  },
  {
    sleutel: 'aanbieder',
    kop: 'Aanbieder',
    verplicht: 'bij gerealiseerde uren',
    uitleg: 'Naam of korte naam van de aanbieder (kies uit de lijst). Leeg: de vragen van de school zonder aanbieder.',
    voorbeeld: 'Stichting Welzijnswerk',
    breedte: 24,
  },
  {
    sleutel: 'functie',
    kop: 'Functie',
    verplicht: 'bij gerealiseerde uren',
    uitleg: 'Code van de functie: SMW, JGW, JMW, JW, JP, IB, ZC of ORTHO. Leeg: onbekend.',
    voorbeeld: 'JMW',
    breedte: 10,
  },
  {
    sleutel: 'vragen',
    kop: 'Ondersteuningsvragen',
    verplicht: 'ja',
    uitleg: 'Aantal ondersteuningsvragen in het schooljaar: een heel getal, 0 of meer.',
    voorbeeld: '40',
    breedte: 14,
  },
  {
    sleutel: 'binnenSchool',
    kop: 'Binnen school opgevangen',
    verplicht: 'ja',
    uitleg: 'Hoeveel van die vragen binnen de eigen ondersteuningsstructuur van de school zijn opgevangen.',
    voorbeeld: '26',
    breedte: 14,
  },
  {
    sleutel: 'verwezenJeugdhulp',
    kop: 'Verwezen naar jeugdhulp',
    verplicht: 'nee',
    uitleg: 'Hoeveel zijn verwezen naar gespecialiseerde jeugdhulp. Leeg betekent 0.',
    voorbeeld: '6',
    breedte: 14,
  },
  {
    sleutel: 'verwezenWijkteam',
    kop: 'Verwezen via wijkteam',
    verplicht: 'nee',
    uitleg: 'Hoeveel zijn verwezen via het sociaal wijkteam. Leeg betekent 0. Binnen school, jeugdhulp en wijkteam samen zijn niet meer dan het aantal vragen.',
    voorbeeld: '4',
    breedte: 14,
  },
  {
    sleutel: 'gerealiseerdeUren',
    kop: 'Gerealiseerde uren',
    verplicht: 'nee',
    uitleg:
      'Uren die in het hele schooljaar echt zijn ingezet (uit de verantwoording), voor de afspraak met deze school, aanbieder en functie. Leeg: niet opgegeven.',
    voorbeeld: '152,5',
    breedte: 14,
  },
];
