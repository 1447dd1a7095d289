import { PaginaKop, LegeStaat } from '../../components/PaginaKop';

export function AanbiedersPagina() {
  return (
    <>
      <PaginaKop titel="Aanbieders" intro="De organisaties die de medewerkers leveren, met hun afspraken en bedragen." />
      <LegeStaat>Nog geen aanbieders.</LegeStaat>
    </>
  );
}
