import { PaginaKop, LegeStaat } from '../../components/PaginaKop';

export function ScholenPagina() {
  return (
    <>
      <PaginaKop titel="Scholen" intro="Alle schoolvestigingen in de gemeente, met sector, wijk, bestuur en leerlingen." />
      <LegeStaat>Nog geen scholen. Importeer de scholenlijst van DUO via Importeren.</LegeStaat>
    </>
  );
}
