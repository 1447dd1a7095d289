// Postcode rules as pure functions: which 4 digits a postcode has, which rule it falls in, which rules overlap.
import { describe, expect, it } from 'vitest';
import { bereikTekst, overlappendeRegel, postcodeCijfersVan, postcoderegelInvoer, wijkVoorPostcode } from '../../electron/domain/wijkregels';

const regels = [
  { id: 1, van: '8011', tot: '8017', wijkId: 10 },
  { id: 2, van: '8021', tot: '8021', wijkId: 20 },
];

describe('postcoderegels', () => {
  it('reads the 4 digits of a Dutch postcode, with or without space and letters', () => {
    expect(['8024 AH', '8024ah', ' 8024 ', '8024'].map(postcodeCijfersVan)).toEqual(['8024', '8024', '8024', '8024']);
    expect([null, '', '0123 AB', '802 AH', 'AB 8024', '80245'].map(postcodeCijfersVan)).toEqual([null, null, null, null, null, null]);
  });

  it('finds the wijk of the range a postcode falls in, bounds included', () => {
    expect(['8011 AA', '8014 XY', '8017 ZZ', '8021 BB'].map((p) => wijkVoorPostcode(regels, p))).toEqual([10, 10, 10, 20]);
    expect(['8010 AA', '8018 AA', '8020 ZZ', null].map((p) => wijkVoorPostcode(regels, p))).toEqual([null, null, null, null]);
  });

  it('finds an overlapping rule, but not the rule itself when it is edited', () => {
    expect(overlappendeRegel(regels, '8017', '8020')?.id).toBe(1);
    expect(overlappendeRegel(regels, '8000', '8011')?.id).toBe(1);
    expect(overlappendeRegel(regels, '8018', '8020')).toBeNull();
    expect(overlappendeRegel(regels, '8012', '8013', 1)).toBeNull();
    expect(bereikTekst(regels[0])).toBe('8011-8017');
    expect(bereikTekst(regels[1])).toBe('8021');
  });

  it('checks the input in Dutch, naming the field', () => {
    const fout = (v: unknown) => postcoderegelInvoer.safeParse(v).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(postcoderegelInvoer.parse({ van: ' 8011 ', tot: '8017', wijkId: 3 })).toEqual({ van: '8011', tot: '8017', wijkId: 3 });
    expect(fout({ van: '8017', tot: '8011', wijkId: 3 })).toEqual([['tot', 'Postcode tot en met mag niet vóór postcode van liggen.']]);
    expect(fout({ van: '801', tot: '8011', wijkId: 3 })).toEqual([['van', 'Postcode van: vier cijfers, zoals 8011 (zonder letters).']]);
    expect(fout({ van: '8011', tot: '8011 AB', wijkId: 3 })).toEqual([['tot', 'Postcode tot en met: vier cijfers, zoals 8011 (zonder letters).']]);
  });
});
