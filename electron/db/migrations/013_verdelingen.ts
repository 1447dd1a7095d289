// Verdelingen (issue 16, docs/regels.md#regel-17): a pool of hours per week or euros per year for
// one functie and sectors in a schooljaar, divided over schools by a rule. Amounts are integers in
// the pool's unit: hundredths of an hour (soort uren) or cents (soort euros); a typed weight is an
// integer of ten-thousandths. The status follows from the dates (concept, voorgelegd aan het BLOZ,
// BLOZ-advies, vastgesteld), so it can never disagree with them. Adds tables only: every existing
// figure stays as it was.
export default `
CREATE TABLE verdelingen (
  id INTEGER PRIMARY KEY,
  naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
  schooljaar INTEGER NOT NULL,
  soort TEXT NOT NULL CHECK (soort IN ('uren','euros')),
  functie TEXT NOT NULL REFERENCES functies(code),
  sectoren TEXT NOT NULL,
  regel TEXT NOT NULL CHECK (regel IN ('gelijk','leerlingen','voet','gewicht')),
  totaal INTEGER NOT NULL CHECK (totaal >= 0),
  voet INTEGER CHECK (voet IS NULL OR voet >= 0),
  stap INTEGER CHECK (stap IS NULL OR stap > 0),
  min INTEGER CHECK (min IS NULL OR min >= 0),
  max INTEGER CHECK (max IS NULL OR max >= 0),
  aanbieder_id INTEGER REFERENCES aanbieders(id),
  voorgelegd_op TEXT,
  advies_datum TEXT,
  advies_tekst TEXT,
  vastgesteld_op TEXT
);
CREATE INDEX verdelingen_schooljaar ON verdelingen(schooljaar);

CREATE TABLE verdeling_wijken (
  verdeling_id INTEGER NOT NULL REFERENCES verdelingen(id) ON DELETE CASCADE,
  wijk_id INTEGER NOT NULL REFERENCES wijken(id),
  PRIMARY KEY (verdeling_id, wijk_id)
) WITHOUT ROWID;

-- One row per school with a choice or a setting: gekozen = 1 limits the verdeling to the chosen
-- schools; gewicht, min, max and a hand-edited toegekend override the rule for that school.
CREATE TABLE verdeling_scholen (
  verdeling_id INTEGER NOT NULL REFERENCES verdelingen(id) ON DELETE CASCADE,
  school_id INTEGER NOT NULL REFERENCES scholen(id),
  gekozen INTEGER NOT NULL DEFAULT 0 CHECK (gekozen IN (0,1)),
  gewicht INTEGER CHECK (gewicht IS NULL OR gewicht >= 0),
  min INTEGER CHECK (min IS NULL OR min >= 0),
  max INTEGER CHECK (max IS NULL OR max >= 0),
  toegekend INTEGER CHECK (toegekend IS NULL OR toegekend >= 0),
  aanbieder_id INTEGER REFERENCES aanbieders(id),
  PRIMARY KEY (verdeling_id, school_id)
) WITHOUT ROWID;
CREATE INDEX verdeling_scholen_school ON verdeling_scholen(school_id);

-- The afspraken that vaststellen made because a school had none for the functie and aanbieder
-- (basisuren 0, carrying only the aanvullende inzet): undoing removes them again. A user who
-- deletes such an afspraak takes the link with it.
CREATE TABLE verdeling_afspraken (
  verdeling_id INTEGER NOT NULL REFERENCES verdelingen(id) ON DELETE CASCADE,
  afspraak_id INTEGER NOT NULL REFERENCES afspraken(id) ON DELETE CASCADE,
  PRIMARY KEY (verdeling_id, afspraak_id)
) WITHOUT ROWID;
CREATE INDEX verdeling_afspraken_afspraak ON verdeling_afspraken(afspraak_id);
`;
