// Issue 16 item 7: aanvullende inzet as records of their own. An afspraak had one number of extra
// uren per week and a toelichting; now it has zero or more records, each with its own period,
// hours or amount, reden, doelen, financing split, request, besluit, verantwoording and source.
//
// Every afspraak with extra uren (or only a toelichting) gets one record covering its own period
// (its dates clamped to the schooljaar; the schooljaar's first and last day where it has none),
// with its shares and overige financier, the toelichting as reden (or "Overgenomen uit extra
// uren"), source 'blad' (the afsprakenblad's columns Extra uren per week and Toelichting extra
// uren read and write this record). Such a record counts with the basisuren as before
// (docs/regels.md#regel-18), so every total stays the same to the cent
// (tests/integration/migratie-aanvullend.test.ts). Then the two columns go: one place for the field.
// The schooljaar's start month comes from the settings (default 9, as domain/instellingen.ts).
export default /* sql */ `
CREATE TABLE aanvullende_inzet (
  id INTEGER PRIMARY KEY,
  afspraak_id INTEGER NOT NULL REFERENCES afspraken(id) ON DELETE CASCADE,
  uren_per_week REAL CHECK (uren_per_week IS NULL OR uren_per_week >= 0),
  bedrag_cents INTEGER CHECK (bedrag_cents IS NULL OR bedrag_cents >= 0),
  startdatum TEXT NOT NULL,
  einddatum TEXT NOT NULL,
  reden TEXT NOT NULL,
  doelen TEXT,
  aandeel_gemeente REAL NOT NULL,
  aandeel_onderwijs REAL NOT NULL,
  aandeel_overig REAL NOT NULL DEFAULT 0,
  overige_financier TEXT,
  aangevraagd_door TEXT CHECK (aangevraagd_door IS NULL OR aangevraagd_door IN ('school','aanbieder','gemeente')),
  besluit_datum TEXT,
  besluit_door TEXT,
  verantwoording_uiterlijk TEXT,
  verantwoording_ontvangen TEXT,
  verantwoording TEXT,
  bron TEXT NOT NULL DEFAULT 'getypt' CHECK (bron IN ('getypt','verdeling','blad')),
  bron_id INTEGER,
  bron_tekst TEXT,
  CHECK ((uren_per_week IS NULL) <> (bedrag_cents IS NULL))
);
CREATE INDEX aanvullende_inzet_afspraak ON aanvullende_inzet(afspraak_id);
CREATE INDEX aanvullende_inzet_bron ON aanvullende_inzet(bron, bron_id) WHERE bron_id IS NOT NULL;

WITH instelling AS (
  SELECT COALESCE((SELECT CAST(waarde AS INTEGER) FROM instellingen WHERE sleutel = 'schooljaarStartMaand'), 9) AS m
),
periode AS (
  SELECT a.id, max(COALESCE(a.startdatum, s.sj_start), s.sj_start) AS van, min(COALESCE(a.einddatum, s.sj_eind), s.sj_eind) AS tot,
    COALESCE(a.startdatum, s.sj_start) AS eigen_van, COALESCE(a.einddatum, s.sj_eind) AS eigen_tot
  FROM afspraken a
  JOIN (SELECT a2.id, printf('%04d-%02d-01', a2.schooljaar, i.m) AS sj_start,
          date(printf('%04d-%02d-01', a2.schooljaar, i.m), '+12 months', '-1 day') AS sj_eind
        FROM afspraken a2, instelling i) s ON s.id = a.id
  WHERE a.extra_uren > 0 OR (a.toelichting_extra_uren IS NOT NULL AND trim(a.toelichting_extra_uren) <> '')
)
INSERT INTO aanvullende_inzet (afspraak_id, uren_per_week, startdatum, einddatum, reden, aandeel_gemeente, aandeel_onderwijs,
  aandeel_overig, overige_financier, bron)
SELECT a.id, a.extra_uren,
  -- An afspraak whose dates leave no day inside its schooljaar keeps them: the record then covers
  -- the same (no) months, as its extra uren did.
  CASE WHEN p.van <= p.tot THEN p.van ELSE p.eigen_van END,
  CASE WHEN p.van <= p.tot THEN p.tot ELSE p.eigen_tot END,
  COALESCE(NULLIF(trim(a.toelichting_extra_uren), ''), 'Overgenomen uit extra uren'),
  a.aandeel_gemeente, a.aandeel_onderwijs, a.aandeel_overig, a.overige_financier, 'blad'
FROM afspraken a JOIN periode p ON p.id = a.id
ORDER BY a.id;

DROP INDEX afspraken_kosten;
ALTER TABLE afspraken DROP COLUMN extra_uren;
ALTER TABLE afspraken DROP COLUMN toelichting_extra_uren;
CREATE INDEX afspraken_kosten ON afspraken(schooljaar, regeling_id, functie, status, basisuren, weken_per_jaar,
  uurtarief_cents, vast_bedrag_cents, aandeel_gemeente, aandeel_onderwijs, aandeel_overig, startdatum, einddatum);
`;
