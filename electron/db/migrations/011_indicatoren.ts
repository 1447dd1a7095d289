// Issue 18: indicatoren generalise the proeftuin indicators of 001 (rule 16). An indicator has a
// direction, a source, a level with its scope (a wijk, school, proeftuin or aanbieder id; none for
// the gemeente), a nulmeting, and per year a streefwaarde and a realisatie.
// Every proeftuin indicator moves here with its id (so the mutatielog and the proeftuin form keep
// pointing at it), level proeftuin and its proeftuin as scope; every value becomes that year's
// realisatie, unchanged. Direction, source, nulmeting and streefwaarden were never recorded, so
// they stay empty (NULL) until the user fills them in: guessing a direction would invent a status.
// The old tables then go, so an indicator lives in one place.
// Also (issue 18, proeftuinen): the budget per year split into gemeente and onderwijs money, and the
// agreed and realised opbrengst (content and money). Every existing budget stays in bedrag_cents,
// which from now on is the gemeente's part: the proeftuinen were entered as the gemeente's budget
// (seed 002: the gemeente's Ontwikkelagenda), and nothing recorded an onderwijs contribution, so
// onderwijs_cents starts at 0 and no figure changes.
export default `
CREATE TABLE indicatoren (
  id INTEGER PRIMARY KEY,
  naam TEXT NOT NULL,
  eenheid TEXT,
  richting TEXT CHECK (richting IS NULL OR richting IN ('hoger', 'lager')),
  bron TEXT,
  niveau TEXT NOT NULL CHECK (niveau IN ('gemeente', 'wijk', 'school', 'proeftuin', 'aanbieder')),
  scope_id INTEGER,
  nulmeting_jaar INTEGER,
  nulmeting_waarde REAL,
  CHECK ((niveau = 'gemeente') = (scope_id IS NULL)),
  CHECK ((nulmeting_jaar IS NULL) = (nulmeting_waarde IS NULL))
);
CREATE INDEX indicatoren_scope ON indicatoren(niveau, scope_id);

CREATE TABLE indicator_jaren (
  indicator_id INTEGER NOT NULL REFERENCES indicatoren(id) ON DELETE CASCADE,
  jaar INTEGER NOT NULL,
  streefwaarde REAL,
  realisatie REAL,
  PRIMARY KEY (indicator_id, jaar)
) WITHOUT ROWID;

INSERT INTO indicatoren (id, naam, eenheid, niveau, scope_id)
  SELECT id, naam, eenheid, 'proeftuin', proeftuin_id FROM proeftuin_indicatoren;
INSERT INTO indicator_jaren (indicator_id, jaar, realisatie)
  SELECT indicator_id, jaar, waarde FROM proeftuin_indicator_waarden;

DROP TABLE proeftuin_indicator_waarden;
DROP TABLE proeftuin_indicatoren;

ALTER TABLE proeftuin_budget ADD COLUMN onderwijs_cents INTEGER NOT NULL DEFAULT 0 CHECK (onderwijs_cents >= 0);
ALTER TABLE proeftuinen ADD COLUMN opbrengst_afgesproken TEXT;
ALTER TABLE proeftuinen ADD COLUMN opbrengst_afgesproken_cents INTEGER CHECK (opbrengst_afgesproken_cents IS NULL OR opbrengst_afgesproken_cents >= 0);
ALTER TABLE proeftuinen ADD COLUMN opbrengst_gerealiseerd TEXT;
ALTER TABLE proeftuinen ADD COLUMN opbrengst_gerealiseerd_cents INTEGER CHECK (opbrengst_gerealiseerd_cents IS NULL OR opbrengst_gerealiseerd_cents >= 0);
`;
