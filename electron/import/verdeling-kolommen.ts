// The sheet of the BLOZ proposal that is read back, and its columns in order: written by
// reports/verdeling.ts, read by import/verdeling.ts (one list for both).
export const VERDELING_BLAD = 'Verdeling';
export const VERDELING_KOLOMMEN = [
  'Schooljaar',
  'Vestigingscode',
  'School',
  'Sector',
  'Wijk',
  'Leerlingen',
  'Gewicht',
  'Quotum',
  'Berekend',
  'Toegekend',
  'Toelichting',
] as const;
