import { describe, expect, it } from 'vitest';
import {
  afspraakInvoerSchema,
  afspraakWijzigingSchema,
  datumNaarTekst,
  isoDatumVeld,
  optioneleDatumVeld,
  parseDatumTekst,
} from '../../electron/domain/validatie';
import { centsVeld, percentageVeld, schooljaarTekstVeld, urenVeld } from '../../electron/domain/velden';
import { schoolInvoer } from '../../electron/domain/registratie';

const geldig = {
  schooljaar: 2017,
  schoolId: 3,
  aanbiederId: 1,
  functie: 'JGW',
  basisurenPerWeek: 4,
  aandeelGemeente: 100,
  aandeelOnderwijs: 0,
  status: 'getekend',
};

function fouten(
  invoer: unknown,
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = afspraakInvoerSchema,
) {
  const r = schema.safeParse(invoer);
  return r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('afspraakInvoerSchema', () => {
  it('accepts a minimal afspraak and fills the defaults', () => {
    const r = afspraakInvoerSchema.parse(geldig);
    expect(r).toMatchObject({ aandeelOverig: 0, wekenPerJaar: null, startdatum: null, themas: [] });
  });

  it('turns empty form fields into null', () => {
    const r = afspraakInvoerSchema.parse({ ...geldig, startdatum: '', overigeFinancier: '  ', opmerking: '' });
    expect(r.startdatum).toBeNull();
    expect(r.overigeFinancier).toBeNull();
    expect(r.opmerking).toBeNull();
  });

  it('refuses negative hours and amounts, naming the field in Dutch', () => {
    expect(fouten({ ...geldig, basisurenPerWeek: -1 })).toEqual(['basisurenPerWeek: Basisuren per week mag niet negatief zijn.']);
    expect(fouten({ ...geldig, vastBedragCents: -100 })).toEqual(['vastBedragCents: Vast bedrag per jaar mag niet negatief zijn.']);
  });

  it('refuses more than two decimals', () => {
    expect(fouten({ ...geldig, basisurenPerWeek: 4.125 })).toEqual(['basisurenPerWeek: Basisuren per week mag hoogstens 2 decimalen hebben.']);
  });

  it('needs shares that add up to exactly 100 %', () => {
    expect(fouten({ ...geldig, aandeelGemeente: 50, aandeelOnderwijs: 40 })).toEqual([
      'aandeelGemeente: Aandeel gemeente, onderwijs en overig moeten samen precies 100% zijn (nu 90%).',
    ]);
    expect(fouten({ ...geldig, aandeelGemeente: 33.33, aandeelOnderwijs: 33.33, aandeelOverig: 33.34, overigeFinancier: 'SWV' })).toEqual([]);
  });

  it('needs an overige financier when overig > 0', () => {
    expect(fouten({ ...geldig, aandeelGemeente: 80, aandeelOverig: 20 })).toEqual([
      'overigeFinancier: Overige financier is verplicht als Aandeel overig groter is dan 0.',
    ]);
  });

  it('needs the end date after the start date', () => {
    expect(fouten({ ...geldig, startdatum: '2018-01-01', einddatum: '2017-12-31' })).toEqual(['einddatum: Einddatum moet na de startdatum liggen.']);
    expect(fouten({ ...geldig, startdatum: '2017-02-30' })).toEqual([
      'startdatum: Startdatum moet een bestaande datum zijn, getypt als dd-mm-jjjj (bijvoorbeeld 01-09-2026).',
    ]);
  });

  it('takes either an uurtarief or a vast bedrag, not both', () => {
    expect(fouten({ ...geldig, uurtariefCents: 7_550, vastBedragCents: 100_000 })).toEqual([
      'vastBedragCents: Vul Uurtarief of Vast bedrag per jaar in, niet allebei.',
    ]);
  });

  it('has no extra uren of its own: those are records of aanvullende inzet (issue 16 item 7)', () => {
    expect(fouten({ ...geldig, extraUrenPerWeek: 2, toelichtingExtraUren: 'Veel zorgleerlingen' })).toEqual([
      ': Onbekend veld: extraUrenPerWeek, toelichtingExtraUren.',
    ]);
  });

  it('needs an end date for a beëindigd afspraak', () => {
    expect(fouten({ ...geldig, status: 'beeindigd' })).toEqual(['einddatum: Einddatum is verplicht bij status beëindigd: wanneer is de afspraak gestopt?']);
  });

  it('names unknown statuses, functies and fields', () => {
    // Which functies exist is the gemeente's list (the handlers check it); here only the form of a code.
    expect(fouten({ ...geldig, status: 'klaar', functie: 'X Y', extra: 1 })).toEqual([
      'functie: Functie: een code bestaat uit letters en cijfers, zoals JMW of SCHOOLCOACH.',
      'status: Status moet een van concept, in overleg, afgesproken, getekend, beëindigd zijn.',
      ': Onbekend veld: extra.',
    ]);
  });

  it('says an empty Functie, Status or Sector dropdown is verplicht, not which values exist', () => {
    expect(fouten({ ...geldig, functie: undefined, status: '' })).toEqual(['functie: Functie is verplicht.', 'status: Status is verplicht.']);
    expect(fouten({ ...geldig, functie: '', status: null })).toEqual(['functie: Functie is verplicht.', 'status: Status is verplicht.']);
    expect(fouten({ vestigingscode: '20CF01', naam: 'X', sector: '' }, schoolInvoer)).toEqual(['sector: Sector is verplicht.']);
    expect(fouten({ vestigingscode: '20CF01', naam: 'X' }, schoolInvoer)).toEqual(['sector: Sector is verplicht.']);
  });

  it('lists every problem at once, also the cross-field ones', () => {
    const f = fouten({ ...geldig, basisurenPerWeek: undefined, aandeelGemeente: 'veel', status: 'beeindigd' });
    expect(f).toEqual([
      'basisurenPerWeek: Basisuren per week is verplicht.',
      'aandeelGemeente: Aandeel gemeente moet een percentage zijn.',
      expect.stringMatching(/^einddatum: Einddatum is verplicht/),
    ]);
  });

  it('takes an id when changing an afspraak', () => {
    expect(fouten({ ...geldig, id: 7 }, afspraakWijzigingSchema)).toEqual([]);
    expect(fouten({ ...geldig, id: 7 })).toEqual([': Onbekend veld: id.']);
  });
});

describe('schoolInvoer', () => {
  it('accepts a vestigingscode in lower case and normalises it', () => {
    expect(schoolInvoer.parse({ vestigingscode: ' 20cf01 ', naam: 'De Regenboog', sector: 'PO' })).toMatchObject({
      vestigingscode: '20CF01',
      naam: 'De Regenboog',
      sector: 'PO',
      wijkId: null,
      bestuurId: null,
    });
  });

  it('explains a wrong vestigingscode, an empty name and an unknown sector', () => {
    expect(fouten({ vestigingscode: '20CF1', naam: ' ', sector: 'HBO' }, schoolInvoer)).toEqual([
      'vestigingscode: Vestigingscode moet bestaan uit de BRIN (4 tekens, cijfers of hoofdletters) en 2 cijfers, zoals 20CF01.',
      'naam: Naam is verplicht.',
      'sector: Sector moet een van PO, SBO, SO, VSO, VO, PRO, MBO zijn.',
    ]);
  });
});

describe('field schemas', () => {
  it('check cents, hours, percentages, dates and schooljaren', () => {
    expect(centsVeld('Uurtarief').safeParse(75.5).error?.issues[0].message).toBe('Uurtarief moet een bedrag in hele centen zijn.');
    expect(urenVeld('Extra uren per week').safeParse('4').error?.issues[0].message).toBe('Extra uren per week moet een getal zijn.');
    expect(percentageVeld('Aandeel onderwijs').safeParse(101).error?.issues[0].message).toBe('Aandeel onderwijs mag niet meer dan 100 zijn.');
    expect(isoDatumVeld('Startdatum').parse('31-12-2017')).toBe('2017-12-31');
    expect(isoDatumVeld('Startdatum').parse('2017-12-31')).toBe('2017-12-31');
    expect(isoDatumVeld('Startdatum').safeParse('12/31/2017').error?.issues[0].message).toBe(
      'Startdatum moet een bestaande datum zijn, getypt als dd-mm-jjjj (bijvoorbeeld 01-09-2026).',
    );
    expect(schooljaarTekstVeld().parse('2017/18')).toBe(2017);
    expect(schooljaarTekstVeld().safeParse('2017-2019').error?.issues[0].message).toBe(
      'Schooljaar moet een schooljaar zijn zoals 2017-2018 (niet "2017-2019").',
    );
  });
});

describe('Dutch date entry (the date field of every form, docs: issue #15)', () => {
  it('reads dd-mm-jjjj, one-digit day and month, and eight digits, whatever the locale', () => {
    expect(parseDatumTekst('01-09-2026')).toBe('2026-09-01');
    expect(parseDatumTekst('1-9-2026')).toBe('2026-09-01');
    expect(parseDatumTekst(' 01092026 ')).toBe('2026-09-01');
    expect(parseDatumTekst('1/9/2026')).toBe('2026-09-01');
    expect(parseDatumTekst('1.9.2026')).toBe('2026-09-01');
    expect(parseDatumTekst('2026-09-01')).toBe('2026-09-01');
  });

  it('refuses what is no date instead of guessing (never 9 January for 01092026, no 31 September)', () => {
    for (const t of ['31-09-2026', '31092026', '0109202', '2026-9-1', '09/01/26', '1-13-2026', 'morgen', '']) expect(parseDatumTekst(t)).toBeNull();
  });

  it('writes ISO back as dd-mm-jjjj, and the schemas store ISO with a message in the typed format', () => {
    expect(datumNaarTekst('2026-09-01')).toBe('01-09-2026');
    expect(datumNaarTekst(null)).toBe('');
    expect(optioneleDatumVeld('Einddatum').parse('1-9-2026')).toBe('2026-09-01');
    expect(optioneleDatumVeld('Einddatum').parse('  ')).toBeNull();
    expect(optioneleDatumVeld('Einddatum').safeParse('31-09-2026').error?.issues[0].message).toBe(
      'Einddatum moet een bestaande datum zijn, getypt als dd-mm-jjjj (bijvoorbeeld 01-09-2026).',
    );
    expect(afspraakInvoerSchema.parse({ ...geldig, startdatum: '01102017', einddatum: '1-7-2018' })).toMatchObject({
      startdatum: '2017-10-01',
      einddatum: '2018-07-01',
    });
  });
});
