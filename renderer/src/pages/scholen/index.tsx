// Scholen: the registry as a table (sort, filter per column, search), a detail view per school,
// add and edit. Sorting and filtering run on the list in memory (memoised): 10.000 rows are one read.
import { useMemo, useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { aantal } from '../../format';
import type { SchoolRij } from '../../../../electron/api/typen/registratie';
import { DataTabel, type Kolom } from '../../components/DataTabel';
import { LegeStaat, Melding, PaginaKop } from '../../components/PaginaKop';
import { SchrijfKnop } from '../../components/Formulier';
import { useLezen } from '../../hooks/useApi';
import { SchoolDetail } from './SchoolDetail';
import { SchoolFormulier, SECTOR_NAAM } from './SchoolFormulier';
import { VulWijkenKnop, WijkInBulkBalk } from './WijkInBulk';

export function leerlingenTekst(r: { leerlingen: number | null; leerlingenOnder5: boolean }): string {
  return r.leerlingenOnder5 ? '<5' : aantal(r.leerlingen);
}

const KOLOMMEN: Kolom<SchoolRij>[] = [
  { id: 'naam', kop: 'Naam', waarde: (r) => r.naam, breedte: 200, groei: 3 },
  { id: 'vestigingscode', kop: 'Vestiging', waarde: (r) => r.vestigingscode, breedte: 100 },
  { id: 'sector', kop: 'Sector', waarde: (r) => r.sector, breedte: 90, filter: 'keuze', keuzeLabel: (v) => SECTOR_NAAM[v] ?? v },
  { id: 'wijk', kop: 'Wijk', waarde: (r) => r.wijk, breedte: 140, filter: 'keuze', groei: 1.2 },
  { id: 'bestuur', kop: 'Bestuur', waarde: (r) => r.bestuur, breedte: 160, groei: 2 },
  // On a laptop the bestuursnummer gives way first, then the plaats ("Kolommen" brings them back).
  { id: 'bestuurNummer', kop: 'Bestuursnr.', waarde: (r) => r.bestuurNummer, breedte: 100, filter: 'tekst', wijkt: 1 },
  { id: 'plaats', kop: 'Plaats', waarde: (r) => r.plaats, breedte: 120, filter: 'keuze', wijkt: 2 },
  {
    id: 'leerlingen',
    kop: 'Leerlingen',
    waarde: (r) => r.leerlingen,
    toon: (r) => leerlingenTekst(r),
    rechts: true,
    breedte: 110,
    filter: false,
    totaal: (rijen) => aantal(rijen.reduce((s, r) => s + (r.leerlingen ?? 0), 0)),
  },
];

export function ScholenPagina() {
  return (
    <Routes>
      <Route index element={<ScholenLijst />} />
      <Route path=":id" element={<SchoolDetail />} />
    </Routes>
  );
}

function ScholenLijst() {
  const navigate = useNavigate();
  const lijst = useLezen('scholen.lijst', {});
  const [nieuw, setNieuw] = useState(false);
  const [gekozen, setGekozen] = useState<Set<string>>(() => new Set());
  const regels = useLezen('postcoderegels.lijst', {});
  const rijen = useMemo(() => lijst.data?.rijen ?? [], [lijst.data]);
  return (
    <>
      <PaginaKop
        titel="Scholen"
        intro="Alle schoolvestigingen in de gemeente, met sector, wijk, bestuur en leerlingen. Kies een school voor haar afspraken door de jaren, of vink scholen aan om ze in één keer een wijk te geven."
        acties={
          <SchrijfKnop className="utrecht-button utrecht-button--primary-action" onClick={() => setNieuw(true)}>
            School toevoegen
          </SchrijfKnop>
        }
      />
      {lijst.error && <Melding soort="error">{lijst.error.message}</Melding>}
      <WijkInBulkBalk gekozen={gekozen} onKlaar={() => setGekozen(new Set())} />
      <DataTabel
        naam="Scholen"
        rijen={rijen}
        kolommen={KOLOMMEN}
        rijSleutel={(r) => r.id}
        onOpen={(r) => navigate(`/scholen/${r.id}`)}
        selectie={{ gekozen, onWijzig: setGekozen, label: (r) => `${r.naam} (${r.vestigingscode})` }}
        werkbalk={(regels.data?.length ?? 0) > 0 ? <VulWijkenKnop kort /> : undefined}
        laden={lijst.isPending}
        telwoord={['school', 'scholen']}
        leeg={
          <LegeStaat>
            <p className="utrecht-paragraph">Nog geen scholen. Importeer de scholenlijst van DUO via Importeren, of voeg een school toe.</p>
            <div className="utrecht-button-group lege-staat__knoppen">
              <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setNieuw(true)}>
                School toevoegen
              </button>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => navigate('/importeren')}>
                Naar Importeren
              </button>
            </div>
          </LegeStaat>
        }
      />
      {nieuw && <SchoolFormulier school={null} onSluit={() => setNieuw(false)} onOpgeslagen={(s) => navigate(`/scholen/${s.id}`)} />}
    </>
  );
}
