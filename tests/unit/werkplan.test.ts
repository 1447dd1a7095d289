import { describe, expect, it } from 'vitest';
import { WERKPLAN_STATUSSEN, werkplanStatus } from '../../electron/domain/werkplan';
import { werkplanInvoer } from '../../electron/domain/werkplan-invoer';

const leeg = { ingediendOp: null, goedgekeurdSchoolOp: null, goedgekeurdWijkteamOp: null };

describe('werkplanStatus', () => {
  it('says what happened, step by step', () => {
    expect(werkplanStatus(null)).toBe('nog niet ingediend');
    expect(werkplanStatus(leeg)).toBe('nog niet ingediend');
    expect(werkplanStatus({ ...leeg, ingediendOp: '2017-09-15' })).toBe('ingediend');
    expect(werkplanStatus({ ...leeg, ingediendOp: '2017-09-15', goedgekeurdSchoolOp: '2017-10-01' })).toBe('goedgekeurd door school');
    expect(werkplanStatus({ ingediendOp: '2017-09-15', goedgekeurdSchoolOp: '2017-10-01', goedgekeurdWijkteamOp: '2017-10-15' })).toBe(
      'goedgekeurd door school en wijkteam',
    );
  });

  it('an approval implies submission (dates moved from the afspraken have no submission date)', () => {
    expect(werkplanStatus({ ...leeg, goedgekeurdSchoolOp: '2017-10-01' })).toBe('goedgekeurd door school');
    expect(werkplanStatus({ ...leeg, goedgekeurdSchoolOp: '2017-10-01', goedgekeurdWijkteamOp: '2017-10-15' })).toBe('goedgekeurd door school en wijkteam');
    expect(werkplanStatus({ ...leeg, goedgekeurdWijkteamOp: '2017-10-15' })).toBe('goedgekeurd door wijkteam');
  });

  it('no status can be read as a rejection', () => {
    for (const s of WERKPLAN_STATUSSEN) expect(s).not.toMatch(/niet goedgekeurd|afgekeurd|geweigerd/);
  });
});

describe('werkplanInvoer', () => {
  const fouten = (v: unknown) => {
    const r = werkplanInvoer.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('fills empty fields with null and trims names', () => {
    expect(
      werkplanInvoer.parse({ schoolId: 3, schooljaar: 2017, goedgekeurdSchoolOp: '2017-10-01', goedgekeurdSchoolDoor: '  J. Jansen ', ingediendOp: '' }),
    ).toEqual({
      schoolId: 3,
      schooljaar: 2017,
      ingediendOp: null,
      goedgekeurdSchoolOp: '2017-10-01',
      goedgekeurdSchoolDoor: 'J. Jansen',
      goedgekeurdWijkteamOp: null,
      goedgekeurdWijkteamDoor: null,
    });
  });

  it('refuses bad input with Dutch messages naming the field', () => {
    expect(fouten({ schoolId: 3, schooljaar: 2017, goedgekeurdSchoolOp: '31-02-2017' })).toEqual([
      'goedgekeurdSchoolOp: Goedgekeurd door school op moet een bestaande datum zijn, getypt als dd-mm-jjjj (bijvoorbeeld 01-09-2026).',
    ]);
    expect(fouten({ schoolId: 3, schooljaar: 2017, goedgekeurdWijkteamDoor: 'SWT Noord' })).toEqual([
      'goedgekeurdWijkteamOp: Goedgekeurd door wijkteam op: vul de datum in; er staat wel een naam bij.',
    ]);
    expect(fouten({ schoolId: 3, schooljaar: 2017, ingediendOp: '2017-10-02', goedgekeurdSchoolOp: '2017-10-01' })).toEqual([
      'goedgekeurdSchoolOp: Goedgekeurd door school op ligt vóór de datum van indienen; een werkplan wordt pas goedgekeurd nadat het is ingediend.',
    ]);
    expect(fouten({ schooljaar: 2017 })).toEqual(['schoolId: School is verplicht.']);
    expect(fouten({ schoolId: 3, schooljaar: 2017, status: 'goedgekeurd' })).toEqual([': Onbekend veld: status.']);
  });
});
