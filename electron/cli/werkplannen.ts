// `schoolinzet werkplannen`: per school with afspraken in a schooljaar, the status of its werkplan
// in words and the dates and names behind it (issue 13 item 7).
import { werkplanStatus } from '../domain/werkplan';
import type { Commando } from './commando';
import { leesSchooljaar } from './periode';
import { tabel } from './uitvoer';

const datum = (iso: string | null) => (iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '–');

export const werkplannenCommando: Commando = {
  naam: 'werkplannen',
  gebruik: 'werkplannen --schooljaar JJJJ-JJJJ [--db BESTAND] [--json]',
  omschrijving: [
    'Het werkplan per school in een schooljaar: nog niet ingediend, ingediend, goedgekeurd door school, goedgekeurd door school en wijkteam.',
    'Alle scholen met een afspraak in het schooljaar staan erin, ook zonder werkplan. In --json zijn datums jjjj-mm-dd.',
  ].join('\n'),
  opties: { schooljaar: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, { api, uitvoer }) {
    const schooljaar = leesSchooljaar(values.schooljaar) as number;
    const [lijst, werkplannen] = await Promise.all([api('afspraken.lijst', { schooljaar, limiet: 100_000 }), api('werkplannen.lijst', { schooljaar })]);
    const perSchool = new Map(werkplannen.map((w) => [w.schoolId, w]));
    const scholen = new Map<number, { vestigingscode: string; naam: string }>();
    for (const a of lijst.rijen) scholen.set(a.schoolId, { vestigingscode: a.vestigingscode, naam: a.schoolNaam });
    const rijen = [...scholen.entries()]
      .sort(([, a], [, b]) => a.naam.localeCompare(b.naam, 'nl') || a.vestigingscode.localeCompare(b.vestigingscode))
      .map(([id, s]) => {
        const w = perSchool.get(id);
        return {
          ...s,
          status: werkplanStatus(w),
          ingediendOp: w?.ingediendOp ?? null,
          goedgekeurdSchoolOp: w?.goedgekeurdSchoolOp ?? null,
          goedgekeurdSchoolDoor: w?.goedgekeurdSchoolDoor ?? null,
          goedgekeurdWijkteamOp: w?.goedgekeurdWijkteamOp ?? null,
          goedgekeurdWijkteamDoor: w?.goedgekeurdWijkteamDoor ?? null,
        };
      });
    if (values.json) {
      uitvoer.out(JSON.stringify({ schooljaar, scholen: rijen }, null, 2));
      return;
    }
    uitvoer.out(`Werkplannen schooljaar ${schooljaar}-${schooljaar + 1}`);
    uitvoer.out('');
    uitvoer.out(
      tabel(
        ['Vestiging', 'School', 'Werkplan', 'Ingediend', 'School', 'Wijkteam'],
        rijen.map((r) => [r.vestigingscode, r.naam, r.status, datum(r.ingediendOp), datum(r.goedgekeurdSchoolOp), datum(r.goedgekeurdWijkteamOp)]),
      ),
    );
    if (rijen.length === 0) uitvoer.out(`Er zijn geen afspraken in schooljaar ${schooljaar}-${schooljaar + 1}.`);
  },
};
