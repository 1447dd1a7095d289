// Indicatoren (issue 18, docs/regels.md#regel-16): what the inzet should achieve, with a nulmeting,
// a streefwaarde per year and a realisatie per year for one scope (the gemeente, a wijk, school,
// proeftuin or aanbieder). The status of a year is one of three words, decided here only.
// Pure: the renderer and the reports use the same function.

export const RICHTINGEN = ['hoger', 'lager'] as const;
/** hoger: a higher value is better (bereik); lager: a lower value is better (verwijzingen). */
export type Richting = (typeof RICHTINGEN)[number];

export const RICHTING_LABEL: Record<Richting, string> = { hoger: 'hoger is beter', lager: 'lager is beter' };

export const NIVEAUS = ['gemeente', 'wijk', 'school', 'proeftuin', 'aanbieder'] as const;
export type Niveau = (typeof NIVEAUS)[number];

export const NIVEAU_LABEL: Record<Niveau, string> = {
  gemeente: 'Gemeente',
  wijk: 'Wijk',
  school: 'School',
  proeftuin: 'Proeftuin',
  aanbieder: 'Aanbieder',
};

export type IndicatorStatus = 'op koers' | 'achter' | 'geen meting';

/**
 * The status of one year. No realisatie: "geen meting". A realisatie that reaches the streefwaarde
 * in the indicator's direction (equal counts as reached): "op koers"; otherwise "achter".
 * null when there is nothing to compare with: no streefwaarde for the year, or no direction yet
 * (indicators migrated from the old proeftuin indicators have none until the user sets it).
 */
export function indicatorStatus(richting: Richting | null, streefwaarde: number | null, realisatie: number | null): IndicatorStatus | null {
  if (realisatie === null) return 'geen meting';
  if (streefwaarde === null || richting === null) return null;
  const gehaald = richting === 'hoger' ? realisatie >= streefwaarde : realisatie <= streefwaarde;
  return gehaald ? 'op koers' : 'achter';
}

/** The status in words as the page and the Monitor workbook show it, also when there is none to give. */
export function statusInWoorden(richting: Richting | null, status: IndicatorStatus | null): string {
  if (status) return status;
  return richting === null ? 'geen richting gekozen' : 'geen streefwaarde';
}
