// A proeftuin's budget shrinks: a year higher than the year before is warned about unless marked
// as intended with a reason (seed 002, rule 13).
import { describe, expect, it } from 'vitest';
import { budgetGroei, budgetWaarschuwingen } from '../../electron/domain/proeftuin-budget';

const b = (jaar: number, euro: number, redenHoger: string | null = null) => ({ jaar, bedragCents: euro * 100, redenHoger });

describe('budgetGroei', () => {
  it('finds every year above the one before, in year order, and warns only without a reason', () => {
    const budget = [b(2021, 300_000), b(2019, 500_000), b(2020, 400_000), b(2022, 300_000), b(2023, 350_000, 'Extra school erbij'), b(2024, 360_000)];
    expect(budgetGroei(budget).map((g) => [g.vorigJaar, g.jaar])).toEqual([
      [2022, 2023],
      [2023, 2024],
    ]);
    expect(budgetWaarschuwingen(budget)).toEqual([
      'Het budget van 2024 (€ 360.000) is hoger dan dat van 2023 (€ 350.000), terwijl het budget van een proeftuin afneemt. Geef een reden als dit zo bedoeld is.',
    ]);
    // Equal is not growth; a single year or none warns about nothing.
    expect(budgetGroei([b(2020, 100), b(2021, 100)])).toEqual([]);
    expect(budgetWaarschuwingen([b(2020, 100)])).toEqual([]);
    expect(budgetWaarschuwingen([])).toEqual([]);
  });
});
