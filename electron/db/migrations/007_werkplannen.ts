// Issue 13 item 7: the werkplan belongs to a school in a schooljaar, not to each afspraak. Until now
// afspraken carried werkplan_school / werkplan_wijkteam dates, so a school's IB/ZC/orthopedagoog rows
// (which never had them) showed "niet goedgekeurd" beside its approved JGW row.
//
// Moving the data: every school × schooljaar with a date on any of its afspraken gets one werkplan.
// Where its afspraken disagree, the latest date wins (ISO dates: max() is the latest). The
// submission date was never recorded, so it stays empty (an approval implies submission; see
// domain/werkplan.ts). The mutatielog gets one row per werkplan created: `oud` lists the afspraken
// and the dates they carried, `nieuw` the werkplan as the API returns it (without its status).
// Then the afspraken lose the two columns (no index, view or trigger uses them).
export default `
CREATE TABLE werkplannen (
  id INTEGER PRIMARY KEY,
  school_id INTEGER NOT NULL REFERENCES scholen(id),
  schooljaar INTEGER NOT NULL,
  ingediend_op TEXT,
  goedgekeurd_school_op TEXT,
  goedgekeurd_school_door TEXT,
  goedgekeurd_wijkteam_op TEXT,
  goedgekeurd_wijkteam_door TEXT,
  UNIQUE (school_id, schooljaar)
);
CREATE INDEX werkplannen_schooljaar ON werkplannen(schooljaar);

INSERT INTO werkplannen (school_id, schooljaar, goedgekeurd_school_op, goedgekeurd_wijkteam_op)
SELECT school_id, schooljaar, max(werkplan_school), max(werkplan_wijkteam)
FROM afspraken
WHERE werkplan_school IS NOT NULL OR werkplan_wijkteam IS NOT NULL
GROUP BY school_id, schooljaar
ORDER BY schooljaar, school_id;

INSERT INTO mutatielog (tijd, gebruiker, methode, entiteit, entiteit_id, oud, nieuw)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Schoolinzet (bijwerken bestand)', 'migratie.werkplannen', 'werkplan', CAST(w.id AS TEXT),
  (SELECT json_object('afspraken', json_group_array(json_object(
      'afspraakId', a.id, 'functie', a.functie,
      'werkplanGoedgekeurdSchool', a.werkplan_school, 'werkplanGoedgekeurdWijkteam', a.werkplan_wijkteam)))
   FROM afspraken a
   WHERE a.school_id = w.school_id AND a.schooljaar = w.schooljaar
     AND (a.werkplan_school IS NOT NULL OR a.werkplan_wijkteam IS NOT NULL)),
  json_object('schoolId', w.school_id, 'schooljaar', w.schooljaar, 'ingediendOp', w.ingediend_op,
    'goedgekeurdSchoolOp', w.goedgekeurd_school_op, 'goedgekeurdSchoolDoor', w.goedgekeurd_school_door,
    'goedgekeurdWijkteamOp', w.goedgekeurd_wijkteam_op, 'goedgekeurdWijkteamDoor', w.goedgekeurd_wijkteam_door)
FROM werkplannen w
ORDER BY w.id;

ALTER TABLE afspraken DROP COLUMN werkplan_school;
ALTER TABLE afspraken DROP COLUMN werkplan_wijkteam;
`;
