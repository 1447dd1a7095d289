// The regeling as the source of the rules (issue 13 item 4): an afspraak that names a regeling
// must lie within its period and be for a functie the regeling covers in the school's sector; the
// regeling's basisinzet gives the defaults of a new afspraak. One implementation for the API
// (afspraken maak/wijzig/kopieerSchooljaar), the sheet import and the form. No Node imports: the
// renderer bundles this file.
import { schooljaarLabel, schooljaarPeriode } from './schooljaar';
import type { FunctieCode, IsoDatum, Sector, SchooljaarStart } from './types';

/** What the checks need of a regeling (db/regelingen-repo's Regeling satisfies it). */
export interface RegelingRegels {
  naam: string;
  startdatum: IsoDatum | null;
  einddatum: IsoDatum | null;
  aandeelGemeente: number;
  aandeelOnderwijs: number;
  aandeelOverig: number;
  overigeFinancier: string | null;
  /** Empty: the regeling does not limit functies or sectors (only its period counts). */
  basisinzet: readonly { sector: Sector; functie: FunctieCode; urenPerWeek: number; uurtariefCents: number | null }[];
}

export interface RegelingAfspraak {
  schooljaar: SchooljaarStart;
  functie: FunctieCode;
  startdatum: IsoDatum | null;
  einddatum: IsoDatum | null;
}

/** A problem with a field of the afspraak, in Dutch, starting with the field's name. */
export interface RegelingBezwaar {
  veld: 'schooljaar' | 'functie';
  melding: string;
}

const datum = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

export function regelingPeriodeTekst(r: Pick<RegelingRegels, 'startdatum' | 'einddatum'>): string {
  if (r.startdatum && r.einddatum) return `${datum(r.startdatum)} t/m ${datum(r.einddatum)}`;
  if (r.startdatum) return `vanaf ${datum(r.startdatum)}`;
  if (r.einddatum) return `tot en met ${datum(r.einddatum)}`;
  return 'zonder einddatum';
}

/**
 * Why the afspraak does not fit its regeling; empty when it does. The afspraak runs from its
 * start date (else the start of its schooljaar) to its end date (else the end of the schooljaar)
 * and must overlap the regeling's period: an afspraak of 2016-2017 under a regeling that ends on
 * 1-7-2017 fits; one of 2019-2020 does not. A regeling with basisinzet rows covers exactly those
 * sector × functie pairs (Hoogeveen: JP only on SO and VSO).
 */
export function regelingBezwaren(a: RegelingAfspraak, sector: Sector | null, r: RegelingRegels, startMaand?: number): RegelingBezwaar[] {
  const uit: RegelingBezwaar[] = [];
  const sj = schooljaarPeriode(a.schooljaar, startMaand);
  const van = a.startdatum ?? sj.start;
  const tot = a.einddatum ?? sj.eind;
  if ((r.einddatum && van > r.einddatum) || (r.startdatum && tot < r.startdatum)) {
    const wanneer = a.startdatum || a.einddatum ? `de afspraak (${datum(van)} t/m ${datum(tot)})` : `schooljaar ${schooljaarLabel(a.schooljaar)}`;
    uit.push({ veld: 'schooljaar', melding: `Schooljaar: ${wanneer} valt buiten de looptijd van regeling ${r.naam} (${regelingPeriodeTekst(r)}).` });
  }
  if (r.basisinzet.length > 0 && sector !== null && !r.basisinzet.some((b) => b.functie === a.functie && b.sector === sector)) {
    const sectoren = r.basisinzet.filter((b) => b.functie === a.functie).map((b) => b.sector);
    uit.push({
      veld: 'functie',
      melding: sectoren.length
        ? `Functie: regeling ${r.naam} geeft ${a.functie} alleen op ${sectoren.join(', ')}-scholen, niet op een ${sector}-school.`
        : `Functie: regeling ${r.naam} geeft geen ${a.functie} (wel: ${[...new Set(r.basisinzet.map((b) => b.functie))].join(', ')}).`,
    });
  }
  return uit;
}

/** The defaults a regeling gives a new afspraak of this sector and functie (the form fills them in). */
export function regelingStandaard(r: RegelingRegels, sector: Sector | null, functie: FunctieCode | null) {
  const b = r.basisinzet.find((x) => x.sector === sector && x.functie === functie) ?? null;
  return {
    aandeelGemeente: r.aandeelGemeente,
    aandeelOnderwijs: r.aandeelOnderwijs,
    aandeelOverig: r.aandeelOverig,
    overigeFinancier: r.overigeFinancier,
    basisurenPerWeek: b?.urenPerWeek ?? null,
    uurtariefCents: b?.uurtariefCents ?? null,
  };
}
