// Indexes for the Afspraken table at national scale (100.000 afspraken in one schooljaar).
//
// afspraken_kosten: every input of an afspraak's cost, in the order the list's totals group by.
// SQLite then groups while it walks the index (no sort of 100.000 rows), and without a regeling
// the index alone answers (covering). regeling_id comes second: only afspraken without one can be
// grouped on their own columns; those with one take the regeling's weeks and rate.
export default `
CREATE INDEX afspraken_kosten ON afspraken(schooljaar, regeling_id, functie, status, basisuren, extra_uren, weken_per_jaar,
  uurtarief_cents, vast_bedrag_cents, aandeel_gemeente, aandeel_onderwijs, aandeel_overig, startdatum, einddatum);
`;
