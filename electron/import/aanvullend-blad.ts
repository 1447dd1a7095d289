// The afsprakenblad's sheet "Aanvullende inzet" (issue 16 item 9): each row is one record of
// aanvullende inzet of an afspraak, checked by the record's own rules (aanvullendeInzetInvoer,
// dates inside the schooljaar) and saved in the same transaction as the afspraken sheet.
//
// Decisions worth knowing:
// - The afspraak is named by Schooljaar, Vestigingscode, Aanbieder and Functie, as on the
//   afspraken sheet: a row of that sheet in the same file, or an afspraak already in the file.
// - A row updates the afspraak's record with the same Van and Reden (match key; Reden compared
//   without case and extra spaces), otherwise it is a new record (bron 'blad'). Records missing
//   from the sheet are kept: the sheet never removes a record.
// - The record the columns Extra uren per week and Toelichting extra uren stand for (bladRecord)
//   is not exported on this sheet. A row may still match it (a record made on this sheet that
//   covers the afspraak's period and split becomes it): then this row writes it and the empty
//   Extra uren columns leave it alone; both places filled in is an error. One record, one writer.
// - Empty Van / Tot en met: the start / end of the schooljaar. All three shares empty: the split
//   of the afspraak (its row on the afspraken sheet, else as stored).
import type { Db } from '../db/open';
import { aanvullendeInzetTabel, voegAanvullendeInzetToe } from '../db/aanvullende-inzet-repo';
import { aanvullendeInzetInvoer, buitenSchooljaar } from '../domain/aanvullende-inzet';
import { parseSchooljaar, schooljaarLabel, schooljaarPeriode } from '../domain/schooljaar';
import type { AanvullendeInzet, FunctieCode } from '../domain/types';
import type { AanvullendPlanRij, AanvullendVoorbeeld, AfsprakenPlanRij, ImportMelding } from '../api/typen/importeren';
import { AANVULLEND_BLAD, AANVULLEND_KOLOMMEN, type AanvullendSleutel } from './aanvullend-kolommen';
import { celLezer, datumTekst, metBlad, ONGELDIG, type AfsprakenBlad } from './afspraken-blad';
import { normaliseerKop } from './afspraken-kolommen';
import type { BestaandeAfspraak, Register } from './afspraken';

const KOP = Object.fromEntries(AANVULLEND_KOLOMMEN.map((k) => [k.sleutel, k.kop])) as Record<AanvullendSleutel, string>;
const INDEX = Object.fromEntries(AANVULLEND_KOLOMMEN.map((k, i) => [k.sleutel, i])) as Record<AanvullendSleutel, number>;

/** The record's field → its column (for the schema's messages). */
const VELD_KOLOM: Record<string, AanvullendSleutel> = {
  urenPerWeek: 'urenPerWeek',
  bedragCents: 'bedrag',
  startdatum: 'startdatum',
  einddatum: 'einddatum',
  reden: 'reden',
  doelen: 'doelen',
  aandeelGemeente: 'aandeelGemeente',
  aandeelOnderwijs: 'aandeelOnderwijs',
  aandeelOverig: 'aandeelOverig',
  overigeFinancier: 'overigeFinancier',
  aangevraagdDoor: 'aangevraagdDoor',
  besluitDatum: 'besluitDatum',
  besluitDoor: 'besluitDoor',
  verantwoordingUiterlijk: 'verantwoordingUiterlijk',
  verantwoordingOntvangen: 'verantwoordingOntvangen',
  verantwoording: 'verantwoording',
};

/** The fields a row writes and compares (bron and the rest stay as the record has them). */
const VERGELEKEN: { veld: keyof AanvullendeInzet; kolom: AanvullendSleutel; toon: (v: unknown) => string }[] = Object.entries(VELD_KOLOM).map(
  ([veld, kolom]) => {
    const soort = AANVULLEND_KOLOMMEN[INDEX[kolom]].soort;
    const toon = (v: unknown): string => {
      if (v === null || v === undefined) return '';
      if (soort === 'datum') return datumTekst(v as string);
      if (soort === 'bedrag') return `€ ${((v as number) / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
      return String(v).replace('.', ',');
    };
    return { veld: veld as keyof AanvullendeInzet, kolom, toon };
  },
);

/** The record's rules name its fields as the screen does; on this sheet the columns are Van, Tot en met and Vast bedrag. */
function inKolomTaal(melding: string): string {
  return melding
    .replace(/^Startdatum\b/, 'Van')
    .replace(/^Einddatum\b/, 'Tot en met')
    .replace('voor de startdatum', 'voor Van')
    .replace('Uren per week of Bedrag', 'Uren per week of Vast bedrag');
}

const recordSleutel = (van: string, reden: string) => `${van}|${normaliseerKop(reden)}`;

/**
 * Checks every row of the sheet; problems go to `fouten` (named by sheet, row and column). The
 * afspraken sheet's rows by afspraak key give the afspraken that are new or changed in this file.
 */
export function planAanvullend(
  blad: AfsprakenBlad,
  reg: Register,
  opBlad: ReadonlyMap<string, AfsprakenPlanRij>,
  sleutel: (schooljaar: number, schoolId: number, aanbiederId: number, functie: string) => string,
  fouten: ImportMelding[],
): { rijen: AanvullendPlanRij[]; geclaimd: Set<string> } {
  const plan: AanvullendPlanRij[] = [];
  /** Afspraken whose record of the Extra uren columns is a row of this sheet. */
  const geclaimd = new Set<string>();
  const gezien = new Map<string, number>();
  for (const r of blad.rijen) {
    const aantal = fouten.length;
    const { mislukt, fout, tekst, getal, bedrag, datum } = celLezer<AanvullendSleutel>(r, INDEX, KOP, fouten, AANVULLEND_BLAD);

    // The afspraak.
    let schooljaar = ONGELDIG;
    const sj = tekst('schooljaar');
    if (sj === null) fout('schooljaar', 'Schooljaar is verplicht.');
    else if (sj !== undefined)
      schooljaar = parseSchooljaar(sj) ?? (fout('schooljaar', `"${sj}" is geen schooljaar (schrijf bijvoorbeeld 2017-2018).`), ONGELDIG);
    const code = tekst('vestigingscode')?.toUpperCase().replace(/\s+/g, '');
    const school = code ? reg.scholen.get(code) : undefined;
    if (code === null) fout('vestigingscode', 'Vestigingscode is verplicht.');
    else if (code !== undefined && !school) fout('vestigingscode', `${code} staat niet in het scholenregister.`);
    const aanbiederTekst = tekst('aanbieder');
    const aanbieder = aanbiederTekst ? reg.aanbieders.get(aanbiederTekst.toLowerCase()) : undefined;
    if (aanbiederTekst === null) fout('aanbieder', 'Aanbieder is verplicht.');
    else if (aanbiederTekst !== undefined && !aanbieder) {
      const bekend = reg.aanbiederNamen.length ? ` (bekend: ${reg.aanbiederNamen.join(', ')})` : '';
      fout('aanbieder', `"${aanbiederTekst}" is geen bekende aanbieder${bekend}.`);
    }
    const functieTekst = tekst('functie');
    const functie: { code: FunctieCode } | undefined = functieTekst ? reg.functies.get(functieTekst.toLowerCase()) : undefined;
    if (functieTekst === null) fout('functie', 'Functie is verplicht.');
    else if (functieTekst !== undefined && !functie) fout('functie', `"${functieTekst}" is geen functie.`);

    let afspraakSleutel = '';
    let opDitBlad: AfsprakenPlanRij | undefined;
    let bestaand: BestaandeAfspraak | undefined;
    if (fouten.length === aantal && school && aanbieder && functie) {
      afspraakSleutel = sleutel(schooljaar, school.id, aanbieder.id, functie.code);
      opDitBlad = opBlad.get(afspraakSleutel);
      bestaand = reg.afspraak(schooljaar, afspraakSleutel);
      if (!opDitBlad && !bestaand) {
        fouten.push(
          metBlad(AANVULLEND_BLAD, {
            rij: r.rij,
            kolom: KOP.functie,
            melding: `Er is geen afspraak ${schooljaarLabel(schooljaar)}, ${code}, ${aanbieder.naam}, ${functie.code}: zet die afspraak op het blad Afspraken of maak hem eerst in Schoolinzet.`,
          }),
        );
      }
    }
    const afspraak = opDitBlad?.waarden ?? bestaand;

    // The record.
    const periode = Number.isNaN(schooljaar) ? null : schooljaarPeriode(schooljaar, reg.startMaand);
    const van = datum('startdatum') ?? periode?.start ?? ONGELDIG;
    const tot = datum('einddatum') ?? periode?.eind ?? ONGELDIG;
    let gemeente = getal('aandeelGemeente', 'percentage');
    let onderwijs = getal('aandeelOnderwijs', 'percentage');
    let overig = getal('aandeelOverig', 'percentage');
    let overigeFinancier = tekst('overigeFinancier') ?? (mislukt.has('overigeFinancier') ? ONGELDIG : null);
    if (gemeente === null && onderwijs === null && overig === null && afspraak) {
      [gemeente, onderwijs, overig] = [afspraak.aandeelGemeente, afspraak.aandeelOnderwijs, afspraak.aandeelOverig];
      overigeFinancier ??= afspraak.overigeFinancier;
    }
    overig ??= 0;
    if (gemeente === null && onderwijs !== null) gemeente = Math.round((100 - onderwijs - overig) * 100) / 100;
    if (onderwijs === null && gemeente !== null) onderwijs = Math.round((100 - gemeente - overig) * 100) / 100;
    // Without an afspraak (already reported) an empty split is not a second problem.
    if (gemeente === null && onderwijs === null && !afspraak) [gemeente, onderwijs] = [100 - overig, 0];

    const aangevraagd = tekst('aangevraagdDoor');
    const invoer = {
      afspraakId: 1,
      urenPerWeek: getal('urenPerWeek', 'getal'),
      bedragCents: bedrag('bedrag'),
      startdatum: van,
      einddatum: tot,
      reden: tekst('reden') ?? (mislukt.has('reden') ? ONGELDIG : null),
      doelen: tekst('doelen') ?? null,
      aandeelGemeente: gemeente ?? ONGELDIG,
      aandeelOnderwijs: onderwijs ?? ONGELDIG,
      aandeelOverig: overig,
      overigeFinancier,
      aangevraagdDoor: aangevraagd ? aangevraagd.toLowerCase() : aangevraagd === undefined ? ONGELDIG : null,
      besluitDatum: datum('besluitDatum'),
      besluitDoor: tekst('besluitDoor') ?? null,
      verantwoordingUiterlijk: datum('verantwoordingUiterlijk'),
      verantwoordingOntvangen: datum('verantwoordingOntvangen'),
      verantwoording: tekst('verantwoording') ?? null,
      bron: 'blad',
    };
    const check = aanvullendeInzetInvoer.safeParse(invoer);
    if (!check.success) {
      for (const issue of check.error.issues) {
        const k = VELD_KOLOM[String(issue.path[0])] ?? 'reden';
        const waarde = (invoer as Record<string, unknown>)[String(issue.path[0])];
        if (mislukt.has(k) && (issue.code !== 'custom' || Number.isNaN(waarde))) continue;
        fouten.push(metBlad(AANVULLEND_BLAD, { rij: r.rij, kolom: KOP[k], melding: inKolomTaal(issue.message) }));
      }
    } else if (periode) {
      for (const b of buitenSchooljaar(check.data, schooljaar, periode)) if (!mislukt.has(b.veld)) fout(b.veld, inKolomTaal(b.melding));
    }
    if (!check.success || fouten.length > aantal || !afspraak) continue;

    const { afspraakId: _afspraakId, ...waarden } = check.data;
    const k = `${afspraakSleutel}|${recordSleutel(waarden.startdatum, waarden.reden)}`;
    const eerder = gezien.get(k);
    if (eerder !== undefined) {
      fouten.push(
        metBlad(AANVULLEND_BLAD, { rij: r.rij, kolom: KOP.reden, melding: `Dubbele regel: dezelfde afspraak, Van en Reden staan ook in rij ${eerder}.` }),
      );
      continue;
    }
    gezien.set(k, r.rij);
    const oud = bestaand?.records.find((x) => recordSleutel(x.startdatum, x.reden) === recordSleutel(waarden.startdatum, waarden.reden));
    // The record of the Extra uren columns (a record made on this sheet can become it): this row
    // keeps it, unless the afspraken sheet of this file gives those columns a value too.
    if (oud && oud.id === bestaand?.blad?.id) {
      const kolommen = opDitBlad?.aanvullend;
      if (kolommen && (kolommen.urenPerWeek > 0 || kolommen.reden !== null)) {
        fouten.push(
          metBlad(AANVULLEND_BLAD, {
            rij: r.rij,
            kolom: KOP.reden,
            melding: `Deze regel is de Extra uren per week van de afspraak op het blad Afspraken (rij ${opDitBlad!.rij}). Wijzig hem op één plaats: hier, of daar (maak dan deze rij leeg).`,
          }),
        );
        continue;
      }
      geclaimd.add(afspraakSleutel);
    }
    const rij: AanvullendPlanRij = {
      rij: r.rij,
      soort: 'nieuw',
      afspraakSleutel,
      afspraakId: bestaand?.id ?? null,
      bestaandId: oud?.id ?? null,
      waarden: { ...waarden, bron: oud?.bron ?? 'blad', bronId: oud?.bronId ?? null, bronTekst: oud?.bronTekst ?? null },
      label: {
        schooljaar: schooljaarLabel(schooljaar),
        vestigingscode: code!,
        schoolnaam: school!.naam,
        aanbieder: aanbieder!.naam,
        functie: functie!.code,
        van: datumTekst(waarden.startdatum),
        reden: waarden.reden,
      },
      wijzigingen: [],
    };
    if (oud) {
      for (const v of VERGELEKEN) {
        const a = oud[v.veld] ?? null;
        const b = (rij.waarden as Record<string, unknown>)[v.veld] ?? null;
        if (a !== b) rij.wijzigingen.push({ kolom: KOP[v.kolom], oud: v.toon(a), nieuw: v.toon(b) });
      }
      rij.soort = rij.wijzigingen.length > 0 ? 'gewijzigd' : 'ongewijzigd';
    }
    plan.push(rij);
  }
  return { rijen: plan, geclaimd };
}

/** Writes the new and changed records (inside the caller's transaction); `afspraakIds` by afspraak key for afspraken of this file. */
export function schrijfAanvullend(
  db: Db,
  rijen: readonly AanvullendPlanRij[],
  afspraakIds: ReadonlyMap<string, number>,
  log: [string, string | null, unknown, unknown][],
): void {
  for (const r of rijen) {
    if (r.soort === 'ongewijzigd') continue;
    const afspraakId = afspraakIds.get(r.afspraakSleutel) ?? r.afspraakId!;
    const record = { ...r.waarden, afspraakId };
    if (r.bestaandId !== null) {
      aanvullendeInzetTabel.wijzig(db, r.bestaandId, record);
      log.push([
        'aanvullende_inzet',
        String(r.bestaandId),
        Object.fromEntries(r.wijzigingen.map((x) => [x.kolom, x.oud])),
        Object.fromEntries(r.wijzigingen.map((x) => [x.kolom, x.nieuw])),
      ]);
    } else {
      const [id] = voegAanvullendeInzetToe(db, [record]);
      log.push(['aanvullende_inzet', String(id), null, { ...record, blad: AANVULLEND_BLAD, rij: r.rij }]);
    }
  }
}

/** The preview of the sheet, as the afspraken sheet's. */
export function aanvullendVoorbeeld(rijen: readonly AanvullendPlanRij[], max: number): AanvullendVoorbeeld {
  const tel = (s: AanvullendPlanRij['soort']) => rijen.filter((r) => r.soort === s).length;
  const zichtbaar = rijen.filter((r) => r.soort !== 'ongewijzigd');
  return {
    blad: AANVULLEND_BLAD,
    rijen: rijen.length,
    nieuw: tel('nieuw'),
    gewijzigd: tel('gewijzigd'),
    ongewijzigd: tel('ongewijzigd'),
    wijzigingen: zichtbaar.slice(0, max).map(({ rij, soort, label, wijzigingen }) => ({ rij, soort, label, wijzigingen })),
    ingekort: zichtbaar.length > max,
  };
}
