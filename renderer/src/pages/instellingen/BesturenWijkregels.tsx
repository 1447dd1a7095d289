// Instellingen: the besturen (bevoegde gezagen) with their names, and the postcode rules that fill
// empty wijken ("8011-8017 → Centrum"). Both: list, add, edit, delete with "Ongedaan maken".
import { useState } from 'react';
import { z } from 'zod';
import { bestuurInvoer } from '../../../../electron/domain/registratie';
import { postcoderegelInvoer, bereikTekst, type Postcoderegel } from '../../../../electron/domain/wijkregels';
import type { Bestuur } from '../../../../electron/api/typen/registratie';
import { ActiesKop, FormulierDialoog, RijActies, SchrijfKnop, Sectie } from '../../components/Formulier';
import { Invoer, Keuze } from '../../components/Velden';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { useApiFormulier, useVerwijderen } from '../../hooks/apiFormulier';
import { aantal } from '../../format';
import { VulWijkenKnop } from '../scholen/WijkInBulk';

export function Besturen() {
  const besturen = useLezen('besturen.lijst', {});
  const { verwijder, fout } = useVerwijderen();
  const [formulier, setFormulier] = useState<{ bestuur: Bestuur | null } | null>(null);
  return (
    <Sectie
      titel="Besturen"
      fout={fout ?? besturen.error?.message}
      acties={<SchrijfKnop onClick={() => setFormulier({ bestuur: null })}>Bestuur toevoegen</SchrijfKnop>}
    >
      <p className="utrecht-paragraph zacht">
        Het bevoegd gezag van elke school, met het nummer van DUO. Namen vult u hier in, of in één keer met de DUO-lijst van bevoegde gezagen via Importeren.
      </p>
      {besturen.data?.length === 0 && <p className="zacht">Nog geen besturen. Ze komen mee met de scholenlijst van DUO.</p>}
      {besturen.data && besturen.data.length > 0 && (
        <div className="tabel-scroll">
          <table className="kleine-tabel" aria-label="Besturen">
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Bevoegd-gezagnummer</th>
                <th scope="col" className="rechts">
                  Scholen
                </th>
                <ActiesKop />
              </tr>
            </thead>
            <tbody>
              {besturen.data.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{b.naam}</th>
                  <td>{b.nummer ?? '–'}</td>
                  <td className="rechts">{aantal(b.aantalScholen)}</td>
                  <RijActies
                    wat={`Bestuur ${b.naam}`}
                    onWijzig={() => setFormulier({ bestuur: b })}
                    onVerwijder={() =>
                      verwijder({
                        gebied: 'besturen',
                        invoer: { id: b.id },
                        titel: 'Bestuur verwijderen',
                        tekst: `Bestuur ${b.naam} wordt verwijderd.`,
                        melding: (oud) => `Bestuur ${oud.naam} verwijderd.`,
                      })
                    }
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {formulier && <BestuurFormulier bestuur={formulier.bestuur} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}

const bestuurSchema = z.preprocess((v) => {
  const f = v as { naam: string; nummer: string };
  return { naam: f.naam, nummer: f.nummer.trim() === '' ? null : f.nummer };
}, bestuurInvoer);

function BestuurFormulier({ bestuur, onSluit }: { bestuur: Bestuur | null; onSluit(): void }) {
  const maak = useWijziging('besturen.maak');
  const wijzig = useWijziging('besturen.wijzig');
  const api = useApiFormulier<{ naam: string; nummer: string }, typeof bestuurSchema>({
    schema: bestuurSchema,
    beginWaarden: { naam: bestuur?.naam ?? '', nummer: bestuur?.nummer ?? '' },
    velden: ['naam', 'nummer'],
    opslaan: async (data) => {
      const uit = bestuur ? await wijzig.mutateAsync({ id: bestuur.id, ...data }) : await maak.mutateAsync(data);
      return `Bestuur ${uit.naam} opgeslagen.`;
    },
    zetTerug: bestuur ? (d) => wijzig.mutateAsync({ id: bestuur.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="bestuur-formulier" titel={bestuur ? `Bestuur ${bestuur.naam} wijzigen` : 'Bestuur toevoegen'} api={api} onSluit={onSluit}>
      <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
      <Invoer label="Bevoegd-gezagnummer" hint="Het nummer van DUO, zoals 41430" fout={f.nummer} inputMode="numeric" {...register('nummer')} />
    </FormulierDialoog>
  );
}

export function Postcoderegels() {
  const regels = useLezen('postcoderegels.lijst', {});
  const wijken = useLezen('wijken.lijst', {});
  const { verwijder, fout } = useVerwijderen();
  const [formulier, setFormulier] = useState<{ regel: Postcoderegel | null } | null>(null);
  const geenWijken = wijken.data?.length === 0;
  return (
    <Sectie
      titel="Postcoderegels"
      fout={fout ?? regels.error?.message}
      acties={
        <SchrijfKnop disabled={geenWijken} onClick={() => setFormulier({ regel: null })}>
          Postcoderegel toevoegen
        </SchrijfKnop>
      }
    >
      <p className="utrecht-paragraph zacht">
        Een reeks postcodes hoort bij een wijk, bijvoorbeeld 8011-8017 → Centrum. Scholen zonder wijk krijgen zo bij het importeren van DUO, of met de knop
        hieronder, hun wijk. Een wijk die al is ingevuld blijft altijd staan.
      </p>
      {geenWijken && <p className="zacht">Voeg eerst wijken toe.</p>}
      {regels.data && regels.data.length > 0 && (
        <table className="kleine-tabel" aria-label="Postcoderegels">
          <thead>
            <tr>
              <th scope="col">Postcodes</th>
              <th scope="col">Wijk</th>
              <th scope="col" className="rechts">
                Scholen met deze postcodes
              </th>
              <ActiesKop />
            </tr>
          </thead>
          <tbody>
            {regels.data.map((r) => (
              <tr key={r.id}>
                <th scope="row">{bereikTekst(r)}</th>
                <td>{r.wijk}</td>
                <td className="rechts">{aantal(r.aantalScholen)}</td>
                <RijActies
                  wat={`Postcoderegel ${bereikTekst(r)}`}
                  onWijzig={() => setFormulier({ regel: r })}
                  onVerwijder={() =>
                    verwijder({
                      gebied: 'postcoderegels',
                      invoer: { id: r.id },
                      titel: 'Postcoderegel verwijderen',
                      tekst: `De regel ${bereikTekst(r)} → ${r.wijk} wordt verwijderd. De wijken van scholen blijven zoals ze zijn.`,
                      melding: () => `Postcoderegel ${bereikTekst(r)} verwijderd.`,
                    })
                  }
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {regels.data && regels.data.length > 0 && <VulWijkenKnop />}
      {formulier && <PostcoderegelFormulier regel={formulier.regel} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}

type RegelWaarden = { van: string; tot: string; wijkId: string };
const regelSchema = z.preprocess((v) => {
  const f = v as RegelWaarden;
  return { van: f.van, tot: f.tot.trim() === '' ? f.van : f.tot, wijkId: f.wijkId === '' ? undefined : Number(f.wijkId) };
}, postcoderegelInvoer);

function PostcoderegelFormulier({ regel, onSluit }: { regel: Postcoderegel | null; onSluit(): void }) {
  const wijken = useLezen('wijken.lijst', {});
  const maak = useWijziging('postcoderegels.maak');
  const wijzig = useWijziging('postcoderegels.wijzig');
  const api = useApiFormulier<RegelWaarden, typeof regelSchema>({
    schema: regelSchema,
    beginWaarden: { van: regel?.van ?? '', tot: regel?.tot ?? '', wijkId: regel ? String(regel.wijkId) : '' },
    velden: ['van', 'tot', 'wijkId'],
    opslaan: async (data) => {
      const uit = regel ? await wijzig.mutateAsync({ id: regel.id, ...data }) : await maak.mutateAsync(data);
      return `Postcoderegel ${bereikTekst(uit)} opgeslagen.`;
    },
    zetTerug: regel ? (d) => wijzig.mutateAsync({ id: regel.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog
      id="postcoderegel-formulier"
      titel={regel ? `Postcoderegel ${bereikTekst(regel)} wijzigen` : 'Postcoderegel toevoegen'}
      api={api}
      onSluit={onSluit}
    >
      <Invoer label="Postcode van" verplicht hint="Vier cijfers, zoals 8011" inputMode="numeric" maxLength={4} fout={f.van} {...register('van')} />
      <Invoer label="Postcode tot en met" hint="Leeg: alleen de postcode hierboven" inputMode="numeric" maxLength={4} fout={f.tot} {...register('tot')} />
      <Keuze
        label="Wijk"
        verplicht
        leegLabel="Kies een wijk"
        fout={f.wijkId}
        opties={(wijken.data ?? []).map((w) => ({ waarde: String(w.id), label: w.naam }))}
        {...register('wijkId')}
      />
    </FormulierDialoog>
  );
}
