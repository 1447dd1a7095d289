// The section "Aanvullende inzet" of an afspraak (issue 16 item 7): its records with period, hours
// or amount, reden, financing, besluit, verantwoording and cost (docs/regels.md#regel-18), and a
// form to add or change one. Delete asks first and can be undone.
import { useState } from 'react';
import { z } from 'zod';
import { aanvullendeInzetInvoer } from '../../../../electron/domain/aanvullende-inzet';
import { AANGEVRAAGD_DOOR, AANVULLEND_BRON_LABEL, type Afspraak } from '../../../../electron/domain/types';
import { formatEuro, formatPercentage, formatUren } from '../../../../electron/domain/geld';
import { schooljaarPeriode } from '../../../../electron/domain/schooljaar';
import type { AanvullendeInzetRij } from '../../../../electron/api/typen/aanvullende-inzet';
import { ActiesKop, FormulierDialoog, RijActies, SchrijfKnop } from '../../components/Formulier';
import { Geschiedenis } from '../../components/Geschiedenis';
import { Melding } from '../../components/PaginaKop';
import { DatumVeld, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { datumNaarTekst } from '../../../../electron/domain/validatie';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { useApiFormulier, useVerwijderen } from '../../hooks/apiFormulier';
import { centsNaarTekst, centsUitTekst, getalNaarTekst, getalUitTekst } from '../../hooks/formulier';

const datumNl = (iso: string | null) => datumNaarTekst(iso);
const AANGEVRAAGD_LABEL: Record<(typeof AANGEVRAAGD_DOOR)[number], string> = { school: 'de school', aanbieder: 'de aanbieder', gemeente: 'de gemeente' };

/** Hours per week, or the amount for the period. */
function omvang(r: Pick<AanvullendeInzetRij, 'urenPerWeek' | 'bedragCents'>): string {
  return r.urenPerWeek !== null ? `${formatUren(r.urenPerWeek)} uur per week` : `${formatEuro(r.bedragCents ?? 0, { cents: true })} voor de periode`;
}

function financiering(r: AanvullendeInzetRij): string {
  const delen = [
    r.aandeelGemeente ? `gemeente ${formatPercentage(r.aandeelGemeente)}` : null,
    r.aandeelOnderwijs ? `onderwijs ${formatPercentage(r.aandeelOnderwijs)}` : null,
    r.aandeelOverig ? `${r.overigeFinancier ?? 'overig'} ${formatPercentage(r.aandeelOverig)}` : null,
  ].filter(Boolean);
  return delen.join(', ');
}

function verantwoordingTekst(r: AanvullendeInzetRij): string {
  if (r.verantwoordingOntvangen) return `ontvangen ${datumNl(r.verantwoordingOntvangen)}`;
  if (r.verantwoordingUiterlijk) return `uiterlijk ${datumNl(r.verantwoordingUiterlijk)}`;
  return '–';
}

export function AanvullendeInzetSectie({ afspraak, startMaand }: { afspraak: Afspraak; startMaand: number }) {
  const lijst = useLezen('aanvullendeInzet.lijst', { afspraakId: afspraak.id });
  const { verwijder, fout } = useVerwijderen();
  const [formulier, setFormulier] = useState<{ record: AanvullendeInzetRij | null } | null>(null);
  const rijen = lijst.data ?? [];
  const totaal = rijen.reduce((s, r) => s + r.kosten.totaal, 0);
  return (
    <section className="aanvullende-inzet" aria-labelledby="aanvullende-inzet-kop">
      <div className="sectie__kop">
        <h3 id="aanvullende-inzet-kop" className="utrecht-heading-3">
          Aanvullende inzet
        </h3>
        <SchrijfKnop onClick={() => setFormulier({ record: null })}>Aanvullende inzet toevoegen</SchrijfKnop>
      </div>
      <p className="utrecht-paragraph zacht">
        Extra uren of een bedrag bovenop de basisinzet, bij uitzondering: met een reden, doelen, een eigen periode en financiering, een besluit en een
        verantwoording. De kosten tellen mee in alle totalen (regel 18).
      </p>
      {fout && <Melding soort="error">{fout}</Melding>}
      {lijst.error && <Melding soort="error">{lijst.error.message}</Melding>}
      {rijen.length === 0 ? (
        <p className="utrecht-paragraph">Geen aanvullende inzet.</p>
      ) : (
        <div className="tabel-scroll">
          <table className="kleine-tabel">
            <caption className="visueel-verborgen">Aanvullende inzet van deze afspraak</caption>
            <thead>
              <tr>
                <th scope="col">Periode</th>
                <th scope="col">Omvang</th>
                <th scope="col">Reden</th>
                <th scope="col">Financiering</th>
                <th scope="col">Besluit en verantwoording</th>
                <th scope="col" className="rechts">
                  Kosten
                </th>
                <ActiesKop />
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.id}>
                  <td className="periode">
                    {datumNl(r.startdatum)}
                    <br />
                    t/m {datumNl(r.einddatum)}
                  </td>
                  <td>{omvang(r)}</td>
                  <td className="tekst-afbreken">{r.reden}</td>
                  <td>{financiering(r)}</td>
                  <td>
                    Besluit: {r.besluitDatum ? `${datumNl(r.besluitDatum)}${r.besluitDoor ? `, ${r.besluitDoor}` : ''}` : 'nog geen'}
                    <br />
                    Verantwoording: {verantwoordingTekst(r)}
                  </td>
                  <td className="rechts">{formatEuro(r.kosten.totaal)}</td>
                  <RijActies
                    wat={`Aanvullende inzet ${datumNl(r.startdatum)}`}
                    onWijzig={() => setFormulier({ record: r })}
                    onVerwijder={() =>
                      void verwijder({
                        gebied: 'aanvullendeInzet',
                        invoer: { id: r.id },
                        titel: 'Aanvullende inzet verwijderen',
                        tekst: `De aanvullende inzet van ${datumNl(r.startdatum)} t/m ${datumNl(r.einddatum)} (${omvang(r)}) wordt verwijderd.`,
                        melding: () => 'Aanvullende inzet verwijderd.',
                      })
                    }
                  />
                </tr>
              ))}
            </tbody>
            {rijen.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    Totaal in het schooljaar
                  </th>
                  <td className="rechts">{formatEuro(totaal)}</td>
                  <td />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {formulier && <AanvullendeInzetFormulier afspraak={afspraak} record={formulier.record} startMaand={startMaand} onSluit={() => setFormulier(null)} />}
    </section>
  );
}

interface Waarden {
  soort: 'uren' | 'bedrag';
  urenPerWeek: string;
  bedragCents: string;
  startdatum: string;
  einddatum: string;
  reden: string;
  doelen: string;
  aandeelGemeente: string;
  aandeelOnderwijs: string;
  aandeelOverig: string;
  overigeFinancier: string;
  aangevraagdDoor: string;
  besluitDatum: string;
  besluitDoor: string;
  verantwoordingUiterlijk: string;
  verantwoordingOntvangen: string;
  verantwoording: string;
}

const VELDEN = [
  'urenPerWeek',
  'bedragCents',
  'startdatum',
  'einddatum',
  'reden',
  'doelen',
  'aandeelGemeente',
  'aandeelOnderwijs',
  'aandeelOverig',
  'overigeFinancier',
  'aangevraagdDoor',
  'besluitDatum',
  'besluitDoor',
  'verantwoordingUiterlijk',
  'verantwoordingOntvangen',
  'verantwoording',
] as const;

const leeg = (t: string) => (t.trim() === '' ? null : t);

function schemaVoor(afspraakId: number, bron: Pick<AanvullendeInzetRij, 'bron' | 'bronId' | 'bronTekst'> | null) {
  return z.preprocess((v) => {
    const f = v as Waarden;
    return {
      afspraakId,
      urenPerWeek: f.soort === 'uren' ? (getalUitTekst(f.urenPerWeek) ?? null) : null,
      bedragCents: f.soort === 'bedrag' ? (centsUitTekst(f.bedragCents) ?? null) : null,
      startdatum: f.startdatum,
      einddatum: f.einddatum,
      reden: f.reden,
      doelen: leeg(f.doelen),
      aandeelGemeente: getalUitTekst(f.aandeelGemeente),
      aandeelOnderwijs: getalUitTekst(f.aandeelOnderwijs),
      aandeelOverig: getalUitTekst(f.aandeelOverig) ?? 0,
      overigeFinancier: leeg(f.overigeFinancier),
      aangevraagdDoor: leeg(f.aangevraagdDoor),
      besluitDatum: leeg(f.besluitDatum),
      besluitDoor: leeg(f.besluitDoor),
      verantwoordingUiterlijk: leeg(f.verantwoordingUiterlijk),
      verantwoordingOntvangen: leeg(f.verantwoordingOntvangen),
      verantwoording: leeg(f.verantwoording),
      // Where it came from stays as it was (a verdeling, the sheet); a new one is typed.
      bron: bron?.bron ?? 'getypt',
      bronId: bron?.bronId ?? null,
      bronTekst: bron?.bronTekst ?? null,
    };
  }, aanvullendeInzetInvoer);
}

function AanvullendeInzetFormulier({
  afspraak,
  record,
  startMaand,
  onSluit,
}: {
  afspraak: Afspraak;
  record: AanvullendeInzetRij | null;
  startMaand: number;
  onSluit(): void;
}) {
  const maak = useWijziging('aanvullendeInzet.maak');
  const wijzig = useWijziging('aanvullendeInzet.wijzig');
  const periode = schooljaarPeriode(afspraak.schooljaar, startMaand);
  const schema = schemaVoor(afspraak.id, record);
  const api = useApiFormulier<Waarden, typeof schema>({
    schema,
    beginWaarden: {
      soort: record?.bedragCents != null ? 'bedrag' : 'uren',
      urenPerWeek: getalNaarTekst(record?.urenPerWeek ?? null),
      bedragCents: centsNaarTekst(record?.bedragCents ?? null),
      startdatum: datumNaarTekst(record?.startdatum ?? afspraak.startdatum ?? periode.start),
      einddatum: datumNaarTekst(record?.einddatum ?? afspraak.einddatum ?? periode.eind),
      reden: record?.reden ?? '',
      doelen: record?.doelen ?? '',
      // A new record starts with the afspraak's financing; cofinancing is typed here.
      aandeelGemeente: getalNaarTekst(record?.aandeelGemeente ?? afspraak.aandeelGemeente),
      aandeelOnderwijs: getalNaarTekst(record?.aandeelOnderwijs ?? afspraak.aandeelOnderwijs),
      aandeelOverig: getalNaarTekst((record?.aandeelOverig ?? afspraak.aandeelOverig) || null),
      overigeFinancier: record?.overigeFinancier ?? afspraak.overigeFinancier ?? '',
      aangevraagdDoor: record?.aangevraagdDoor ?? '',
      besluitDatum: datumNaarTekst(record?.besluitDatum),
      besluitDoor: record?.besluitDoor ?? '',
      verantwoordingUiterlijk: datumNaarTekst(record?.verantwoordingUiterlijk),
      verantwoordingOntvangen: datumNaarTekst(record?.verantwoordingOntvangen),
      verantwoording: record?.verantwoording ?? '',
    },
    velden: VELDEN,
    opslaan: async (data) => {
      if (record) await wijzig.mutateAsync({ id: record.id, ...data });
      else await maak.mutateAsync(data);
      return record ? 'Aanvullende inzet opgeslagen.' : 'Aanvullende inzet toegevoegd.';
    },
    zetTerug: record ? (d) => wijzig.mutateAsync({ id: record.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { register, watch } = api.form;
  const { f } = api;
  const soort = watch('soort');
  return (
    <FormulierDialoog
      id="aanvullende-inzet-formulier"
      breed
      titel={record ? 'Aanvullende inzet wijzigen' : 'Aanvullende inzet toevoegen'}
      api={api}
      onSluit={onSluit}
    >
      {record && record.bron !== 'getypt' && (
        <p className="utrecht-paragraph zacht">
          Bron: {AANVULLEND_BRON_LABEL[record.bron]}
          {record.bronTekst ? ` (${record.bronTekst})` : ''}.
        </p>
      )}
      <Tekstvak label="Reden" verplicht hint="Waarom is de basisinzet niet genoeg?" fout={f.reden} {...register('reden')} />
      <Tekstvak label="Doelen" hint="Wat moet de inzet opleveren, en hoe ziet u dat?" fout={f.doelen} {...register('doelen')} />
      <fieldset>
        <legend>Omvang en periode</legend>
        <div className="formulier__rij">
          <Keuze
            label="Soort"
            opties={[
              { waarde: 'uren', label: 'Uren per week' },
              { waarde: 'bedrag', label: 'Vast bedrag voor de periode' },
            ]}
            {...register('soort')}
          />
          {soort === 'bedrag' ? (
            <Invoer
              label="Bedrag"
              verplicht
              inputMode="decimal"
              voorvoegsel="€"
              hint="Voor de hele periode"
              fout={f.bedragCents}
              {...register('bedragCents')}
            />
          ) : (
            <Invoer label="Uren per week" verplicht inputMode="decimal" achtervoegsel="uur" fout={f.urenPerWeek} {...register('urenPerWeek')} />
          )}
          <DatumVeld
            label="Startdatum"
            verplicht
            hint={`Binnen het schooljaar: ${datumNl(periode.start)} t/m ${datumNl(periode.eind)}.`}
            fout={f.startdatum}
            {...register('startdatum')}
          />
          <DatumVeld label="Einddatum" verplicht fout={f.einddatum} {...register('einddatum')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Wie betaalt</legend>
        <div className="formulier__rij">
          <Invoer label="Aandeel gemeente" verplicht inputMode="decimal" achtervoegsel="%" fout={f.aandeelGemeente} {...register('aandeelGemeente')} />
          <Invoer label="Aandeel onderwijs" verplicht inputMode="decimal" achtervoegsel="%" fout={f.aandeelOnderwijs} {...register('aandeelOnderwijs')} />
          <Invoer label="Aandeel overig" inputMode="decimal" achtervoegsel="%" fout={f.aandeelOverig} {...register('aandeelOverig')} />
          <Invoer label="Overige financier" hint="Bijvoorbeeld het samenwerkingsverband" fout={f.overigeFinancier} {...register('overigeFinancier')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Aanvraag en besluit</legend>
        <div className="formulier__rij">
          <Keuze
            label="Aangevraagd door"
            leegLabel="Onbekend"
            opties={AANGEVRAAGD_DOOR.map((d) => ({ waarde: d, label: AANGEVRAAGD_LABEL[d] }))}
            fout={f.aangevraagdDoor}
            {...register('aangevraagdDoor')}
          />
          <DatumVeld label="Besluit op" fout={f.besluitDatum} {...register('besluitDatum')} />
          <Invoer label="Besluit door" fout={f.besluitDoor} {...register('besluitDoor')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Verantwoording</legend>
        <div className="formulier__rij">
          <DatumVeld label="Verantwoording uiterlijk" fout={f.verantwoordingUiterlijk} {...register('verantwoordingUiterlijk')} />
          <DatumVeld label="Verantwoording ontvangen" fout={f.verantwoordingOntvangen} {...register('verantwoordingOntvangen')} />
        </div>
        <Tekstvak label="Verantwoording" hint="Wat is bereikt?" fout={f.verantwoording} {...register('verantwoording')} />
      </fieldset>
      {record && <Geschiedenis entiteit="aanvullendeInzet" entiteitId={record.id} kopNiveau={3} kaal />}
    </FormulierDialoog>
  );
}
