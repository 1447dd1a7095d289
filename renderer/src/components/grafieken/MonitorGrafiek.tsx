// % binnen school per wijk or per school against the norm band (issue 18, rule 12). The band is
// a shaded area between the norm's ends; every bar's status is also in words in the table
// alternative, so nothing depends on colour alone.
import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { NORM_STATUS_LABEL, type MonitorGroep, type Norm } from '../../../../electron/domain/monitor';
import { GrafiekKader } from './GrafiekKader';
import { GROOTTE, KLEUR, procentTekst } from './kleuren';

export interface MonitorPunt extends MonitorGroep {
  naam: string;
}

const TICK = { fontSize: 12 };
const NORM_KLEUR = '#4a9a6a';

export function MonitorGrafiek({
  titel,
  label,
  punten,
  norm,
  breedte = GROOTTE.breedte,
}: {
  titel: string;
  label: string;
  punten: MonitorPunt[];
  norm: Norm;
  breedte?: number;
}) {
  const metVragen = punten.filter((p) => p.percentageBinnenSchool !== null);
  // Horizontal bars: school names are long and there may be many.
  const hoogte = Math.max(200, 90 + metVragen.length * 30);
  return (
    <GrafiekKader
      titel={titel}
      toelichting={`Aandeel ondersteuningsvragen dat binnen de school is opgevangen. De groene band is de norm van ${procentTekst(norm.van)} tot ${procentTekst(norm.tot)}.`}
      leeg={metVragen.length === 0 ? 'Voor dit schooljaar zijn geen ondersteuningsvragen ingevoerd.' : null}
      tabel={{
        koppen: [label, 'Ondersteuningsvragen', 'Binnen school', '% binnen school', 'Norm'],
        rijen: punten.map((p) => [
          p.naam,
          p.vragen.toLocaleString('nl-NL'),
          p.binnenSchool.toLocaleString('nl-NL'),
          procentTekst(p.percentageBinnenSchool),
          p.status ? NORM_STATUS_LABEL[p.status] : 'geen vragen',
        ]),
      }}
    >
      <BarChart
        accessibilityLayer={false}
        width={breedte}
        height={hoogte}
        data={metVragen}
        layout="vertical"
        margin={{ top: 10, right: 30, bottom: 24, left: 10 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <ReferenceArea x1={norm.van} x2={norm.tot} fill={NORM_KLEUR} fillOpacity={0.18} stroke={NORM_KLEUR} strokeOpacity={0.6} ifOverflow="extendDomain" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]}
          tick={TICK}
          tickFormatter={(v: number) => `${v}%`}
          label={{ value: '% binnen school', position: 'insideBottom', offset: -14 }}
        />
        <YAxis type="category" dataKey="naam" width={170} tick={TICK} />
        <Tooltip formatter={(v) => procentTekst(Number(v))} />
        <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 10 }} />
        <Bar dataKey="percentageBinnenSchool" name="% binnen school" fill={KLEUR.gemeente} isAnimationActive={false} />
      </BarChart>
    </GrafiekKader>
  );
}
