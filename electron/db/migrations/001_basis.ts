// The first schema: every entity of the domain (see domain.md). Money in integer cents;
// hours, weeks and percentages as REAL with at most two decimals (validated before they get here).
export default /* sql */ `
CREATE TABLE instellingen (
  sleutel TEXT PRIMARY KEY,
  waarde TEXT NOT NULL
);

CREATE TABLE wijken (
  id INTEGER PRIMARY KEY,
  naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
  omschrijving TEXT
);

CREATE TABLE besturen (
  id INTEGER PRIMARY KEY,
  nummer TEXT UNIQUE,
  naam TEXT NOT NULL
);

CREATE TABLE scholen (
  id INTEGER PRIMARY KEY,
  vestigingscode TEXT NOT NULL UNIQUE,
  brin TEXT NOT NULL,
  naam TEXT NOT NULL,
  sector TEXT NOT NULL CHECK (sector IN ('PO','SBO','SO','VSO','VO','PRO','MBO')),
  denominatie TEXT,
  straat TEXT,
  huisnummer TEXT,
  postcode TEXT,
  plaats TEXT,
  gemeente_code TEXT,
  wijk_id INTEGER REFERENCES wijken(id),
  bestuur_id INTEGER REFERENCES besturen(id),
  niet_in_duo INTEGER NOT NULL DEFAULT 0,
  opmerking TEXT
);
CREATE INDEX scholen_wijk ON scholen(wijk_id);
CREATE INDEX scholen_bestuur ON scholen(bestuur_id);

-- Pupils per school per count year. aantal NULL with onder5 = 1 is DUO's "<5".
CREATE TABLE leerlingen (
  school_id INTEGER NOT NULL REFERENCES scholen(id) ON DELETE CASCADE,
  jaar INTEGER NOT NULL,
  aantal INTEGER CHECK (aantal IS NULL OR aantal >= 0),
  onder5 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (school_id, jaar)
) WITHOUT ROWID;

CREATE TABLE aanbieders (
  id INTEGER PRIMARY KEY,
  naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
  korte_naam TEXT COLLATE NOCASE,
  contactpersoon TEXT,
  email TEXT,
  opmerking TEXT
);

-- betaler: who normally pays this functie (Zwolle 2017: gemeente for JGW/SMW, onderwijs for IB/ZC/ORTHO).
CREATE TABLE functies (
  code TEXT PRIMARY KEY CHECK (code IN ('SMW','JGW','JMW','JW','JP','IB','ZC','ORTHO')),
  naam TEXT NOT NULL,
  betaler TEXT NOT NULL CHECK (betaler IN ('gemeente','onderwijs')),
  standaard_uurtarief_cents INTEGER NOT NULL DEFAULT 0 CHECK (standaard_uurtarief_cents >= 0)
);

CREATE TABLE begrotingsposten (
  id INTEGER PRIMARY KEY,
  naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
  soort TEXT NOT NULL CHECK (soort IN ('structureel','incidenteel')),
  omschrijving TEXT
);

CREATE TABLE begrotingspost_bedragen (
  begrotingspost_id INTEGER NOT NULL REFERENCES begrotingsposten(id) ON DELETE CASCADE,
  jaar INTEGER NOT NULL,
  bedrag_cents INTEGER NOT NULL CHECK (bedrag_cents >= 0),
  PRIMARY KEY (begrotingspost_id, jaar)
) WITHOUT ROWID;

CREATE TABLE regelingen (
  id INTEGER PRIMARY KEY,
  naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
  startdatum TEXT,
  einddatum TEXT,
  weken_per_jaar REAL CHECK (weken_per_jaar IS NULL OR weken_per_jaar > 0),
  aandeel_gemeente REAL NOT NULL DEFAULT 100,
  aandeel_onderwijs REAL NOT NULL DEFAULT 0,
  aandeel_overig REAL NOT NULL DEFAULT 0,
  overige_financier TEXT,
  omschrijving TEXT
);

CREATE TABLE regeling_basisinzet (
  regeling_id INTEGER NOT NULL REFERENCES regelingen(id) ON DELETE CASCADE,
  sector TEXT NOT NULL,
  functie TEXT NOT NULL REFERENCES functies(code),
  uren_per_week REAL NOT NULL CHECK (uren_per_week >= 0),
  uurtarief_cents INTEGER CHECK (uurtarief_cents IS NULL OR uurtarief_cents >= 0),
  PRIMARY KEY (regeling_id, sector, functie)
) WITHOUT ROWID;

CREATE TABLE regeling_begrotingsposten (
  regeling_id INTEGER NOT NULL REFERENCES regelingen(id) ON DELETE CASCADE,
  begrotingspost_id INTEGER NOT NULL REFERENCES begrotingsposten(id),
  PRIMARY KEY (regeling_id, begrotingspost_id)
) WITHOUT ROWID;

CREATE TABLE afspraken (
  id INTEGER PRIMARY KEY,
  schooljaar INTEGER NOT NULL,
  school_id INTEGER NOT NULL REFERENCES scholen(id),
  aanbieder_id INTEGER NOT NULL REFERENCES aanbieders(id),
  functie TEXT NOT NULL REFERENCES functies(code),
  basisuren REAL NOT NULL DEFAULT 0 CHECK (basisuren >= 0),
  extra_uren REAL NOT NULL DEFAULT 0 CHECK (extra_uren >= 0),
  weken_per_jaar REAL CHECK (weken_per_jaar IS NULL OR weken_per_jaar > 0),
  uurtarief_cents INTEGER CHECK (uurtarief_cents IS NULL OR uurtarief_cents >= 0),
  vast_bedrag_cents INTEGER CHECK (vast_bedrag_cents IS NULL OR vast_bedrag_cents >= 0),
  aandeel_gemeente REAL NOT NULL,
  aandeel_onderwijs REAL NOT NULL,
  aandeel_overig REAL NOT NULL DEFAULT 0,
  overige_financier TEXT,
  startdatum TEXT,
  einddatum TEXT,
  status TEXT NOT NULL CHECK (status IN ('concept','in_overleg','afgesproken','getekend','beeindigd')),
  toelichting_extra_uren TEXT,
  themas TEXT NOT NULL DEFAULT '[]',
  werkplan_school TEXT,
  werkplan_wijkteam TEXT,
  bloz_advies TEXT,
  regeling_id INTEGER REFERENCES regelingen(id),
  opmerking TEXT,
  UNIQUE (schooljaar, school_id, aanbieder_id, functie)
);
CREATE INDEX afspraken_school ON afspraken(school_id);
CREATE INDEX afspraken_aanbieder ON afspraken(aanbieder_id);
CREATE INDEX afspraken_functie ON afspraken(functie, schooljaar);

CREATE TABLE kerncijfers (
  jaar INTEGER PRIMARY KEY,
  jeugdigen_0_19 INTEGER CHECK (jeugdigen_0_19 IS NULL OR jeugdigen_0_19 >= 0),
  leerlingen_po INTEGER CHECK (leerlingen_po IS NULL OR leerlingen_po >= 0),
  leerlingen_vo INTEGER CHECK (leerlingen_vo IS NULL OR leerlingen_vo >= 0)
);

CREATE TABLE proeftuinen (
  id INTEGER PRIMARY KEY,
  naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
  startjaar INTEGER NOT NULL,
  eindjaar INTEGER NOT NULL,
  wijk_id INTEGER REFERENCES wijken(id),
  omschrijving TEXT,
  CHECK (eindjaar >= startjaar)
);

CREATE TABLE proeftuin_budget (
  proeftuin_id INTEGER NOT NULL REFERENCES proeftuinen(id) ON DELETE CASCADE,
  jaar INTEGER NOT NULL,
  bedrag_cents INTEGER NOT NULL CHECK (bedrag_cents >= 0),
  PRIMARY KEY (proeftuin_id, jaar)
) WITHOUT ROWID;

CREATE TABLE proeftuin_scholen (
  proeftuin_id INTEGER NOT NULL REFERENCES proeftuinen(id) ON DELETE CASCADE,
  school_id INTEGER NOT NULL REFERENCES scholen(id),
  PRIMARY KEY (proeftuin_id, school_id)
) WITHOUT ROWID;

CREATE TABLE proeftuin_indicatoren (
  id INTEGER PRIMARY KEY,
  proeftuin_id INTEGER NOT NULL REFERENCES proeftuinen(id) ON DELETE CASCADE,
  naam TEXT NOT NULL,
  eenheid TEXT
);

CREATE TABLE proeftuin_indicator_waarden (
  indicator_id INTEGER NOT NULL REFERENCES proeftuin_indicatoren(id) ON DELETE CASCADE,
  jaar INTEGER NOT NULL,
  waarde REAL NOT NULL,
  PRIMARY KEY (indicator_id, jaar)
) WITHOUT ROWID;

-- Every change through the API, for traceability of government decisions.
CREATE TABLE mutatielog (
  id INTEGER PRIMARY KEY,
  tijd TEXT NOT NULL,
  gebruiker TEXT NOT NULL,
  methode TEXT NOT NULL,
  entiteit TEXT,
  entiteit_id TEXT,
  oud TEXT,
  nieuw TEXT
);
CREATE INDEX mutatielog_entiteit ON mutatielog(entiteit, entiteit_id);

-- A new database starts with the functies and the providers of the policy documents.
INSERT INTO functies (code, naam, betaler, standaard_uurtarief_cents) VALUES
  ('SMW', 'Schoolmaatschappelijk werk', 'gemeente', 0),
  ('JGW', 'Jeugd- en gezinswerker', 'gemeente', 0),
  ('JMW', 'Jeugdmaatschappelijk werk', 'gemeente', 0),
  ('JW', 'Jongerenwerk', 'gemeente', 0),
  ('JP', 'Jeugdprofessional', 'gemeente', 0),
  ('IB', 'Intern begeleider', 'onderwijs', 0),
  ('ZC', 'Zorgcoördinator', 'onderwijs', 0),
  ('ORTHO', 'Orthopedagoog', 'onderwijs', 0);

INSERT INTO aanbieders (naam, korte_naam) VALUES
  ('De Kern', 'Kern'),
  ('MEE IJsseloevers', 'MEE'),
  ('Trias Jeugdhulp', 'Trias'),
  ('SWT Zwolle', 'SWT'),
  ('Stichting Welzijnswerk', 'SWW');
`;
