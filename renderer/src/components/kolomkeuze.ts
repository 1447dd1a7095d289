// Which columns of a table fit: on a laptop (1366×768, 1024×576) the columns that may give way do so,
// lowest `wijkt` first, until the rest fits without sideways scrolling. What the user chose in
// "Kolommen" wins, and a column with an active filter stays (a hidden filter would puzzle).

export interface KolomMaat {
  id: string;
  /** Minimum width in px. */
  breedte?: number;
  /** May give way on a narrow screen; the lowest number goes first. */
  wijkt?: number;
}

/** The ids of the columns to hide at `beschikbaar` px (null = not measured yet: hide nothing). */
export function verborgenKolommen(
  kolommen: readonly KolomMaat[],
  beschikbaar: number | null,
  keuze: Readonly<Record<string, boolean>>,
  metFilter: ReadonlySet<string>,
  vast = 0,
): Set<string> {
  const verborgen = new Set(kolommen.filter((k) => keuze[k.id] === false).map((k) => k.id));
  if (beschikbaar === null) return verborgen;
  const breedte = () => kolommen.reduce((s, k) => (verborgen.has(k.id) ? s : s + (k.breedte ?? 120)), vast);
  const kandidaten = kolommen.filter((k) => k.wijkt !== undefined && keuze[k.id] === undefined && !metFilter.has(k.id)).sort((a, b) => a.wijkt! - b.wijkt!);
  for (const k of kandidaten) {
    if (breedte() <= beschikbaar) break;
    verborgen.add(k.id);
  }
  return verborgen;
}
