import { PaginaKop, LegeStaat } from '../../components/PaginaKop';

export function ImporterenPagina() {
  return (
    <>
      <PaginaKop titel="Importeren" intro="Scholen en leerlingen uit DUO-bestanden, en afspraken uit het Excel-sjabloon." />
      <LegeStaat>Kies een bestand om te importeren.</LegeStaat>
    </>
  );
}
