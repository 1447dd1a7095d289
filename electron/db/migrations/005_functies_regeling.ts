// Issue 13 items 4-5: the gemeente's own functies and the composition of the ondersteuningsteam.
//
// functies: the CHECK of eight fixed codes goes (a gemeente adds "Schoolcoach" or "JGZ"), and
// every functie says which OT role it can fill (ot_rol) and where it sorts (volgorde). SQLite
// cannot drop a CHECK, so the table is rebuilt; this migration runs with foreign_keys OFF (see
// zonderFk in migrations/index.ts and applyMigration in db/open.ts), so the REFERENCES
// functies(code) of afspraken and regeling_basisinzet keep pointing at the rebuilt table, and
// open.ts runs foreign_key_check before it commits.
//
// ot_samenstelling: per sector, which functies fill each OT role (rule 6). The rows are today's
// fixed list (domain/dekkingsgraad.ts STANDAARD_OT), so every existing figure stays the same.
export default /* sql */ `
CREATE TABLE functies_nieuw (
  code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 20),
  naam TEXT NOT NULL,
  betaler TEXT NOT NULL CHECK (betaler IN ('gemeente','onderwijs')),
  standaard_uurtarief_cents INTEGER NOT NULL DEFAULT 0 CHECK (standaard_uurtarief_cents >= 0),
  ot_rol TEXT CHECK (ot_rol IS NULL OR ot_rol IN ('zorg','ortho','sociaal')),
  volgorde INTEGER NOT NULL DEFAULT 100
);
INSERT INTO functies_nieuw (code, naam, betaler, standaard_uurtarief_cents, ot_rol, volgorde)
  SELECT code, naam, betaler, standaard_uurtarief_cents,
    CASE code WHEN 'IB' THEN 'zorg' WHEN 'ZC' THEN 'zorg' WHEN 'ORTHO' THEN 'ortho'
      WHEN 'SMW' THEN 'sociaal' WHEN 'JGW' THEN 'sociaal' WHEN 'JMW' THEN 'sociaal' WHEN 'JP' THEN 'sociaal' ELSE NULL END,
    CASE code WHEN 'SMW' THEN 1 WHEN 'JGW' THEN 2 WHEN 'JMW' THEN 3 WHEN 'JW' THEN 4 WHEN 'JP' THEN 5
      WHEN 'IB' THEN 6 WHEN 'ZC' THEN 7 WHEN 'ORTHO' THEN 8 ELSE 100 END
  FROM functies;
DROP TABLE functies;
ALTER TABLE functies_nieuw RENAME TO functies;

CREATE TABLE ot_samenstelling (
  sector TEXT NOT NULL CHECK (sector IN ('PO','SBO','SO','VSO','VO','PRO','MBO')),
  rol TEXT NOT NULL CHECK (rol IN ('zorg','ortho','sociaal')),
  functie TEXT NOT NULL REFERENCES functies(code),
  PRIMARY KEY (sector, rol, functie)
) WITHOUT ROWID;
INSERT INTO ot_samenstelling (sector, rol, functie) VALUES
  ('PO','zorg','IB'), ('PO','ortho','ORTHO'), ('PO','sociaal','JGW'),
  ('SBO','zorg','IB'), ('SBO','ortho','ORTHO'), ('SBO','sociaal','JGW'), ('SBO','sociaal','SMW'),
  ('SO','zorg','IB'), ('SO','zorg','ZC'), ('SO','ortho','ORTHO'), ('SO','sociaal','JGW'), ('SO','sociaal','SMW'), ('SO','sociaal','JP'),
  ('VSO','zorg','ZC'), ('VSO','zorg','IB'), ('VSO','ortho','ORTHO'), ('VSO','sociaal','SMW'), ('VSO','sociaal','JGW'), ('VSO','sociaal','JP'),
  ('VO','zorg','ZC'), ('VO','ortho','ORTHO'), ('VO','sociaal','SMW'),
  ('PRO','zorg','ZC'), ('PRO','ortho','ORTHO'), ('PRO','sociaal','SMW'), ('PRO','sociaal','JGW'),
  ('MBO','zorg','ZC'), ('MBO','ortho','ORTHO'), ('MBO','sociaal','SMW'), ('MBO','sociaal','JMW');
`;
