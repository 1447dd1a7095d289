import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../../electron/domain/indicatoren';

describe('indicatorStatus (rule 16)', () => {
  it('hoger is beter: reaching or passing the streefwaarde is op koers, below is achter', () => {
    expect(indicatorStatus('hoger', 65, 65)).toBe('op koers');
    expect(indicatorStatus('hoger', 65, 70.2)).toBe('op koers');
    expect(indicatorStatus('hoger', 65, 64.9)).toBe('achter');
  });

  it('lager is beter: at or under the streefwaarde is op koers, above is achter', () => {
    expect(indicatorStatus('lager', 40, 40)).toBe('op koers');
    expect(indicatorStatus('lager', 40, 12)).toBe('op koers');
    expect(indicatorStatus('lager', 40, 40.5)).toBe('achter');
  });

  it('no realisatie is geen meting, also without streefwaarde or direction', () => {
    expect(indicatorStatus('hoger', 65, null)).toBe('geen meting');
    expect(indicatorStatus(null, null, null)).toBe('geen meting');
  });

  it('without streefwaarde or direction there is no status to give', () => {
    expect(indicatorStatus('hoger', null, 50)).toBeNull();
    expect(indicatorStatus(null, 50, 50)).toBeNull();
  });

  it('zero is a real measurement, not a missing one', () => {
    expect(indicatorStatus('lager', 0, 0)).toBe('op koers');
    expect(indicatorStatus('hoger', 1, 0)).toBe('achter');
  });
});
