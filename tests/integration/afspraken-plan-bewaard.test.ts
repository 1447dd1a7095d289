// The afsprakenblad's execution uses the preview's plan when nothing was written since (the
// 50.000-row sheet is then read and checked once, issue 14's bench), and reads and plans again
// after any write, also by another connection, so a change in between is never overwritten.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke, type Omgeving } from '../../electron/api/registry';
import { testOmgevingMetAanbieders, tmpDbPad } from '../helpers/db';
import { goedeRij, maakBlad, vulScholen } from '../helpers/afspraken-blad';

function metVoortgang(omgeving: Omgeving): { omgeving: Omgeving; taken: Set<string> } {
  const taken = new Set<string>();
  return { omgeving: Object.assign(Object.create(omgeving) as Omgeving, { voortgang: (taak: string) => void taken.add(taak) }), taken };
}

describe('afsprakenblad: het plan van het voorbeeld', () => {
  it('wordt uitgevoerd als er niets is veranderd, en opnieuw gemaakt na een wijziging door een ander', async () => {
    const pad = tmpDbPad('hoogeveen.db');
    const env = await testOmgevingMetAanbieders(pad);
    try {
      const scholen = vulScholen(env.db);
      const { omgeving, taken } = metVoortgang(env.omgeving);
      const blad = (uren: number) =>
        maakBlad(scholen.slice(0, 3).map((s) => goedeRij(s.code, { Aanbieder: 'Stichting Welzijnswerk', Functie: 'JMW', 'Basisuren per week': uren })));
      const inhoud = (await blad(4)).toString('base64');
      const v = await invoke('import.afsprakenVoorbeeldInhoud', { naam: 'hoogeveen.xlsx', inhoudBase64: inhoud }, omgeving);
      if (!v.ok) throw new Error(v.fout.melding);
      expect(v.data.nieuw).toBe(3);
      taken.clear();
      const u = await invoke('import.afsprakenUitvoeren', { id: v.data.id! }, omgeving);
      if (!u.ok) throw new Error(u.fout.melding);
      expect([...taken].some((t) => t.startsWith('Afspraken lezen'))).toBe(false); // not read and planned again
      expect(u.data.samenvatting).toBe('Afspraken uit hoogeveen.xlsx opgeslagen: 3 nieuw, 0 gewijzigd, 0 ongewijzigd.');

      // A colleague changes one of the afspraken between preview and execution: planned again,
      // so that row counts as changed by the sheet (the kept plan would call it unchanged).
      const v2 = await invoke('import.afsprakenVoorbeeldInhoud', { naam: 'hoogeveen.xlsx', inhoudBase64: inhoud }, omgeving);
      if (!v2.ok) throw new Error(v2.fout.melding);
      expect(v2.data.ongewijzigd).toBe(3);
      const ander = new Database(pad);
      try {
        ander.prepare('UPDATE afspraken SET basisuren = 6 WHERE id = (SELECT min(id) FROM afspraken)').run();
      } finally {
        ander.close();
      }
      taken.clear();
      const u2 = await invoke('import.afsprakenUitvoeren', { id: v2.data.id! }, omgeving);
      if (!u2.ok) throw new Error(u2.fout.melding);
      expect([...taken].some((t) => t.startsWith('Afspraken lezen'))).toBe(true);
      expect(u2.data.samenvatting).toBe('Afspraken uit hoogeveen.xlsx opgeslagen: 0 nieuw, 1 gewijzigd, 2 ongewijzigd.');
      expect(env.db.prepare('SELECT DISTINCT basisuren FROM afspraken').pluck().all()).toEqual([4]);
    } finally {
      env.sessie.close();
    }
  });
});
