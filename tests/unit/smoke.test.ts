import { describe, expect, it } from 'vitest';
import { STATUSSEN } from '../../electron/domain/types';

describe('domain types', () => {
  it('knows the five statuses', () => {
    expect(STATUSSEN).toHaveLength(5);
  });
});
