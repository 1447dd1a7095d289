// Reading a BLOZ proposal back (issue 16 item 4) after the BLOZ adjusted it: the sheet "Verdeling"
// of the workbook reports/verdeling.ts wrote, read with the afsprakenblad's reader (header check,
// cells as typed or cached, formulas never evaluated) and checked row by row. All-or-nothing: every
// problem at once as (rij, kolom, wat), in Dutch; only a clean sheet gives a plan.
import type { VerdelingVoorstel } from '../api/typen/verdeling';
import type { ImportMelding } from '../api/typen/importeren';
import { formatEuro, formatUren, parseBedrag, parseGetal } from '../domain/geld';
import { parseSchooljaar, schooljaarLabel } from '../domain/schooljaar';
import { naarEenheden, uitEenheden } from '../domain/verdeling';
import { VERDELING_BLAD, VERDELING_KOLOMMEN } from './verdeling-kolommen';
import { isLeeg, leesBlad, toonWaarde, type AfsprakenBlad, type Cel } from './afspraken-blad';
import { ImportFout } from './fout';

const I = Object.fromEntries(VERDELING_KOLOMMEN.map((k, i) => [k, i])) as Record<(typeof VERDELING_KOLOMMEN)[number], number>;

export function leesVerdelingBlad(inhoud: Buffer | Uint8Array): Promise<AfsprakenBlad> {
  return leesBlad(inhoud, {
    // Only Schooljaar, Vestigingscode and Toegekend are read; the other columns are for the reader.
    kolommen: VERDELING_KOLOMMEN.map((kop) => ({ kop, optioneel: kop === 'Toelichting' })),
    blad: VERDELING_BLAD,
    sjabloon: 'het BLOZ-voorstel van de verdeling',
    naam: 'BLOZ-voorstel',
  });
}

export interface VerdelingImportPlan {
  /** Per school the allocation in the pot's API form; null = the computed one (no hand edit). */
  toegekend: Map<number, number | null>;
  gewijzigd: number;
  uitgedeeld: number;
  waarschuwingen: ImportMelding[];
}

function leesHoeveelheid(v: VerdelingVoorstel, c: Exclude<Cel, null>): number | null {
  if (typeof c === 'number') return v.soort === 'uren' ? c : Math.round(c * 100);
  if (typeof c !== 'string') return null;
  return v.soort === 'uren' ? parseGetal(c.replace(/\s*uur$/i, '')) : parseBedrag(c);
}

/** Checks every row against the verdeling's current division; throws ImportFout with all problems. */
export function maakVerdelingPlan(v: VerdelingVoorstel, blad: AfsprakenBlad): VerdelingImportPlan {
  const fouten: ImportMelding[] = [];
  const waarschuwingen = [...blad.waarschuwingen];
  const scholen = new Map(v.scholen.map((s) => [s.vestigingscode.toUpperCase(), s]));
  const gezien = new Map<string, number>();
  const toegekend = new Map<number, number | null>();
  const stap = naarEenheden(v.soort, v.stap);
  let gewijzigd = 0;
  let uitgedeeld = 0;
  for (const r of blad.rijen) {
    const c = r.cellen;
    // The proposal's own total row ("Totaal", no vestigingscode): the figures come from the schools.
    const eerste = c[I.Schooljaar];
    if (typeof eerste === 'string' && eerste.trim().toLowerCase() === 'totaal' && isLeeg(c[I.Vestigingscode])) continue;
    const fout = (kolom: string, melding: string) => fouten.push({ rij: r.rij, kolom, melding });
    const sjCel = c[I.Schooljaar];
    const sj = sjCel === null ? null : parseSchooljaar(toonWaarde(sjCel));
    if (sj !== v.schooljaar)
      fout('Schooljaar', `${sjCel === null ? 'leeg' : `"${toonWaarde(sjCel)}"`}: deze verdeling is voor schooljaar ${schooljaarLabel(v.schooljaar)}.`);
    const codeCel = c[I.Vestigingscode];
    const code = codeCel === null ? '' : toonWaarde(codeCel).trim().toUpperCase();
    const school = scholen.get(code);
    if (!school) {
      fout('Vestigingscode', code === '' ? 'is leeg.' : `${code} hoort niet bij deze verdeling.`);
      continue;
    }
    const eerder = gezien.get(code);
    if (eerder !== undefined) {
      fout('Vestigingscode', `${code} staat ook in rij ${eerder}.`);
      continue;
    }
    gezien.set(code, r.rij);
    const cel = c[I.Toegekend];
    if (cel === null || isLeeg(cel)) {
      fout('Toegekend', 'is leeg: vul het toegekende aantal in (0 mag).');
      continue;
    }
    if (typeof cel === 'object' && !(cel instanceof Date) && 'fout' in cel) {
      fout('Toegekend', cel.fout);
      continue;
    }
    const waarde = leesHoeveelheid(v, cel);
    const eenheden = waarde === null ? null : naarEenheden(v.soort, waarde);
    if (waarde === null || eenheden === null || !Number.isSafeInteger(eenheden) || eenheden < 0) {
      fout('Toegekend', `"${toonWaarde(cel)}" is geen ${v.soort === 'uren' ? 'aantal uren' : 'bedrag'} van 0 of meer.`);
      continue;
    }
    if (eenheden % stap !== 0) {
      fout(
        'Toegekend',
        `${toonWaarde(cel)} is geen geheel aantal stappen van ${v.soort === 'uren' ? `${String(v.stap).replace('.', ',')} uur` : `€ ${(v.stap / 100).toFixed(2).replace('.', ',')}`}.`,
      );
      continue;
    }
    uitgedeeld += eenheden;
    const berekend = naarEenheden(v.soort, school.berekend);
    toegekend.set(school.schoolId, eenheden === berekend ? null : uitEenheden(v.soort, eenheden));
    if (eenheden !== naarEenheden(v.soort, school.toegekend)) gewijzigd++;
  }
  for (const s of v.scholen)
    if (!gezien.has(s.vestigingscode.toUpperCase()))
      fouten.push({ kolom: 'Vestigingscode', melding: `${s.vestigingscode} (${s.naam}) ontbreekt in het blad.` });
  if (fouten.length > 0) throw new ImportFout(fouten);
  const pot = naarEenheden(v.soort, v.totaal);
  const tekst = (x: number) => (v.soort === 'uren' ? `${formatUren(x)} uur` : formatEuro(x, { cents: true }));
  if (uitgedeeld !== pot)
    waarschuwingen.push({
      melding: `Het blad deelt ${tekst(uitEenheden(v.soort, uitgedeeld))} uit van ${tekst(v.totaal)}: vaststellen kan pas als het totaal gelijk is aan de pot.`,
    });
  return { toegekend, gewijzigd, uitgedeeld: uitEenheden(v.soort, uitgedeeld), waarschuwingen };
}
