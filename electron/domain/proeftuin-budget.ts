// A proeftuin's budget shrinks over its years (seed 002, Ontwikkelagenda). A year higher than the
// year before is warned about (rule 13: warnings, never silence), unless the user marked it as
// intended with a reason. Pure: the renderer may bundle it.
import { formatEuro } from './geld';

export interface BudgetJaar {
  jaar: number;
  bedragCents: number;
  /** Why this year is intentionally higher than the year before; null = not marked. */
  redenHoger: string | null;
}

export interface BudgetGroei {
  jaar: number;
  vorigJaar: number;
  vorigBedragCents: number;
  bedragCents: number;
  redenHoger: string | null;
}

/** Every year (in year order) whose budget is higher than that of the year before it in the list. */
export function budgetGroei(budget: readonly BudgetJaar[]): BudgetGroei[] {
  const op = [...budget].sort((a, b) => a.jaar - b.jaar);
  const uit: BudgetGroei[] = [];
  for (let i = 1; i < op.length; i++) {
    const [vorig, b] = [op[i - 1], op[i]];
    if (b.bedragCents > vorig.bedragCents)
      uit.push({ jaar: b.jaar, vorigJaar: vorig.jaar, vorigBedragCents: vorig.bedragCents, bedragCents: b.bedragCents, redenHoger: b.redenHoger });
  }
  return uit;
}

/** The Dutch warnings: growth without a reason. */
export function budgetWaarschuwingen(budget: readonly BudgetJaar[]): string[] {
  return budgetGroei(budget)
    .filter((g) => !g.redenHoger)
    .map(
      (g) =>
        `Het budget van ${g.jaar} (${formatEuro(g.bedragCents)}) is hoger dan dat van ${g.vorigJaar} (${formatEuro(g.vorigBedragCents)}), terwijl het budget van een proeftuin afneemt. Geef een reden als dit zo bedoeld is.`,
    );
}
