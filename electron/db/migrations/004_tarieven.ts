// Rates in time (issue 13, rule 9): the hourly rate and the weeks of a functie are valid from a
// schooljaar on; a new rate is a new row, so raising a rate never changes an earlier schooljaar.
//
// Every functie's single rate of before (functies.standaard_uurtarief_cents) and the weeks setting
// become a row valid from the earliest schooljaar in the file, so every existing afspraak resolves
// to exactly the rate and weeks it had and every total stays the same to the cent. A file without
// afspraken gets no rows: there the functie's standaard uurtarief and the weeks setting keep
// applying to every schooljaar until the user sets a tarief per schooljaar (db/kosten-repo.ts).
//
// No foreign key to functies: a later migration may rebuild that table (editable functies); the
// handlers check the code.
export default `
CREATE TABLE tarieven (
  functie TEXT NOT NULL,
  vanaf_schooljaar INTEGER NOT NULL CHECK (vanaf_schooljaar BETWEEN 1990 AND 2100),
  uurtarief_cents INTEGER NOT NULL CHECK (uurtarief_cents >= 0),
  weken_per_jaar REAL NOT NULL CHECK (weken_per_jaar > 0),
  PRIMARY KEY (functie, vanaf_schooljaar)
) WITHOUT ROWID;

INSERT INTO tarieven (functie, vanaf_schooljaar, uurtarief_cents, weken_per_jaar)
SELECT f.code,
       (SELECT min(schooljaar) FROM afspraken),
       f.standaard_uurtarief_cents,
       COALESCE((SELECT CAST(waarde AS REAL) FROM instellingen WHERE sleutel = 'wekenPerSchooljaar'), 40)
FROM functies f
WHERE EXISTS (SELECT 1 FROM afspraken);
`;
