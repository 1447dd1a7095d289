// The charts of the Rapportages page and the Dashboard. Data come from the grafiek.* API
// methods (engine results shaped in electron/domain/grafieken.ts); amounts are cents.
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DekkingGrafiekResultaat } from '../../../../electron/api/typen/rapportages';
import type { DekkingJaarPunt, KostenJaarPunt, TrendGrafiek as TrendData, VerdelingPunt } from '../../../../electron/domain/grafieken';
import { GrafiekKader } from './GrafiekKader';
import { euroAs, euroTekst, GROOTTE, KLEUR, procentTekst, REEKS } from './kleuren';
import { asBreedte, grootsteWaarde, mooieSchaal } from './schaal';

const euroFormatter = (v: unknown) => euroTekst(Number(v));
const procentFormatter = (v: unknown) => procentTekst(Number(v));
const TICK = { fontSize: 12 };
/** Series in the order they are drawn (not alphabetical), with room below so the top tick label stays clear. */
const LEGENDA = { verticalAlign: 'top' as const, itemSorter: null, wrapperStyle: { paddingBottom: 10 } };
/** Line charts: the first and last schooljaar label stay clear of the axes. */
const RAND = { left: 40, right: 40 };

/**
 * Props of a value axis on a nice scale (1, 2, 2,5, 5 × 10ⁿ). Money axes step in whole euros. For
 * a vertical axis the width fits the widest tick label plus the rotated title beside it.
 */
function waardeAs(max: number, formatteer: (v: number) => string, { geld = false, verticaal = true } = {}) {
  const { domain, ticks } = mooieSchaal(max, 0, { minStap: geld ? 100 : 0 });
  const labels = ticks.map(formatteer);
  return {
    type: 'number' as const,
    domain,
    ticks,
    interval: 0 as const,
    allowDataOverflow: false,
    tick: TICK,
    tickFormatter: (v: number) => formatteer(Number(v)),
    ...(verticaal ? { width: asBreedte(labels) } : {}),
  };
}

/** The rotated title of a vertical axis, at its outer edge, centred on the axis (not on its top). */
const asTitel = (value: string) => ({ value, angle: -90, position: 'insideLeft' as const, offset: 4, style: { textAnchor: 'middle' as const } });

export function DekkingGrafiek({
  data,
  per = 'wijk',
  breedte = GROOTTE.breedte,
}: {
  data: DekkingGrafiekResultaat;
  per?: 'wijk' | 'sector';
  breedte?: number;
}) {
  const punten = per === 'wijk' ? data.perWijk : data.perSector;
  const titel = `Dekking ${data.functie} per ${per}, schooljaar ${data.schooljaar}-${data.schooljaar + 1}`;
  return (
    <GrafiekKader
      titel={titel}
      toelichting={`${data.totaal.scholenGedekt} van ${data.totaal.scholen} scholen (${procentTekst(data.totaal.procentScholen)}) en ${procentTekst(data.totaal.procentLeerlingen)} van de leerlingen hebben ${data.functie}.${data.toelichting ? ` ${data.toelichting}` : ''}`}
      leeg={punten.length === 0 ? `Geen scholen met ${data.functie} in dit schooljaar.` : null}
      tabel={{
        koppen: [per === 'wijk' ? 'Wijk' : 'Sector', 'Scholen', 'Scholen gedekt', 'Aandeel scholen', 'Leerlingen', 'Leerlingen gedekt', 'Aandeel leerlingen'],
        rijen: punten.map((p) => [
          p.naam,
          p.scholen,
          p.scholenGedekt,
          procentTekst(p.procentScholen),
          p.leerlingen.toLocaleString('nl-NL'),
          p.leerlingenGedekt.toLocaleString('nl-NL'),
          procentTekst(p.procentLeerlingen),
        ]),
      }}
    >
      <BarChart accessibilityLayer={false} width={breedte} height={GROOTTE.hoogte} data={punten} margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="naam" label={{ value: per === 'wijk' ? 'Wijk' : 'Sector', position: 'insideBottom', offset: -20 }} />
        <YAxis {...waardeAs(100, (v) => `${v}%`)} label={asTitel('Aandeel gedekt')} />
        <Tooltip formatter={procentFormatter} />
        <Legend {...LEGENDA} />
        <Bar dataKey="procentScholen" name="Scholen" fill={KLEUR.scholen} isAnimationActive={false} />
        <Bar dataKey="procentLeerlingen" name="Leerlingen" fill={KLEUR.leerlingen} isAnimationActive={false} />
      </BarChart>
    </GrafiekKader>
  );
}

/**
 * Rule 13: a begrotingsjaar that takes months from an empty or much smaller schooljaar is marked
 * (an asterisk at the year, its bars pale, the reason below the chart) instead of drawn as a real drop.
 */
function onvolledigeJaren(data: readonly { jaar: number; onvolledig?: string[] }[]) {
  const jaren = new Set(data.filter((p) => (p.onvolledig?.length ?? 0) > 0).map((p) => p.jaar));
  const uitleg = data
    .filter((p) => jaren.has(p.jaar))
    .map((p) => `* ${p.jaar} is onvolledig: ${p.onvolledig!.join(' ')}`)
    .join(' ');
  return {
    jaren,
    uitleg: jaren.size === 0 ? '' : ` ${uitleg} Die jaren zijn licht getekend: geen echte daling.`,
    tick: (j: unknown) => (jaren.has(Number(j)) ? `${j} *` : String(j)),
    cellen: (kleur: string) =>
      data.map((p) => (
        <Cell
          key={p.jaar}
          fill={kleur}
          fillOpacity={jaren.has(p.jaar) ? 0.35 : 1}
          stroke={jaren.has(p.jaar) ? kleur : undefined}
          strokeDasharray={jaren.has(p.jaar) ? '4 2' : undefined}
        />
      )),
    tabel: (jaar: number) => (jaren.has(jaar) ? `${jaar} (onvolledig)` : String(jaar)),
  };
}

export function KostenPerJaarGrafiek({ data, breedte = GROOTTE.breedte }: { data: KostenJaarPunt[]; breedte?: number }) {
  const o = onvolledigeJaren(data);
  return (
    <GrafiekKader
      titel="Kosten per begrotingsjaar"
      toelichting={`Gestapeld naar wie betaalt; afspraken in voorbereiding (concept, in overleg) staan er los naast en tellen niet mee.${o.uitleg}`}
      leeg={data.length === 0 ? 'Nog geen afspraken.' : null}
      tabel={{
        koppen: ['Begrotingsjaar', 'Gemeente', 'Onderwijs', 'Overig', 'Totaal', 'In voorbereiding'],
        rijen: data.map((p) => [
          o.tabel(p.jaar),
          euroTekst(p.gemeente),
          euroTekst(p.onderwijs),
          euroTekst(p.overig),
          euroTekst(p.totaal),
          euroTekst(p.inVoorbereiding),
        ]),
      }}
    >
      <BarChart accessibilityLayer={false} width={breedte} height={GROOTTE.hoogte} data={data} margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="jaar" tickFormatter={o.tick} label={{ value: 'Begrotingsjaar', position: 'insideBottom', offset: -20 }} />
        <YAxis
          {...waardeAs(grootsteWaarde(data, [(p) => p.gemeente + p.onderwijs + p.overig, (p) => p.inVoorbereiding]), euroAs, { geld: true })}
          label={asTitel('Kosten')}
        />
        <Tooltip formatter={euroFormatter} />
        <Legend {...LEGENDA} />
        <Bar dataKey="gemeente" name="Gemeente" stackId="k" fill={KLEUR.gemeente} isAnimationActive={false}>
          {o.cellen(KLEUR.gemeente)}
        </Bar>
        <Bar dataKey="onderwijs" name="Onderwijs" stackId="k" fill={KLEUR.onderwijs} isAnimationActive={false}>
          {o.cellen(KLEUR.onderwijs)}
        </Bar>
        <Bar dataKey="overig" name="Overig" stackId="k" fill={KLEUR.overig} isAnimationActive={false}>
          {o.cellen(KLEUR.overig)}
        </Bar>
        <Bar dataKey="inVoorbereiding" name="In voorbereiding (apart)" fill={KLEUR.voorbereiding} isAnimationActive={false} />
      </BarChart>
    </GrafiekKader>
  );
}

export function VerdelingGrafiek({ titel, data, label, breedte = GROOTTE.breedte }: { titel: string; data: VerdelingPunt[]; label: string; breedte?: number }) {
  const hoogte = Math.max(160, 60 + data.length * 36);
  return (
    <GrafiekKader
      titel={titel}
      leeg={data.length === 0 ? 'Geen kosten in dit begrotingsjaar.' : null}
      tabel={{
        koppen: [label, 'Gemeente', 'Onderwijs', 'Overig', 'Totaal'],
        rijen: data.map((p) => [p.naam, euroTekst(p.gemeente), euroTekst(p.onderwijs), euroTekst(p.overig), euroTekst(p.totaal)]),
      }}
    >
      <BarChart accessibilityLayer={false} width={breedte} height={hoogte} data={data} layout="vertical" margin={{ top: 10, right: 30, bottom: 20, left: 20 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          {...waardeAs(grootsteWaarde(data, [(p) => p.gemeente + p.onderwijs + p.overig]), euroAs, { geld: true, verticaal: false })}
          label={{ value: 'Kosten', position: 'insideBottom', offset: -12 }}
        />
        <YAxis type="category" dataKey="naam" width={150} />
        <Tooltip formatter={euroFormatter} />
        <Legend {...LEGENDA} />
        <Bar dataKey="gemeente" name="Gemeente" stackId="k" fill={KLEUR.gemeente} isAnimationActive={false} />
        <Bar dataKey="onderwijs" name="Onderwijs" stackId="k" fill={KLEUR.onderwijs} isAnimationActive={false} />
        <Bar dataKey="overig" name="Overig" stackId="k" fill={KLEUR.overig} isAnimationActive={false} />
      </BarChart>
    </GrafiekKader>
  );
}

export function DekkingPerJaarGrafiek({ data, breedte = GROOTTE.breedte }: { data: DekkingJaarPunt[]; breedte?: number }) {
  const tekorten = data.filter((d) => d.tekort > 0);
  const o = onvolledigeJaren(data);
  return (
    <GrafiekKader
      titel="Kosten gemeente tegenover begrotingsposten"
      toelichting={`${tekorten.length === 0 ? 'In geen enkel jaar een tekort.' : `Tekort in ${tekorten.map((d) => `${d.jaar} (${euroTekst(d.tekort)})`).join(', ')}.`}${o.uitleg}`}
      leeg={data.length === 0 ? 'Nog geen kosten of begrotingsposten.' : null}
      tabel={{
        koppen: ['Begrotingsjaar', 'Kosten gemeente', 'Structureel', 'Incidenteel', 'Saldo', 'Tekort'],
        rijen: data.map((d) => [
          o.tabel(d.jaar),
          euroTekst(d.kostenGemeente),
          euroTekst(d.structureel),
          euroTekst(d.incidenteel),
          euroTekst(d.saldo),
          euroTekst(d.tekort),
        ]),
      }}
    >
      <BarChart accessibilityLayer={false} width={breedte} height={GROOTTE.hoogte} data={data} margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="jaar" tickFormatter={o.tick} label={{ value: 'Begrotingsjaar', position: 'insideBottom', offset: -20 }} />
        <YAxis
          {...waardeAs(grootsteWaarde(data, [(d) => d.kostenGemeente, (d) => d.structureel + d.incidenteel + d.tekort]), euroAs, { geld: true })}
          label={asTitel('Bedrag')}
        />
        <Tooltip formatter={euroFormatter} />
        <Legend {...LEGENDA} />
        <Bar dataKey="kostenGemeente" name="Kosten gemeente" fill={KLEUR.gemeente} isAnimationActive={false}>
          {o.cellen(KLEUR.gemeente)}
        </Bar>
        <Bar dataKey="structureel" name="Structureel budget" stackId="b" fill={KLEUR.budget} isAnimationActive={false} />
        <Bar dataKey="incidenteel" name="Incidenteel budget" stackId="b" fill={KLEUR.overig} isAnimationActive={false} />
        <Bar dataKey="tekort" name="Tekort" stackId="b" fill={KLEUR.tekort} isAnimationActive={false} />
      </BarChart>
    </GrafiekKader>
  );
}

export function TrendGrafiek({ data, maat, breedte = GROOTTE.breedte }: { data: TrendData; maat: 'uren' | 'kosten'; breedte?: number }) {
  // Rule 13: a schooljaar whose figures look lower than they are gets an asterisk and the reason below.
  const onvolledig = data.punten.filter((p) => (p.onvolledig?.length ?? 0) > 0);
  const rijen = data.punten.map((p) => ({
    label: (p.onvolledig?.length ?? 0) > 0 ? `${p.label} *` : p.label,
    ...Object.fromEntries(data.functies.map((f) => [f, (maat === 'uren' ? p.uren[f] : p.kosten[f]) ?? 0])),
  }));
  const formatteer = (v: number) => (maat === 'uren' ? `${v.toLocaleString('nl-NL')} uur` : euroTekst(v));
  return (
    <GrafiekKader
      titel={maat === 'uren' ? 'Uren per week per functie, per schooljaar' : 'Kosten per functie, per schooljaar'}
      toelichting={
        onvolledig.length > 0 ? `${onvolledig.map((p) => `* ${p.label} is onvolledig: ${p.onvolledig!.join(' ')}`).join(' ')} Geen echte daling.` : undefined
      }
      leeg={data.punten.length === 0 ? 'Nog geen afspraken.' : null}
      tabel={{
        koppen: ['Schooljaar', ...data.functies],
        rijen: rijen.map((r) => [r.label, ...data.functies.map((f) => formatteer(Number((r as Record<string, unknown>)[f])))]),
      }}
    >
      <LineChart accessibilityLayer={false} width={breedte} height={GROOTTE.hoogte} data={rijen} margin={{ top: 10, right: 30, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" padding={RAND} label={{ value: 'Schooljaar', position: 'insideBottom', offset: -20 }} />
        <YAxis
          {...waardeAs(
            grootsteWaarde(
              rijen,
              data.functies.map((f) => (r: Record<string, unknown>) => Number(r[f]) || 0),
            ),
            maat === 'uren' ? (v) => v.toLocaleString('nl-NL') : euroAs,
            { geld: maat === 'kosten' },
          )}
          label={asTitel(maat === 'uren' ? 'Uren per week' : 'Kosten')}
        />
        <Tooltip formatter={(v) => formatteer(Number(v))} />
        <Legend {...LEGENDA} />
        {data.functies.map((f, i) => (
          // Straight segments: a schooljaar is one figure, nothing lies between two of them.
          <Line key={f} type="linear" dataKey={f} name={f} stroke={REEKS[i % REEKS.length]} strokeWidth={2} isAnimationActive={false} />
        ))}
      </LineChart>
    </GrafiekKader>
  );
}
