// The Afspraken table opens sorted by school name. At national scale (100.000 afspraken in one
// schooljaar) sorting them all to show the first 200 took most of the request. With these indexes
// the first windows walk the schools in name order and look up each school's afspraken of the
// schooljaar, stopping after the window (see lijstAfspraken in afspraken-repo).
//
// scholen_naam: the list's school order (name without case, then vestigingscode: unique).
// afspraken_school_jaar: a school's afspraken of one schooljaar, by functie. It replaces
// afspraken_school (school_id alone), of which it is a prefix.
export default `
CREATE INDEX scholen_naam ON scholen(naam COLLATE NOCASE, vestigingscode);
CREATE INDEX afspraken_school_jaar ON afspraken(school_id, schooljaar, functie);
DROP INDEX afspraken_school;
`;
