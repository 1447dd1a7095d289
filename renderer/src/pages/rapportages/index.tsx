import { PaginaKop, LegeStaat } from '../../components/PaginaKop';

export function RapportagesPagina() {
  return (
    <>
      <PaginaKop titel="Rapportages" intro="Excel-overzichten voor het collegevoorstel, het BLOZ en de aanbieders." />
      <LegeStaat>De rapportages volgen.</LegeStaat>
    </>
  );
}
