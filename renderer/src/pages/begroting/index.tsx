import { PaginaKop, LegeStaat } from '../../components/PaginaKop';

export function BegrotingPagina() {
  return (
    <>
      <PaginaKop titel="Begroting" intro="Begrotingsposten per jaar en de dekking van de kosten." />
      <LegeStaat>Nog geen begrotingsposten.</LegeStaat>
    </>
  );
}
