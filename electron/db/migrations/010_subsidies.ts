// The subsidy cycle (issue 17): one subsidie per aanbieder × begrotingsjaar, its voorschot terms
// and the begrotingsposten it is charged to. berekend_cents is the gemeente's share of the
// afspraken at the moment of the verlening, kept beside the verleend bedrag (a snapshot).
export default `
CREATE TABLE subsidies (
  id INTEGER PRIMARY KEY,
  aanbieder_id INTEGER NOT NULL REFERENCES aanbieders(id),
  begrotingsjaar INTEGER NOT NULL,
  aanvraag_datum TEXT,
  aanvraag_bedrag_cents INTEGER CHECK (aanvraag_bedrag_cents IS NULL OR aanvraag_bedrag_cents >= 0),
  aanvraag_kenmerk TEXT,
  verlening_datum TEXT,
  verlening_kenmerk TEXT,
  verleend_cents INTEGER CHECK (verleend_cents IS NULL OR verleend_cents >= 0),
  berekend_cents INTEGER,
  verlening_reden TEXT,
  voorwaarden TEXT,
  voorschot_schema TEXT CHECK (voorschot_schema IS NULL OR voorschot_schema IN ('maand','kwartaal','eenmalig','anders')),
  verantwoording_uiterlijk TEXT,
  verantwoording_datum TEXT,
  realisatie_cents INTEGER CHECK (realisatie_cents IS NULL OR realisatie_cents >= 0),
  realisatie_uren REAL CHECK (realisatie_uren IS NULL OR realisatie_uren >= 0),
  verantwoording_opmerking TEXT,
  vaststelling_datum TEXT,
  vastgesteld_cents INTEGER CHECK (vastgesteld_cents IS NULL OR vastgesteld_cents >= 0),
  UNIQUE (aanbieder_id, begrotingsjaar)
);
CREATE INDEX subsidies_jaar ON subsidies(begrotingsjaar);

CREATE TABLE subsidie_voorschotten (
  subsidie_id INTEGER NOT NULL REFERENCES subsidies(id) ON DELETE CASCADE,
  termijn INTEGER NOT NULL CHECK (termijn >= 1),
  bedrag_cents INTEGER NOT NULL CHECK (bedrag_cents >= 0),
  vervaldatum TEXT NOT NULL,
  betaald_op TEXT,
  PRIMARY KEY (subsidie_id, termijn)
) WITHOUT ROWID;

CREATE TABLE subsidie_begrotingsposten (
  subsidie_id INTEGER NOT NULL REFERENCES subsidies(id) ON DELETE CASCADE,
  begrotingspost_id INTEGER NOT NULL REFERENCES begrotingsposten(id),
  PRIMARY KEY (subsidie_id, begrotingspost_id)
) WITHOUT ROWID;
`;
