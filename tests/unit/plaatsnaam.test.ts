import { describe, expect, it } from 'vitest';
import { plaatsNaam } from '../../electron/domain/plaatsnaam';

describe('plaatsNaam: DUO place names in capitals, in normal case', () => {
  it('writes Dutch place names as people write them', () => {
    expect(plaatsNaam('HOLLANDSCHEVELD')).toBe('Hollandscheveld');
    expect(plaatsNaam('ZWOLLE')).toBe('Zwolle');
    expect(plaatsNaam('DEN HAAG')).toBe('Den Haag');
    expect(plaatsNaam("'S-HERTOGENBOSCH")).toBe("'s-Hertogenbosch");
    expect(plaatsNaam("'T ZANDT")).toBe("'t Zandt");
    expect(plaatsNaam('BERGEN OP ZOOM')).toBe('Bergen op Zoom');
    expect(plaatsNaam('CAPELLE AAN DEN IJSSEL')).toBe('Capelle aan den IJssel');
    expect(plaatsNaam('IJSSELSTEIN')).toBe('IJsselstein');
    expect(plaatsNaam('NIEUW-VENNEP')).toBe('Nieuw-Vennep');
    expect(plaatsNaam('WIJK BIJ DUURSTEDE')).toBe('Wijk bij Duurstede');
  });

  it('leaves names that are already written in normal case, and empty text, alone', () => {
    expect(plaatsNaam('Zwolle')).toBe('Zwolle');
    expect(plaatsNaam('de Wijk')).toBe('de Wijk');
    expect(plaatsNaam('')).toBe('');
    expect(plaatsNaam('Plaats 96')).toBe('Plaats 96');
  });
});
