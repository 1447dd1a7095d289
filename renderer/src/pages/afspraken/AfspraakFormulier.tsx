// Add or change one afspraak. The cost and the gemeente/onderwijs parts are computed live with the
// API's own engine; the form validates with the API's own zod schema (errors next to the fields,
// in Dutch, before anything is sent) and keeps every typed character when a save fails.
import { useMemo, useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { afspraakInvoerSchema, datumNaarTekst, parseDatumTekst } from '../../../../electron/domain/validatie';
import { STATUSSEN, STATUS_LABEL, type Afspraak, type AfspraakBasis, type Instellingen } from '../../../../electron/domain/types';
import { regelingBezwaren, regelingPeriodeTekst, regelingStandaard } from '../../../../electron/domain/regeling';
import { formatEuro, formatUren } from '../../../../electron/domain/geld';
import { Dialoog } from '../../components/Dialoog';
import { DatumVeld, FoutSamenvatting, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useLezen, useWijziging } from '../../hooks/useApi';
import type { Output } from '../../../../electron/api/contract';
import { centsNaarTekst, centsUitTekst, getalNaarTekst, getalUitTekst, toonApiFout } from '../../hooks/formulier';
import { schooljaarNaam } from '../../format';
import { afspraakKosten, geldendeWekenEnTarief, kostenContext, splitsingPerJaar } from './kosten';
import type { Tarief } from '../../../../electron/domain/tarieven';
import { heeftNulTarief } from '../../../../electron/domain/waarschuwingen';
import { AanbiederKiezer, SchoolKiezer } from './Kiezers';
import { useToast } from '../../components/Toast';
import { SchrijfKnop } from '../../components/Formulier';
import { useSluitNaVraag } from '../../hooks/sluitNaVraag';
import { AanvullendeInzetSectie } from './AanvullendeInzet';

/** What the form holds: exactly what the user typed. */
export interface AfspraakFormWaarden {
  schooljaar: string;
  schoolId: string;
  aanbiederId: string;
  functie: string;
  basisurenPerWeek: string;
  wekenPerJaar: string;
  uurtariefCents: string;
  vastBedragCents: string;
  aandeelGemeente: string;
  aandeelOnderwijs: string;
  aandeelOverig: string;
  overigeFinancier: string;
  startdatum: string;
  einddatum: string;
  status: string;
  themas: string;
  blozAdvies: string;
  regelingId: string;
  opmerking: string;
}

const VELDEN = [
  'schooljaar',
  'schoolId',
  'aanbiederId',
  'functie',
  'basisurenPerWeek',
  'wekenPerJaar',
  'uurtariefCents',
  'vastBedragCents',
  'aandeelGemeente',
  'aandeelOnderwijs',
  'aandeelOverig',
  'overigeFinancier',
  'startdatum',
  'einddatum',
  'status',
  'themas',
  'blozAdvies',
  'regelingId',
  'opmerking',
] as const;

const id = (t: string) => (t === '' ? null : Number(t));
const tekst = (t: string) => (t.trim() === '' ? null : t);

/** Form text → the API input (numbers, cents, null). Unreadable numbers stay text: the schema names them. */
export function naarInvoer(f: AfspraakFormWaarden) {
  return {
    schooljaar: Number(f.schooljaar),
    schoolId: id(f.schoolId),
    aanbiederId: id(f.aanbiederId),
    functie: f.functie === '' ? undefined : f.functie,
    basisurenPerWeek: getalUitTekst(f.basisurenPerWeek),
    wekenPerJaar: getalUitTekst(f.wekenPerJaar),
    uurtariefCents: centsUitTekst(f.uurtariefCents),
    vastBedragCents: centsUitTekst(f.vastBedragCents),
    aandeelGemeente: getalUitTekst(f.aandeelGemeente),
    aandeelOnderwijs: getalUitTekst(f.aandeelOnderwijs),
    aandeelOverig: getalUitTekst(f.aandeelOverig) ?? 0,
    overigeFinancier: tekst(f.overigeFinancier),
    startdatum: tekst(f.startdatum),
    einddatum: tekst(f.einddatum),
    status: f.status,
    themas: f.themas
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    blozAdvies: tekst(f.blozAdvies),
    regelingId: id(f.regelingId),
    opmerking: tekst(f.opmerking),
  };
}

export function naarFormulier(a: Afspraak): AfspraakFormWaarden {
  return {
    schooljaar: String(a.schooljaar),
    schoolId: String(a.schoolId),
    aanbiederId: String(a.aanbiederId),
    functie: a.functie,
    basisurenPerWeek: getalNaarTekst(a.basisurenPerWeek),
    wekenPerJaar: getalNaarTekst(a.wekenPerJaar),
    uurtariefCents: centsNaarTekst(a.uurtariefCents),
    vastBedragCents: centsNaarTekst(a.vastBedragCents),
    aandeelGemeente: getalNaarTekst(a.aandeelGemeente),
    aandeelOnderwijs: getalNaarTekst(a.aandeelOnderwijs),
    aandeelOverig: a.aandeelOverig ? getalNaarTekst(a.aandeelOverig) : '',
    overigeFinancier: a.overigeFinancier ?? '',
    startdatum: datumNaarTekst(a.startdatum),
    einddatum: datumNaarTekst(a.einddatum),
    status: a.status,
    themas: a.themas.join(', '),
    blozAdvies: a.blozAdvies ?? '',
    regelingId: a.regelingId === null ? '' : String(a.regelingId),
    opmerking: a.opmerking ?? '',
  };
}

export function legeAfspraak(schooljaar: number, schoolId?: number): AfspraakFormWaarden {
  return {
    schooljaar: String(schooljaar),
    schoolId: schoolId ? String(schoolId) : '',
    aanbiederId: '',
    functie: '',
    basisurenPerWeek: '',
    wekenPerJaar: '',
    uurtariefCents: '',
    vastBedragCents: '',
    aandeelGemeente: '100',
    aandeelOnderwijs: '0',
    aandeelOverig: '',
    overigeFinancier: '',
    startdatum: '',
    einddatum: '',
    status: 'afgesproken',
    themas: '',
    blozAdvies: '',
    regelingId: '',
    opmerking: '',
  };
}

const formSchema = z.preprocess((v) => naarInvoer(v as AfspraakFormWaarden), afspraakInvoerSchema);

export interface AfspraakFormulierProps {
  /** null = new. */
  afspraak: Afspraak | null;
  beginWaarden: AfspraakFormWaarden;
  onSluit(): void;
  /** Shown as a "Verwijderen" button for an existing afspraak. */
  onVerwijder?: () => void;
}

/**
 * Loads the choice lists first: a select whose options arrive later would lose its value. Schools
 * are not among them: the school picker searches the registry (10.000 schools) as the user types.
 */
export function AfspraakFormulier(props: AfspraakFormulierProps) {
  const aanbieders = useLezen('aanbieders.lijst', {});
  const functies = useLezen('functies.lijst', {});
  const instellingen = useLezen('instellingen.lezen', {});
  const regelingen = useLezen('regelingen.lijst', {});
  const tarieven = useLezen('tarieven.lijst', {});
  const fout = aanbieders.error ?? functies.error ?? instellingen.error ?? regelingen.error ?? tarieven.error;
  if (aanbieders.data && functies.data && instellingen.data && regelingen.data && tarieven.data) {
    const perSchooljaar = tarieven.data.functies.flatMap((f) => f.tarieven);
    return (
      <Formulier
        {...props}
        lijsten={{
          aanbieders: aanbieders.data,
          functies: functies.data,
          instellingen: instellingen.data,
          regelingen: regelingen.data,
          tarieven: perSchooljaar,
        }}
      />
    );
  }
  return (
    <Dialoog open titel={props.afspraak ? 'Afspraak wijzigen' : 'Nieuwe afspraak'} onSluit={props.onSluit}>
      <p className="utrecht-paragraph">{fout ? fout.message : 'Laden…'}</p>
    </Dialoog>
  );
}

interface Lijsten {
  aanbieders: Output<'aanbieders.lijst'>;
  functies: Output<'functies.lijst'>;
  instellingen: Instellingen;
  regelingen: Output<'regelingen.lijst'>;
  /** The tarieven per schooljaar of every functie (rule 9). */
  tarieven: readonly Tarief[];
}

function Formulier({ afspraak, beginWaarden, onSluit, onVerwijder, lijsten }: AfspraakFormulierProps & { lijsten: Lijsten }) {
  const toast = useToast();
  const maak = useWijziging('afspraken.maak');
  const wijzig = useWijziging('afspraken.wijzig');
  const [algemeneFout, setAlgemeneFout] = useState<string | null>(null);

  const form = useForm<AfspraakFormWaarden>({
    defaultValues: beginWaarden,
    resolver: zodResolver(formSchema as never) as never,
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, setError, setValue, control, getFieldState } = form;
  const fouten = formState.errors;
  const waarden = useWatch({ control }) as AfspraakFormWaarden;
  const ctx = useMemo(() => kostenContext(lijsten.instellingen), [lijsten.instellingen]);
  const school = useController({ name: 'schoolId', control });
  const aanbieder = useController({ name: 'aanbiederId', control });
  // The regeling and the school's sector decide the weeks and rate when the afspraak has none (as in the API).
  const regelingId = Number(waarden.regelingId);
  const regeling = useLezen('regelingen.lees', { id: regelingId > 0 ? regelingId : 1 }, { enabled: regelingId > 0 });
  const schoolId = Number(waarden.schoolId);
  const gekozenSchool = useLezen('scholen.lees', { id: schoolId > 0 ? schoolId : 1 }, { enabled: schoolId > 0 });
  const regelingData = regelingId > 0 ? regeling.data : undefined;
  const sector = schoolId > 0 ? gekozenSchool.data?.sector : undefined;

  // The live calculation: only when the numbers parse; the rest of the form may still be incomplete.
  const berekening = useMemo(() => {
    const i = naarInvoer(waarden);
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
    const basis = num(i.basisurenPerWeek) ?? 0;
    const functie = lijsten.functies.some((f) => f.code === waarden.functie) ? waarden.functie : null;
    const geldend = geldendeWekenEnTarief(
      { wekenPerJaar: num(i.wekenPerJaar), uurtariefCents: num(i.uurtariefCents), functie: functie ?? 'JGW', schooljaar: Number(waarden.schooljaar) },
      regelingData,
      sector,
      lijsten.tarieven,
    );
    const a: AfspraakBasis = {
      id: 0,
      schooljaar: Number(waarden.schooljaar),
      schoolId: 0,
      aanbiederId: 0,
      functie: functie ?? 'JGW',
      basisurenPerWeek: basis,
      // Aanvullende inzet has its own section (AanvullendeInzet.tsx) with its own costs.
      extraUrenPerWeek: 0,
      wekenPerJaar: geldend.wekenPerJaar,
      // Without a functie there is no standard rate yet: count nothing rather than another functie's rate.
      uurtariefCents: num(i.uurtariefCents) ?? (functie ? geldend.uurtariefCents : 0),
      vastBedragCents: num(i.vastBedragCents),
      aandeelGemeente: num(i.aandeelGemeente) ?? 0,
      aandeelOnderwijs: num(i.aandeelOnderwijs) ?? 0,
      aandeelOverig: num(i.aandeelOverig) ?? 0,
      overigeFinancier: null,
      startdatum: parseDatumTekst(waarden.startdatum ?? ''),
      einddatum: parseDatumTekst(waarden.einddatum ?? ''),
      status: 'afgesproken',
    };
    const tarief = a.uurtariefCents ?? (functie ? ctx.standaardTarieven[functie] : undefined) ?? null;
    const kosten = afspraakKosten(a, ctx);
    return { a, functie, tarief, kosten, geldend, splitsing: splitsingPerJaar(a, ctx), weken: a.wekenPerJaar ?? ctx.wekenPerSchooljaar };
  }, [waarden, ctx, regelingData, sector, lijsten.functies, lijsten.tarieven]);

  // The regeling's rules (domain/regeling.ts), shown while typing; the API refuses the same on save.
  const gekozenRegeling = lijsten.regelingen.find((r) => r.id === regelingId);
  const bezwaren =
    gekozenRegeling && waarden.functie
      ? regelingBezwaren(
          {
            schooljaar: Number(waarden.schooljaar),
            functie: waarden.functie,
            startdatum: parseDatumTekst(waarden.startdatum ?? ''),
            einddatum: parseDatumTekst(waarden.einddatum ?? ''),
          },
          sector ?? null,
          gekozenRegeling,
          ctx.schooljaarStartMaand,
        )
      : [];

  /** A new afspraak takes the regeling's shares and basisinzet for the school's sector and functie; what the user typed stays. */
  const vulUitRegeling = (r: (typeof lijsten.regelingen)[number] | undefined, functieCode: string, sectorNu = sector ?? null) => {
    if (!r || afspraak) return;
    const std = regelingStandaard(r, sectorNu, functieCode || null);
    if (!getFieldState('aandeelGemeente').isDirty && !getFieldState('aandeelOnderwijs').isDirty) {
      setValue('aandeelGemeente', getalNaarTekst(std.aandeelGemeente));
      setValue('aandeelOnderwijs', getalNaarTekst(std.aandeelOnderwijs));
      setValue('aandeelOverig', std.aandeelOverig ? getalNaarTekst(std.aandeelOverig) : '');
      setValue('overigeFinancier', std.overigeFinancier ?? '');
    }
    if (std.basisurenPerWeek !== null && !getFieldState('basisurenPerWeek').isDirty) setValue('basisurenPerWeek', getalNaarTekst(std.basisurenPerWeek));
  };

  const opslaan = handleSubmit(async (invoer) => {
    setAlgemeneFout(null);
    try {
      const gevalideerd = invoer as unknown as Parameters<typeof maak.mutateAsync>[0];
      if (afspraak) {
        // "Ongedaan maken" puts back the values the form opened with, through the same schema.
        const vorige = await formSchema.safeParseAsync(beginWaarden);
        await wijzig.mutateAsync({ id: afspraak.id, ...gevalideerd } as never);
        const terug = vorige.success ? () => wijzig.mutateAsync({ id: afspraak.id, ...(vorige.data as object) } as never) : undefined;
        toast({ tekst: 'Afspraak opgeslagen.', ongedaanMaken: terug });
      } else {
        await maak.mutateAsync(gevalideerd);
        toast({ tekst: 'Afspraak toegevoegd.' });
      }
      onSluit();
    } catch (e) {
      // Nothing of what the user typed is lost: the form stays open with the API's message at the field.
      setAlgemeneFout(toonApiFout(e, setError, VELDEN));
    }
  });

  const opFunctie = (code: string) => {
    // A new afspraak takes who normally pays this functie, unless the user already chose shares.
    if (afspraak || getFieldState('aandeelGemeente').isDirty || getFieldState('aandeelOnderwijs').isDirty) return;
    if (gekozenRegeling) return vulUitRegeling(gekozenRegeling, code);
    const f = lijsten.functies.find((x) => x.code === code);
    if (!f) return;
    setValue('aandeelGemeente', f.betaler === 'gemeente' ? '100' : '0');
    setValue('aandeelOnderwijs', f.betaler === 'onderwijs' ? '100' : '0');
  };
  const regelingRegistratie = register('regelingId');

  const functieRegistratie = register('functie');
  const bezig = maak.isPending || wijzig.isPending;
  const { kosten, tarief, functie } = berekening;

  const sluit = useSluitNaVraag(formState.isDirty, onSluit);

  return (
    <Dialoog
      open
      breed
      titel={afspraak ? 'Afspraak wijzigen' : `Nieuwe afspraak ${schooljaarNaam(Number(waarden.schooljaar))}`}
      onSluit={sluit}
      voet={
        <>
          <SchrijfKnop type="submit" form="afspraak-formulier" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
            {bezig ? 'Bezig met opslaan…' : 'Opslaan'}
          </SchrijfKnop>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={sluit}>
            Annuleren
          </button>
          {onVerwijder && (
            <SchrijfKnop className="utrecht-button utrecht-button--secondary-action knop-gevaar dialoog__rechts" onClick={onVerwijder}>
              Verwijderen…
            </SchrijfKnop>
          )}
        </>
      }
    >
      <div className="afspraak-formulier">
        <form id="afspraak-formulier" className="formulier" noValidate onSubmit={opslaan}>
          <FoutSamenvatting fouten={formState.isSubmitted ? fouten : {}} algemeen={algemeneFout} />
          <div className="formulier__rij">
            <SchoolKiezer waarde={school.field.value} onKies={school.field.onChange} onBlur={school.field.onBlur} fout={fouten.schoolId} />
            <AanbiederKiezer
              waarde={aanbieder.field.value}
              onKies={aanbieder.field.onChange}
              onBlur={aanbieder.field.onBlur}
              fout={fouten.aanbiederId}
              aanbieders={lijsten.aanbieders}
            />
            <Keuze
              label="Functie"
              verplicht
              fout={fouten.functie}
              leegLabel="Kies een functie"
              opties={lijsten.functies.map((f) => ({ waarde: f.code, label: `${f.code} – ${f.naam}` }))}
              {...functieRegistratie}
              onChange={(e) => {
                void functieRegistratie.onChange(e);
                opFunctie(e.target.value);
              }}
            />
            <Keuze
              label="Status"
              verplicht
              fout={fouten.status}
              opties={STATUSSEN.map((s) => ({ waarde: s, label: STATUS_LABEL[s] }))}
              {...register('status')}
            />
          </div>
          <div className="formulier__rij">
            <Keuze
              label="Regeling"
              hint={
                gekozenRegeling
                  ? `Looptijd ${regelingPeriodeTekst(gekozenRegeling)}; vult aandelen en basisuren voor.`
                  : 'Optioneel: de regeling bepaalt looptijd, functies per sector en standaardwaarden.'
              }
              fout={fouten.regelingId ?? (bezwaren[0] ? { message: bezwaren.map((b) => b.melding).join(' '), type: 'regeling' } : undefined)}
              leegLabel="Geen regeling"
              opties={lijsten.regelingen.map((r) => ({ waarde: String(r.id), label: r.naam }))}
              {...regelingRegistratie}
              onChange={(e) => {
                void regelingRegistratie.onChange(e);
                vulUitRegeling(
                  lijsten.regelingen.find((r) => r.id === Number(e.target.value)),
                  waarden.functie,
                );
              }}
            />
          </div>
          <fieldset>
            <legend>Uren en tarief</legend>
            <div className="formulier__rij">
              <Invoer
                label="Basisuren per week"
                verplicht
                inputMode="decimal"
                achtervoegsel="uur"
                fout={fouten.basisurenPerWeek}
                {...register('basisurenPerWeek')}
              />
              <Invoer
                label="Weken per jaar"
                inputMode="decimal"
                hint={
                  regelingData?.wekenPerJaar
                    ? `Leeg = ${formatUren(regelingData.wekenPerJaar)} (regeling ${regelingData.naam})`
                    : functie && berekening.geldend.tarief
                      ? `Leeg = ${formatUren(berekening.geldend.tarief.wekenPerJaar)} (${functie} vanaf ${schooljaarNaam(berekening.geldend.tarief.vanafSchooljaar)})`
                      : `Leeg = ${formatUren(ctx.wekenPerSchooljaar)} (instelling)`
                }
                fout={fouten.wekenPerJaar}
                {...register('wekenPerJaar')}
              />
              <Invoer
                label="Uurtarief"
                inputMode="decimal"
                voorvoegsel="€"
                hint={
                  functie && regelingData && berekening.geldend.bron.tarief === 'regeling' && berekening.geldend.uurtariefCents !== null
                    ? `Leeg = ${formatEuro(berekening.geldend.uurtariefCents, { cents: true })} (regeling ${regelingData.naam})`
                    : functie && berekening.geldend.bron.tarief === 'schooljaar' && berekening.geldend.tarief
                      ? `Leeg = ${formatEuro(berekening.geldend.tarief.uurtariefCents, { cents: true })} (tarief ${functie} vanaf ${schooljaarNaam(berekening.geldend.tarief.vanafSchooljaar)})`
                      : functie && ctx.standaardTarieven[functie] !== undefined
                        ? `Leeg = ${formatEuro(ctx.standaardTarieven[functie]!, { cents: true })} (standaard ${functie})`
                        : 'Leeg = het standaardtarief van de functie'
                }
                fout={fouten.uurtariefCents}
                {...register('uurtariefCents')}
              />
              <Invoer
                label="Vast bedrag per jaar"
                inputMode="decimal"
                voorvoegsel="€"
                hint="In plaats van uren × tarief"
                fout={fouten.vastBedragCents}
                {...register('vastBedragCents')}
              />
            </div>
          </fieldset>
          <fieldset>
            <legend>Wie betaalt</legend>
            <div className="formulier__rij">
              <Invoer label="Aandeel gemeente" inputMode="decimal" achtervoegsel="%" verplicht fout={fouten.aandeelGemeente} {...register('aandeelGemeente')} />
              <Invoer
                label="Aandeel onderwijs"
                inputMode="decimal"
                achtervoegsel="%"
                verplicht
                fout={fouten.aandeelOnderwijs}
                {...register('aandeelOnderwijs')}
              />
              <Invoer label="Aandeel overig" inputMode="decimal" achtervoegsel="%" fout={fouten.aandeelOverig} {...register('aandeelOverig')} />
              <Invoer label="Overige financier" hint="Bijvoorbeeld het samenwerkingsverband" fout={fouten.overigeFinancier} {...register('overigeFinancier')} />
            </div>
          </fieldset>
          <fieldset>
            <legend>Periode</legend>
            <div className="formulier__rij">
              <DatumVeld label="Startdatum" hint="Leeg = begin van het schooljaar." fout={fouten.startdatum} {...register('startdatum')} />
              <DatumVeld label="Einddatum" hint="Leeg = einde van het schooljaar." fout={fouten.einddatum} {...register('einddatum')} />
            </div>
          </fieldset>
          <div className="formulier__rij">
            <Invoer
              label="Thema's"
              hint="Gescheiden door komma's, bijvoorbeeld: pesten, sociale vaardigheid"
              fout={fouten.themas as never}
              {...register('themas')}
            />
            <Invoer label="BLOZ-advies" fout={fouten.blozAdvies} {...register('blozAdvies')} />
          </div>
          <Tekstvak label="Opmerking" fout={fouten.opmerking} {...register('opmerking')} />
        </form>
        <aside className="rekensom" aria-label="Berekening" aria-live="polite">
          <h3 className="rekensom__kop">Berekening</h3>
          <dl>
            <dt>Kosten per jaar</dt>
            <dd data-testid="jaarkosten">
              {formatEuro(kosten.jaar)}
              <span className="zacht">
                {' '}
                {berekening.a.vastBedragCents !== null
                  ? '(vast bedrag)'
                  : `= ${formatUren(berekening.a.basisurenPerWeek)} uur × ${formatUren(berekening.weken)} weken × ${tarief === null ? 'geen tarief' : formatEuro(tarief, { cents: true })}`}
              </span>
            </dd>
            <dt>In schooljaar {schooljaarNaam(Number(waarden.schooljaar))}</dt>
            <dd data-testid="schooljaarkosten">{formatEuro(kosten.schooljaar.totaal)}</dd>
            <dt>Gemeente</dt>
            <dd data-testid="deel-gemeente">{formatEuro(kosten.schooljaar.gemeente)}</dd>
            <dt>Onderwijs</dt>
            <dd data-testid="deel-onderwijs">{formatEuro(kosten.schooljaar.onderwijs)}</dd>
            {kosten.schooljaar.overig !== 0 && (
              <>
                <dt>Overig</dt>
                <dd>{formatEuro(kosten.schooljaar.overig)}</dd>
              </>
            )}
          </dl>
          {berekening.splitsing.length > 0 && <p className="rekensom__uitleg">Per begrotingsjaar: {berekening.splitsing.map((s) => s.tekst).join('; ')}</p>}
          {functie && heeftNulTarief(berekening.a, ctx) && (
            <div className="utrecht-alert utrecht-alert--warning" role="status" data-testid="waarschuwing-nul-tarief">
              <p className="utrecht-alert__content">
                Let op: het uurtarief is € 0 en er is geen vast bedrag, dus deze afspraak kost € 0. Vul een uurtarief in, of stel het tarief van {functie} in
                bij Tarieven.
              </p>
            </div>
          )}
          {!functie && berekening.a.vastBedragCents === null && <p className="rekensom__uitleg">Kies een functie (voor het tarief) of vul een uurtarief in.</p>}
          <p className="rekensom__uitleg">Zonder aanvullende inzet; die staat hieronder met haar eigen kosten.</p>
        </aside>
      </div>
      {afspraak ? (
        <AanvullendeInzetSectie afspraak={afspraak} startMaand={ctx.schooljaarStartMaand} />
      ) : (
        <p className="utrecht-paragraph zacht">Aanvullende inzet (extra uren of een bedrag met een reden) voegt u toe nadat de afspraak is opgeslagen.</p>
      )}
    </Dialoog>
  );
}
