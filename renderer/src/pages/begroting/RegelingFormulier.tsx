// Add or change a regeling: name, period, weeks, who pays which share, the basisinzet per sector and
// functie (hours, optional rate), and the begrotingsposten that pay for it. Validated with the API schema.
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { regelingInvoer } from '../../../../electron/domain/registratie';
import { FUNCTIE_CODES, SECTOREN } from '../../../../electron/domain/types';
import { formatPercentage } from '../../../../electron/domain/geld';
import type { Regeling } from '../../../../electron/api/typen/registratie';
import { FormulierDialoog } from '../../components/Formulier';
import { Geschiedenis } from '../../components/Geschiedenis';
import { DatumVeld, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { datumNaarTekst } from '../../../../electron/domain/validatie';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { useApiFormulier } from '../../hooks/apiFormulier';
import { centsNaarTekst, centsUitTekst, getalNaarTekst, getalUitTekst } from '../../hooks/formulier';
import { zonderLegeStaart } from '../../hooks/lijstrijen';
import { SECTOR_NAAM } from '../scholen/SchoolFormulier';

interface BasisinzetWaarden {
  sector: string;
  functie: string;
  urenPerWeek: string;
  uurtariefCents: string;
}

interface Waarden {
  naam: string;
  startdatum: string;
  einddatum: string;
  wekenPerJaar: string;
  aandeelGemeente: string;
  aandeelOnderwijs: string;
  aandeelOverig: string;
  overigeFinancier: string;
  omschrijving: string;
  basisinzet: BasisinzetWaarden[];
  begrotingspostIds: string[];
}

const leegNull = (t: string) => (t.trim() === '' ? null : t);
/** An empty share counts as 0 % (only gemeente has a default of 100 when all three are empty). */
const aandeel = (t: string) => (t.trim() === '' ? 0 : getalUitTekst(t));

const schema = z.preprocess((v) => {
  const f = v as Waarden;
  return {
    naam: f.naam,
    startdatum: leegNull(f.startdatum),
    einddatum: leegNull(f.einddatum),
    wekenPerJaar: getalUitTekst(f.wekenPerJaar),
    aandeelGemeente: aandeel(f.aandeelGemeente),
    aandeelOnderwijs: aandeel(f.aandeelOnderwijs),
    aandeelOverig: aandeel(f.aandeelOverig),
    overigeFinancier: leegNull(f.overigeFinancier),
    omschrijving: leegNull(f.omschrijving),
    basisinzet: zonderLegeStaart(f.basisinzet, (b) => !(b.sector || b.functie || b.urenPerWeek.trim() || b.uurtariefCents.trim())).map((b) => ({
      sector: b.sector || undefined,
      functie: b.functie || undefined,
      urenPerWeek: getalUitTekst(b.urenPerWeek),
      uurtariefCents: centsUitTekst(b.uurtariefCents),
    })),
    begrotingspostIds: (Array.isArray(f.begrotingspostIds) ? f.begrotingspostIds : f.begrotingspostIds ? [f.begrotingspostIds] : []).map(Number),
  };
}, regelingInvoer);

const VELDEN = ['naam', 'startdatum', 'einddatum', 'wekenPerJaar', 'aandeelGemeente', 'aandeelOnderwijs', 'aandeelOverig', 'overigeFinancier', 'omschrijving'];

function beginWaarden(r: Regeling | null): Waarden {
  return {
    naam: r?.naam ?? '',
    startdatum: datumNaarTekst(r?.startdatum),
    einddatum: datumNaarTekst(r?.einddatum),
    wekenPerJaar: getalNaarTekst(r?.wekenPerJaar),
    aandeelGemeente: getalNaarTekst(r?.aandeelGemeente ?? 100),
    aandeelOnderwijs: getalNaarTekst(r?.aandeelOnderwijs ?? 0),
    aandeelOverig: getalNaarTekst(r?.aandeelOverig ?? 0),
    overigeFinancier: r?.overigeFinancier ?? '',
    omschrijving: r?.omschrijving ?? '',
    basisinzet: r?.basisinzet.length
      ? r.basisinzet.map((b) => ({
          sector: b.sector,
          functie: b.functie,
          urenPerWeek: getalNaarTekst(b.urenPerWeek),
          uurtariefCents: centsNaarTekst(b.uurtariefCents),
        }))
      : [{ sector: 'PO', functie: 'JGW', urenPerWeek: '4', uurtariefCents: '' }],
    begrotingspostIds: (r?.begrotingspostIds ?? []).map(String),
  };
}

export function RegelingFormulier({ regeling, onSluit }: { regeling: Regeling | null; onSluit(): void }) {
  const posten = useLezen('begrotingsposten.lijst', {});
  const functieLijst = useLezen('functies.lijst', {});
  // The standard codes and this regeling's own are there at once, so a select never loses its value while the list loads.
  const functieCodes = [
    ...new Set<string>([...FUNCTIE_CODES, ...(regeling?.basisinzet.map((b) => b.functie) ?? []), ...(functieLijst.data?.map((x) => x.code) ?? [])]),
  ];
  const maak = useWijziging('regelingen.maak');
  const wijzig = useWijziging('regelingen.wijzig');
  const api = useApiFormulier<Waarden, typeof schema>({
    schema,
    beginWaarden: beginWaarden(regeling),
    velden: VELDEN,
    opslaan: async (data) => {
      const uit = regeling ? await wijzig.mutateAsync({ id: regeling.id, ...data }) : await maak.mutateAsync(data);
      return `Regeling ${uit.naam} opgeslagen.`;
    },
    zetTerug: regeling ? (d) => wijzig.mutateAsync({ id: regeling.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { register, control, watch } = api.form;
  const basisinzet = useFieldArray({ control, name: 'basisinzet' });
  const { f } = api;
  const bf = f.basisinzet as unknown as
    (({ [k in keyof BasisinzetWaarden]?: { message?: string } } & { message?: string })[] & { message?: string }) | undefined;
  const som = ['aandeelGemeente', 'aandeelOnderwijs', 'aandeelOverig'].reduce(
    (s, k) => s + (Number(getalUitTekst(watch(k as 'aandeelGemeente')) ?? 0) || 0),
    0,
  );

  return (
    <FormulierDialoog id="regeling-formulier" breed titel={regeling ? `Regeling ${regeling.naam} wijzigen` : 'Regeling toevoegen'} api={api} onSluit={onSluit}>
      <div className="formulier__rij">
        <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
        <DatumVeld label="Startdatum" hint="Leeg = onbepaald." fout={f.startdatum} {...register('startdatum')} />
        <DatumVeld label="Einddatum" hint="Leeg = onbepaald." fout={f.einddatum} {...register('einddatum')} />
        <Invoer label="Weken per jaar" inputMode="decimal" hint="Leeg = de instelling" fout={f.wekenPerJaar} {...register('wekenPerJaar')} />
      </div>
      <fieldset>
        <legend>Wie betaalt</legend>
        <div className="formulier__rij">
          <Invoer label="Aandeel gemeente" inputMode="decimal" achtervoegsel="%" fout={f.aandeelGemeente} {...register('aandeelGemeente')} />
          <Invoer label="Aandeel onderwijs" inputMode="decimal" achtervoegsel="%" fout={f.aandeelOnderwijs} {...register('aandeelOnderwijs')} />
          <Invoer label="Aandeel overig" inputMode="decimal" achtervoegsel="%" fout={f.aandeelOverig} {...register('aandeelOverig')} />
          <Invoer label="Overige financier" hint="Verplicht bij een aandeel overig" fout={f.overigeFinancier} {...register('overigeFinancier')} />
        </div>
        <p className={som === 100 ? 'veld__hint' : 'veld__hint bedrag--negatief'} aria-live="polite">
          Samen {formatPercentage(Math.round(som * 100) / 100)}
          {som === 100 ? '' : ' (moet 100% zijn)'}
        </p>
      </fieldset>
      <fieldset>
        <legend>Basisinzet per school</legend>
        <p className="veld__hint">
          Per sector en functie de uren per week die elke school krijgt; een eigen uurtarief gaat voor het standaardtarief van de functie. Met regels hier geldt
          de regeling alleen voor deze functies op deze soorten scholen: een afspraak voor een andere combinatie, of buiten de looptijd, wordt geweigerd.
        </p>
        {typeof bf?.message === 'string' && <p className="veld__fout">{bf.message}</p>}
        {basisinzet.fields.map((veld, i) => (
          <div key={veld.id} className="regel-rij">
            <Keuze
              label="Sector"
              fout={bf?.[i]?.sector?.message ?? (bf?.[i] as { message?: string } | undefined)?.message}
              opties={SECTOREN.map((s) => ({ waarde: s, label: SECTOR_NAAM[s] ?? s }))}
              {...register(`basisinzet.${i}.sector`)}
            />
            <Keuze
              label="Functie"
              fout={bf?.[i]?.functie?.message}
              opties={functieCodes.map((c) => ({ waarde: c, label: c }))}
              {...register(`basisinzet.${i}.functie`)}
            />
            <Invoer label="Uren per week" inputMode="decimal" fout={bf?.[i]?.urenPerWeek?.message} {...register(`basisinzet.${i}.urenPerWeek`)} />
            <Invoer
              label="Uurtarief"
              inputMode="decimal"
              voorvoegsel="€"
              hint="Leeg = standaard"
              fout={bf?.[i]?.uurtariefCents?.message}
              {...register(`basisinzet.${i}.uurtariefCents`)}
            />
            <button
              type="button"
              className="knop-link regel-rij__weg"
              onClick={() => basisinzet.remove(i)}
              aria-label={`Basisinzet regel ${i + 1} verwijderen`}
            >
              Verwijderen
            </button>
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => basisinzet.append({ sector: 'VO', functie: 'SMW', urenPerWeek: '', uurtariefCents: '' })}
        >
          Regel toevoegen
        </button>
      </fieldset>
      <fieldset>
        <legend>Betaald uit begrotingsposten</legend>
        {posten.data?.length === 0 && <p className="zacht">Nog geen begrotingsposten.</p>}
        <ul className="keuzelijst">
          {posten.data?.map((p) => (
            <li key={p.id}>
              <label>
                <input type="checkbox" value={String(p.id)} {...register('begrotingspostIds')} /> {p.naam}
              </label>
            </li>
          ))}
        </ul>
        {typeof (f.begrotingspostIds as { message?: string } | undefined)?.message === 'string' && (
          <p className="veld__fout">{(f.begrotingspostIds as { message: string }).message}</p>
        )}
      </fieldset>
      <Tekstvak label="Omschrijving" fout={f.omschrijving} {...register('omschrijving')} />
      {regeling && <Geschiedenis entiteit="regeling" entiteitId={regeling.id} kopNiveau={3} kaal />}
    </FormulierDialoog>
  );
}
