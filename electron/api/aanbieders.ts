// Handlers of the aanbieders: a plain restorable list (api/lijst-entiteit.ts).
import { aanbiederMetNaam, aanbiedersTabel, lijstAanbieders } from '../db/aanbieders-repo';
import { afsprakenPerSchooljaar } from '../db/afspraken-repo';
import { lijstHandlers } from './lijst-entiteit';
import { indicatorenVanScope } from '../db/indicatoren-repo';
import { subsidieJarenVan } from '../db/subsidies-repo';
import { Controle, inGebruik, schooljarenTekst, telwoord, verdelingTekst } from './registratie-hulp';
import { verdelingenMet } from '../db/verdelingen-repo';

export const aanbiedersHandlers = lijstHandlers('aanbieders', {
  entiteit: 'aanbieder',
  onderwerp: (id) => `De aanbieder met nummer ${id}`,
  tabel: aanbiedersTabel,
  lijst: lijstAanbieders,
  // Name and short name both identify an aanbieder in the afspraken sheet, so neither may clash.
  controleer: (db, a, id) => {
    const c = new Controle();
    const metNaam = aanbiederMetNaam(db, a.naam, id);
    if (metNaam)
      c.bestaatAl(
        'naam',
        `Naam: er is al een aanbieder ${metNaam.naam}${metNaam.naam.toLowerCase() !== a.naam.toLowerCase() ? ` (korte naam ${metNaam.korteNaam})` : ''}.`,
      );
    const metKort = a.korteNaam ? aanbiederMetNaam(db, a.korteNaam, id) : null;
    if (metKort) c.bestaatAl('korteNaam', `Korte naam ${a.korteNaam} wordt al gebruikt door ${metKort.naam}.`);
    c.klaar();
  },
  weigerVerwijderen: (db, oud) => {
    const jaren = afsprakenPerSchooljaar(db, 'aanbieder_id', oud.id);
    if (jaren.length) {
      const n = jaren.reduce((s, j) => s + j.n, 0);
      inGebruik(
        `De aanbieder ${oud.naam} heeft nog ${telwoord(n, 'afspraak', 'afspraken')} (${schooljarenTekst(jaren.map((j) => j.schooljaar))}). Verwijder of verplaats die eerst.`,
      );
    }
    // A subsidie is a decision on record (issue 17): it keeps its aanbieder.
    const subsidieJaren = subsidieJarenVan(db, oud.id);
    if (subsidieJaren.length)
      inGebruik(`De aanbieder ${oud.naam} heeft subsidies (${subsidieJaren.join(', ')}); een aanbieder met een subsidie kan niet worden verwijderd.`);
    // Monitor figures (issue 18) are evidence for the council: never deleted along with an aanbieder.
    const monitor = db
      .prepare('SELECT DISTINCT schooljaar FROM ondersteuningsvragen WHERE aanbieder_id = ? ORDER BY schooljaar')
      .pluck()
      .all(oud.id) as number[];
    if (monitor.length) inGebruik(`De aanbieder ${oud.naam} heeft nog monitorcijfers (${schooljarenTekst(monitor)}). Verwijder die eerst.`);
    const indicatoren = indicatorenVanScope(db, 'aanbieder', oud.id);
    if (indicatoren) inGebruik(`De aanbieder ${oud.naam} heeft nog ${indicatoren}. Verwijder die eerst of zet ze op een ander niveau (pagina Monitor).`);
    const verdelingen = verdelingenMet(db, 'aanbieder', oud.id);
    if (verdelingen.length) inGebruik(`De aanbieder ${oud.naam} hoort bij ${verdelingTekst(verdelingen)}. Kies daar eerst een andere aanbieder.`);
  },
});
