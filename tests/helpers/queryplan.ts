// Which SQL a call ran, and SQLite's plan for each statement (EXPLAIN QUERY PLAN with the same
// parameters). Tests assert that a list or an aggregate uses its index instead of timing it; the
// durations live in `npm run bench` (bench/run.ts, BENCHMARKS.md).
import type { Db } from '../../electron/db/open';

export interface Plan {
  sql: string;
  /** The plan's detail lines, e.g. "SEARCH a USING INDEX afspraken_school_jaar (school_id=? AND schooljaar=?)". */
  plan: string[];
}

/**
 * Runs fn and returns the plan of every SELECT it executed on db, and how many statements it executed
 * (real SQLite; the statements are only recorded on their way through).
 */
export async function queryPlannen<T>(db: Db, fn: () => Promise<T>): Promise<{ resultaat: T; plannen: Plan[]; statements: number }> {
  const uitgevoerd: { sql: string; args: unknown[] }[] = [];
  const prepare = db.prepare;
  db.prepare = ((sql: string) => {
    const stmt = prepare.call(db, sql);
    for (const methode of ['all', 'get', 'iterate', 'run'] as const) {
      const echt = stmt[methode] as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[methode] = function (this: unknown, ...args: unknown[]) {
        uitgevoerd.push({ sql, args });
        return echt.apply(this, args);
      };
    }
    return stmt;
  }) as typeof db.prepare;
  let resultaat: T;
  try {
    resultaat = await fn();
  } finally {
    db.prepare = prepare;
  }
  const plannen = uitgevoerd
    .filter((u) => /^\s*(SELECT|WITH)\b/i.test(u.sql))
    .map((u) => ({
      sql: u.sql,
      plan: (prepare.call(db, `EXPLAIN QUERY PLAN ${u.sql}`).all(...(u.args as [object])) as { detail: string }[]).map((r) => r.detail),
    }));
  return { resultaat, plannen, statements: uitgevoerd.length };
}

/** The plans of the statements whose SQL matches. */
export function plannenVan(plannen: Plan[], sql: RegExp): Plan[] {
  return plannen.filter((p) => sql.test(p.sql));
}

/** Plan lines that read a whole table (a SCAN, with or without a covering index) for one of these aliases. */
export function volledigeScans(plannen: Plan[], aliassen: string[]): string[] {
  return plannen.flatMap((p) => p.plan.filter((regel) => aliassen.some((a) => regel === `SCAN ${a}` || regel.startsWith(`SCAN ${a} `))));
}
