import { describe, expect, it } from 'vitest';
import { verborgenKolommen } from '../../renderer/src/components/kolomkeuze';

// The Afspraken columns' minimum widths and the order in which they give way (renderer/src/pages/afspraken).
const KOLOMMEN = [
  { id: 'school', breedte: 220 },
  { id: 'sector', breedte: 76, wijkt: 2 },
  { id: 'wijk', breedte: 96, wijkt: 3 },
  { id: 'aanbieder', breedte: 150 },
  { id: 'functie', breedte: 80 },
  { id: 'basisuren', breedte: 100 },
  { id: 'extra', breedte: 72, wijkt: 1 },
  { id: 'kosten', breedte: 110 },
  { id: 'gemeente', breedte: 110 },
  { id: 'onderwijs', breedte: 110, wijkt: 5 },
  { id: 'status', breedte: 108 },
  { id: 'werkplan', breedte: 130, wijkt: 4 },
];
const geen = new Set<string>();

describe('verborgenKolommen: columns that give way on a narrow screen', () => {
  it('hides the lowest wijkt first until the rest fits, and nothing on a wide screen or before measuring', () => {
    expect([...verborgenKolommen(KOLOMMEN, 1600, {}, geen)]).toEqual([]);
    expect([...verborgenKolommen(KOLOMMEN, null, {}, geen)]).toEqual([]);
    // 1366×768: about 1045 px for the table.
    expect([...verborgenKolommen(KOLOMMEN, 1045, {}, geen)].sort()).toEqual(['extra', 'sector', 'werkplan', 'wijk']);
    // 1024×576: about 905 px.
    expect([...verborgenKolommen(KOLOMMEN, 905, {}, geen)].sort()).toEqual(['extra', 'onderwijs', 'sector', 'werkplan', 'wijk']);
  });

  it("follows the user's choice both ways, keeps a filtered column, and counts a fixed checkbox column", () => {
    // Werkplan asked for: it stays even though the table then scrolls; Onderwijs hidden on purpose.
    expect([...verborgenKolommen(KOLOMMEN, 1045, { werkplan: true, onderwijs: false }, geen)].sort()).toEqual(['extra', 'onderwijs', 'sector', 'wijk']);
    // A filter on Wijk: Wijk stays, the next one gives way instead.
    expect([...verborgenKolommen(KOLOMMEN, 1045, {}, new Set(['wijk']))].sort()).toEqual(['extra', 'onderwijs', 'sector', 'werkplan']);
    expect(verborgenKolommen(KOLOMMEN, 988, {}, geen).has('onderwijs')).toBe(false);
    expect(verborgenKolommen(KOLOMMEN, 988, {}, geen, 44).has('onderwijs')).toBe(true);
  });
});
