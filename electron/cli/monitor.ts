// `schoolinzet monitor --schooljaar 2017-2018 [--json]`: the share of ondersteuningsvragen handled
// within school (rule 12) for the gemeente, per school and per wijk, against the norm range.
import { formatPercentage } from '../domain/geld';
import { NORM_STATUS_LABEL, type MonitorGroep } from '../domain/monitor';
import type { Commando } from './commando';
import { leesSchooljaar, schooljaarLabel } from './periode';
import { tabel } from './uitvoer';

const aantal = (n: number) => n.toLocaleString('nl-NL');
const procent = (g: MonitorGroep) => (g.percentageBinnenSchool === null ? '-' : formatPercentage(g.percentageBinnenSchool));
const status = (g: MonitorGroep) => (g.status === null ? 'geen vragen' : NORM_STATUS_LABEL[g.status]);

export const monitorCommando: Commando = {
  naam: 'monitor',
  gebruik: 'monitor --schooljaar JJJJ-JJJJ [--db BESTAND] [--json]',
  omschrijving: [
    'Ondersteuningsvragen van een schooljaar: hoeveel binnen school zijn opgevangen en hoeveel zijn verwezen naar jeugdhulp',
    'of via het wijkteam, voor de gemeente, per school en per wijk, vergeleken met de norm (standaard 60-70 %).',
    '% binnen school = binnen school opgevangen / ondersteuningsvragen × 100, half naar boven afgerond op één decimaal.',
    'In --json is percentageBinnenSchool een getal met één decimaal, of null zonder ondersteuningsvragen.',
  ].join('\n'),
  opties: { schooljaar: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, { api, uitvoer }) {
    const schooljaar = leesSchooljaar(values.schooljaar) as number;
    const m = await api('monitor.overzicht', { schooljaar });
    const t = m.totaal;
    if (values.json) {
      const kern = (g: MonitorGroep) => ({ vragen: g.vragen, binnenSchool: g.binnenSchool, percentageBinnenSchool: g.percentageBinnenSchool });
      uitvoer.out(
        JSON.stringify(
          {
            vragen: t.vragen,
            binnenSchool: t.binnenSchool,
            verwezenJeugdhulp: t.verwezenJeugdhulp,
            verwezenWijkteam: t.verwezenWijkteam,
            percentageBinnenSchool: t.percentageBinnenSchool,
            norm: { van: m.norm.van, tot: m.norm.tot },
            perSchool: m.perSchool.map((s) => ({ vestigingscode: s.vestigingscode, naam: s.naam, ...kern(s) })),
            perWijk: m.perWijk.map((w) => ({ wijk: w.wijk, ...kern(w) })),
          },
          null,
          2,
        ),
      );
      return;
    }
    const norm = `${formatPercentage(m.norm.van)}-${formatPercentage(m.norm.tot)}`;
    uitvoer.out(`Ondersteuningsvragen schooljaar ${schooljaarLabel(schooljaar)} (norm binnen school: ${norm})`);
    if (t.vragen === 0) {
      uitvoer.out('Er zijn voor dit schooljaar geen ondersteuningsvragen ingevoerd.');
      return;
    }
    uitvoer.out(
      `Gemeente: ${aantal(t.vragen)} vragen, ${aantal(t.binnenSchool)} binnen school (${procent(t)}, ${status(t)}), ` +
        `${aantal(t.verwezenJeugdhulp)} verwezen naar jeugdhulp, ${aantal(t.verwezenWijkteam)} verwezen via wijkteam.`,
    );
    uitvoer.out('');
    const koppen = ['Vragen', 'Binnen school', '% binnen school', 'Norm'];
    const cijfers = (g: MonitorGroep) => [aantal(g.vragen), aantal(g.binnenSchool), procent(g), status(g)];
    uitvoer.out(
      tabel(
        ['Vestiging', 'School', ...koppen],
        m.perSchool.map((s) => [s.vestigingscode, s.naam, ...cijfers(s)]),
        [2, 3, 4],
      ),
    );
    uitvoer.out('');
    uitvoer.out(
      tabel(
        ['Wijk', ...koppen],
        m.perWijk.map((w) => [w.wijk, ...cijfers(w)]),
        [1, 2, 3],
      ),
    );
  },
};
