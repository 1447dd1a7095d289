import { describe, expect, it } from 'vitest';
import { telwoord } from '../../electron/domain/telwoord';

describe('telwoord', () => {
  it('says one in the singular and every other count in the plural, with Dutch thousands', () => {
    expect(telwoord(1, 'afspraak', 'afspraken')).toBe('1 afspraak');
    expect(telwoord(0, 'afspraak', 'afspraken')).toBe('0 afspraken');
    expect(telwoord(1234, 'school', 'scholen')).toBe('1.234 scholen');
  });
});
