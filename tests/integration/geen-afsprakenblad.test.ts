// A report of Schoolinzet read as an afsprakenblad (issue #15 item 13): one clear message, "dit is
// geen afsprakenblad", instead of a list of 19 column errors. Every report of the demo is tried.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { invoke } from '../../electron/api/registry';
import { leesAfsprakenBlad } from '../../electron/import/afspraken';
import { ImportFout } from '../../electron/import/fout';
import { schrijfRapport } from '../../electron/reports/rapporten';
import { testOmgeving, tmpDbPad } from '../helpers/db';

describe('a report read as an afsprakenblad', () => {
  it('is refused with one message that says it is no afsprakenblad, for every report of the demo', async () => {
    const pad = tmpDbPad('demo.db');
    const { omgeving, sessie, db } = await testOmgeving(pad);
    await laadVoorbeeldZwolle(invoke, omgeving);
    const aanbiederId = db.prepare('SELECT id FROM aanbieders ORDER BY id LIMIT 1').pluck().get() as number;
    const soorten = ['financieel', 'bloz', 'aanbieders', 'subsidies', 'monitor'] as const;
    for (const soort of soorten) {
      const bestand = path.join(path.dirname(pad), `${soort}.xlsx`);
      await schrijfRapport(db, pad, bestand, { soort, schooljaar: 2017, begrotingsjaar: 2017, aanbiederId });
      const fout = await leesAfsprakenBlad(fs.readFileSync(bestand)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(fout, soort).toBeInstanceOf(ImportFout);
      const meldingen = (fout as ImportFout).meldingen;
      expect(meldingen[0].melding, soort).toMatch(/^Dit is geen afsprakenblad: /);
      expect(meldingen.length, soort).toBeLessThanOrEqual(2);
    }
    sessie.close();
  }, 120_000);
});
