// Issue 13 items 6 and 9.
//
// 1. A new file holds nothing of one gemeente: 001 seeded the providers of the Zwolle policy
//    documents (incl. "SWT Zwolle") into every new file. They are removed here, but ONLY while the
//    file has no afspraken at all and only the rows exactly as 001 wrote them (name, short name,
//    nothing filled in, never touched through the API: no mutatielog line about them). A file in
//    use keeps its aanbieders, so every figure stays the same. The demo adds its own aanbieders.
//
// 2. Postcode rules: a range of 4-digit postcodes (8011-8017) → a wijk. They fill a school's wijk
//    only where it is empty (api/wijkregels.ts); a wijk a user set is never overwritten.
export default /* sql */ `
DELETE FROM aanbieders
WHERE NOT EXISTS (SELECT 1 FROM afspraken)
  AND contactpersoon IS NULL AND email IS NULL AND opmerking IS NULL
  AND NOT EXISTS (SELECT 1 FROM mutatielog m WHERE m.entiteit = 'aanbieder' AND m.entiteit_id = CAST(aanbieders.id AS TEXT))
  AND (naam, korte_naam) IN (
    VALUES ('De Kern', 'Kern'), ('MEE IJsseloevers', 'MEE'), ('Trias Jeugdhulp', 'Trias'),
           ('SWT Zwolle', 'SWT'), ('Stichting Welzijnswerk', 'SWW')
  );

CREATE TABLE postcoderegels (
  id INTEGER PRIMARY KEY,
  van TEXT NOT NULL CHECK (length(van) = 4 AND van GLOB '[1-9][0-9][0-9][0-9]'),
  tot TEXT NOT NULL CHECK (length(tot) = 4 AND tot GLOB '[1-9][0-9][0-9][0-9]' AND tot >= van),
  wijk_id INTEGER NOT NULL REFERENCES wijken(id),
  UNIQUE (van, tot)
);
CREATE INDEX postcoderegels_wijk ON postcoderegels(wijk_id);
`;
