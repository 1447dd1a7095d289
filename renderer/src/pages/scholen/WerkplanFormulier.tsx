// The werkplan of one school in one schooljaar: submitted, approved by the school and by the
// sociaal wijkteam (dates and names). Validated with the API's own schema before sending.
import { z } from 'zod';
import { WERKPLAN_LABEL, werkplanInvoer } from '../../../../electron/domain/werkplan-invoer';
import type { Werkplan } from '../../../../electron/domain/werkplan';
import { FormulierDialoog } from '../../components/Formulier';
import { DatumVeld, Invoer } from '../../components/Velden';
import { datumNaarTekst } from '../../../../electron/domain/validatie';
import { useWijziging } from '../../hooks/useApi';
import { useApiFormulier } from '../../hooks/apiFormulier';
import { schooljaarNaam } from '../../format';

interface WerkplanFormWaarden {
  ingediendOp: string;
  goedgekeurdSchoolOp: string;
  goedgekeurdSchoolDoor: string;
  goedgekeurdWijkteamOp: string;
  goedgekeurdWijkteamDoor: string;
}

const VELDEN = ['ingediendOp', 'goedgekeurdSchoolOp', 'goedgekeurdSchoolDoor', 'goedgekeurdWijkteamOp', 'goedgekeurdWijkteamDoor'] as const;

export function WerkplanFormulier({ werkplan, schoolNaam, onSluit }: { werkplan: Werkplan; schoolNaam: string; onSluit(): void }) {
  const opslaan = useWijziging('werkplannen.opslaan');
  const leegNull = (t: string) => (t.trim() === '' ? null : t);
  const schema = z.preprocess((v) => {
    const f = v as WerkplanFormWaarden;
    return {
      schoolId: werkplan.schoolId,
      schooljaar: werkplan.schooljaar,
      ...Object.fromEntries(VELDEN.map((k) => [k, leegNull(f[k])])),
    };
  }, werkplanInvoer);
  const api = useApiFormulier<WerkplanFormWaarden, typeof schema>({
    schema,
    beginWaarden: Object.fromEntries(
      VELDEN.map((k) => [k, k.endsWith('Op') ? datumNaarTekst(werkplan[k]) : (werkplan[k] ?? '')]),
    ) as unknown as WerkplanFormWaarden,
    velden: VELDEN,
    opslaan: async (invoer) => {
      const uit = await opslaan.mutateAsync(invoer);
      return `Werkplan ${schooljaarNaam(uit.schooljaar)} van ${schoolNaam}: ${uit.status}.`;
    },
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="werkplan-formulier" titel={`Werkplan ${schooljaarNaam(werkplan.schooljaar)} van ${schoolNaam}`} api={api} onSluit={onSluit}>
      <p className="utrecht-paragraph zacht">
        Eén werkplan per school per schooljaar. De school en het sociaal wijkteam keuren het goed. Laat een veld leeg als het nog niet is gebeurd.
      </p>
      <div className="formulier__rij">
        <DatumVeld label={WERKPLAN_LABEL.ingediendOp} fout={f.ingediendOp} {...register('ingediendOp')} />
      </div>
      <div className="formulier__rij">
        <DatumVeld label={WERKPLAN_LABEL.goedgekeurdSchoolOp} fout={f.goedgekeurdSchoolOp} {...register('goedgekeurdSchoolOp')} />
        <Invoer label="Namens de school" hint="Naam van wie goedkeurde" fout={f.goedgekeurdSchoolDoor} {...register('goedgekeurdSchoolDoor')} />
      </div>
      <div className="formulier__rij">
        <DatumVeld label={WERKPLAN_LABEL.goedgekeurdWijkteamOp} fout={f.goedgekeurdWijkteamOp} {...register('goedgekeurdWijkteamOp')} />
        <Invoer label="Namens het wijkteam" hint="Naam van wie goedkeurde" fout={f.goedgekeurdWijkteamDoor} {...register('goedgekeurdWijkteamDoor')} />
      </div>
    </FormulierDialoog>
  );
}
