// Issue 18: ondersteuningsvragen per school per schooljaar (rule 12), per aanbieder and functie
// where known, with the hours the aanbieder reports as realised. One row per school × aanbieder ×
// functie × schooljaar; an unknown aanbieder or functie is NULL, so the unique key uses IFNULL
// (SQLite treats NULLs as distinct in a plain UNIQUE). The CHECKs repeat the rule the API checks
// first with a Dutch message: a part never exceeds the total, nor do the three parts together.
// Realised hours stay with the row (not with an afspraak id), so deleting and restoring an
// afspraak keeps them; the realisatie joins on the same four keys.
// Also: proeftuin_budget.reden_hoger, the reason a year's budget is intentionally higher.
export default `
CREATE TABLE ondersteuningsvragen (
  id INTEGER PRIMARY KEY,
  schooljaar INTEGER NOT NULL,
  school_id INTEGER NOT NULL REFERENCES scholen(id),
  aanbieder_id INTEGER REFERENCES aanbieders(id),
  functie TEXT REFERENCES functies(code),
  vragen INTEGER NOT NULL CHECK (vragen >= 0),
  binnen_school INTEGER NOT NULL CHECK (binnen_school >= 0),
  verwezen_jeugdhulp INTEGER NOT NULL CHECK (verwezen_jeugdhulp >= 0),
  verwezen_wijkteam INTEGER NOT NULL CHECK (verwezen_wijkteam >= 0),
  gerealiseerde_uren REAL CHECK (gerealiseerde_uren IS NULL OR gerealiseerde_uren >= 0),
  CHECK (binnen_school + verwezen_jeugdhulp + verwezen_wijkteam <= vragen)
);
CREATE UNIQUE INDEX ondersteuningsvragen_sleutel
  ON ondersteuningsvragen(schooljaar, school_id, IFNULL(aanbieder_id, 0), IFNULL(functie, ''));
CREATE INDEX ondersteuningsvragen_school ON ondersteuningsvragen(school_id);
CREATE INDEX ondersteuningsvragen_aanbieder ON ondersteuningsvragen(aanbieder_id);

-- A proeftuin's budget shrinks; a year higher than the year before is warned about unless it
-- carries a reason (rule 13). Existing budgets keep every amount; no year has a reason yet.
ALTER TABLE proeftuin_budget ADD COLUMN reden_hoger TEXT;
`;
