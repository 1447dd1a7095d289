import { PaginaKop, LegeStaat } from '../../components/PaginaKop';

export function AfsprakenPagina() {
  return (
    <>
      <PaginaKop titel="Afspraken" intro="Per school, aanbieder en functie: de uren, het tarief en wie betaalt." />
      <LegeStaat>Nog geen afspraken voor dit schooljaar.</LegeStaat>
    </>
  );
}
