// The field builders (domain/velden.ts): one rule and one Dutch message per kind of number, naming
// the field by its label; and the contract's year fields all answer with that one message.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type MethodName } from '../../electron/api/contract';
import {
  centsVeld,
  isJaartal,
  jaarVeld,
  JAAR_MAX,
  JAAR_MIN,
  percentageVeld,
  schooljaarTekstVeld,
  schooljaarVeld,
  urenVeld,
  wekenVeld,
  gemeenteCodeVeld,
} from '../../electron/domain/velden';
import { UURTARIEF_MAX_CENTS as MAX_UURTARIEF } from '../../electron/domain/grenzen';

/** The messages of a failed parse (empty when it passed). */
function meldingen(schema: z.ZodType, waarde: unknown): string[] {
  const r = schema.safeParse(waarde);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('jaarVeld', () => {
  const jaar = jaarVeld('Begrotingsjaar');
  const fout = 'Begrotingsjaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.';
  it('takes whole years from 1990 to 2100', () => {
    for (const v of [JAAR_MIN, 2017, JAAR_MAX]) expect(jaar.parse(v)).toBe(v);
    expect(isJaartal(1990) && isJaartal(2100) && !isJaartal(1989) && !isJaartal(2101) && !isJaartal('2017')).toBe(true);
  });
  it('refuses other numbers with one message naming the field', () => {
    for (const v of [1989, 2101, 17, 2017.5]) expect(meldingen(jaar, v)).toEqual([fout]);
  });
  it('says what is missing or of the wrong kind', () => {
    expect(meldingen(jaar, undefined)).toEqual(['Begrotingsjaar is verplicht.']);
    for (const v of ['2017', Number.NaN, Infinity]) expect(meldingen(jaar, v)).toEqual(['Begrotingsjaar moet een jaartal zijn.']);
    expect(meldingen(jaarVeld(), 3000)).toEqual(['Jaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.']);
  });
});

describe('schooljaarVeld and schooljaarTekstVeld', () => {
  it('take a start year within the same bounds', () => {
    expect(schooljaarVeld().parse(1990)).toBe(1990);
    expect(schooljaarVeld().parse(2100)).toBe(2100);
    expect(meldingen(schooljaarVeld('Van schooljaar'), 1989)).toEqual(['Van schooljaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017 voor 2017-2018.']);
    expect(meldingen(schooljaarVeld(), 2017.5)).toEqual(['Schooljaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017 voor 2017-2018.']);
    expect(meldingen(schooljaarVeld(), null)).toEqual(['Schooljaar is verplicht.']);
  });
  it('read a schooljaar typed as text', () => {
    expect(schooljaarTekstVeld().parse('2017-2018')).toBe(2017);
    expect(schooljaarTekstVeld().parse('1990/91')).toBe(1990);
    expect(meldingen(schooljaarTekstVeld('Schooljaar'), '1989-1990')).toEqual(['Schooljaar moet een schooljaar zijn zoals 2017-2018 (niet "1989-1990").']);
    expect(meldingen(schooljaarTekstVeld(), '2017')).toEqual(['Schooljaar moet een schooljaar zijn zoals 2017-2018 (niet "2017").']);
  });
});

describe('centsVeld', () => {
  it('takes whole cents from 0', () => {
    expect(centsVeld('Uurtarief').parse(0)).toBe(0);
    expect(centsVeld('Uurtarief').parse(7_550)).toBe(7_550);
  });
  it('refuses fractions of a cent, negative amounts and text, naming the field', () => {
    expect(meldingen(centsVeld('Uurtarief'), 75.5)).toEqual(['Uurtarief moet een bedrag in hele centen zijn.']);
    expect(meldingen(centsVeld('Vast bedrag per jaar'), -1)).toEqual(['Vast bedrag per jaar mag niet negatief zijn.']);
    expect(meldingen(centsVeld('Uurtarief'), '75,50')).toEqual(['Uurtarief moet een bedrag zijn.']);
    expect(meldingen(centsVeld('Uurtarief'), undefined)).toEqual(['Uurtarief is verplicht.']);
  });
  it('with a maximum, refuses an implausible amount', () => {
    const tarief = centsVeld('Standaard uurtarief', { max: MAX_UURTARIEF });
    expect(tarief.parse(MAX_UURTARIEF)).toBe(MAX_UURTARIEF);
    expect(meldingen(tarief, MAX_UURTARIEF + 1)).toEqual(['Standaard uurtarief van meer dan € 1.000 is niet aannemelijk.']);
    expect(centsVeld('Bedrag').parse(MAX_UURTARIEF * 10)).toBe(MAX_UURTARIEF * 10);
  });
});

describe('urenVeld and wekenVeld', () => {
  it('take hours from 0 to 168 with at most two decimals', () => {
    for (const v of [0, 4.25, 168]) expect(urenVeld('Basisuren per week').parse(v)).toBe(v);
    expect(meldingen(urenVeld('Basisuren per week'), -0.5)).toEqual(['Basisuren per week mag niet negatief zijn.']);
    expect(meldingen(urenVeld('Basisuren per week'), 168.01)).toEqual(['Basisuren per week mag niet meer dan 168 zijn.']);
    expect(meldingen(urenVeld('Extra uren per week'), 4.125)).toEqual(['Extra uren per week mag hoogstens 2 decimalen hebben.']);
    expect(meldingen(urenVeld('Extra uren per week'), '4')).toEqual(['Extra uren per week moet een getal zijn.']);
  });
  it('take weeks from 1 to 52 with at most two decimals (domain/grenzen.ts)', () => {
    for (const v of [1, 40, 52]) expect(wekenVeld('Weken per jaar').parse(v)).toBe(v);
    expect(meldingen(wekenVeld('Weken per jaar'), 0.004)).toEqual([
      'Weken per jaar moet tussen 1 en 52 liggen.',
      'Weken per jaar mag hoogstens 2 decimalen hebben.',
    ]);
    expect(meldingen(wekenVeld('Weken per schooljaar'), 53)).toEqual(['Weken per schooljaar moet tussen 1 en 52 liggen.']);
    expect(meldingen(wekenVeld('Weken per schooljaar'), 40.123)).toEqual(['Weken per schooljaar mag hoogstens 2 decimalen hebben.']);
  });
});

describe('percentageVeld', () => {
  it('takes 0 to 100 with at most two decimals', () => {
    for (const v of [0, 33.33, 100]) expect(percentageVeld('Aandeel gemeente').parse(v)).toBe(v);
    expect(meldingen(percentageVeld('Aandeel onderwijs'), 100.01)).toEqual(['Aandeel onderwijs mag niet meer dan 100 zijn.']);
    expect(meldingen(percentageVeld('Aandeel overig'), -1)).toEqual(['Aandeel overig mag niet negatief zijn.']);
    expect(meldingen(percentageVeld('Aandeel gemeente'), 33.333)).toEqual(['Aandeel gemeente mag hoogstens 2 decimalen hebben.']);
    expect(meldingen(percentageVeld('Aandeel gemeente'), 'veel')).toEqual(['Aandeel gemeente moet een percentage zijn.']);
  });
});

describe("the contract's year fields", () => {
  // Every method with a year answers 1989 with the one message of jaarVeld/schooljaarVeld.
  const gevallen: [MethodName, Record<string, unknown>, string][] = [
    ['kosten.begrotingsjaar', { begrotingsjaar: 1989 }, 'Begrotingsjaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.'],
    ['grafiek.kostenVerdeling', { begrotingsjaar: 1989 }, 'Begrotingsjaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.'],
    ['rapport.opslaan', { soort: 'financieel', begrotingsjaar: 1989 }, 'Begrotingsjaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.'],
    ['kerncijfers.lees', { jaar: 1989 }, 'Jaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.'],
    ['import.duoVoorbeeld', { jaar: 1989 }, 'Jaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.'],
    ['grafiek.trend', { vanJaar: 1989 }, 'Vanaf jaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.'],
    ['kosten.schooljaar', { schooljaar: 1989 }, 'Schooljaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017 voor 2017-2018.'],
    ['import.sjabloonOpslaan', { schooljaar: 1989 }, 'Schooljaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017 voor 2017-2018.'],
    ['grafiek.dekking', { schooljaar: 1989 }, 'Schooljaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017 voor 2017-2018.'],
  ];
  it.each(gevallen)('%s', (method, input, melding) => {
    expect(meldingen(contract[method].input, input)).toContain(melding);
  });

  it('contract.ts builds no schema inline: the inputs come from domain/ and api/invoer/', () => {
    const bron = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron/api/contract.ts'), 'utf8');
    expect(bron.match(/\bz\s*\.\s*(object|strictObject|string|number|boolean|array|enum|union|literal)\s*\(/g)).toBeNull();
    expect(bron).not.toMatch(/1990|2100/);
  });
});

describe('gemeenteCodeVeld', () => {
  it('reads 118, 0118 and GM0118 as DUO writes it (0118), and refuses anything else in Dutch', () => {
    const veld = gemeenteCodeVeld('Gemeentecode');
    for (const v of ['118', '0118', 'GM0118', ' gm118 ']) expect(veld.parse(v)).toBe('0118');
    expect(meldingen(veld, '11800')).toEqual(['Gemeentecode: vier cijfers, zoals in de DUO-bestanden (bijvoorbeeld 0118 voor Hoogeveen).']);
    expect(meldingen(veld, '')).toHaveLength(1);
    expect(gemeenteCodeVeld('Gemeentecode', { leegMag: true }).parse('  ')).toBe('');
  });
});
