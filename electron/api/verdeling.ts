// Dividing a pool over schools (issue 16, docs/regels.md#regel-17): the schools of the sectors,
// wijken or chosen schools with their DUO count of the schooljaar, weighed by the rule, divided by
// the pure engine in domain/verdeling.ts. The screen's preview, the CLI's dry run and a saved
// verdeling all go through berekenVoorstel, so they show one division.
import { scholenVan, lookupsVan } from '../db/lees-cache';
import type { Db } from '../db/open';
import { gewichtEenheden, naarEenheden, standaardStap, uitEenheden, verdeelPot, VerdeelFout } from '../domain/verdeling';
import { controleerFuncties } from './functie-controle';
import { GebruikersFout } from './fout';
import type { VerdelingInhoud } from './invoer/verdeling';
import { Controle } from './registratie-hulp';
import type { Handlers } from './registry';
import type { VerdelingSchoolRij, VerdelingVoorstel } from './typen/verdeling';

export function berekenVoorstel(db: Db, inhoud: VerdelingInhoud): VerdelingVoorstel {
  controleerFuncties(db, [inhoud.functie]);
  const { soort, regel } = inhoud;
  const c = new Controle();
  if (regel === 'voet' && inhoud.voet === null) c.fout('voet', 'Geef de voet op: het vaste deel dat elke school eerst krijgt.');
  if (regel !== 'voet' && inhoud.voet !== null) c.fout('voet', 'Een voet hoort alleen bij de verdeelregel voet.');
  c.klaar();
  const wijkNamen = lookupsVan(db).wijkNamen;
  for (const id of inhoud.wijkIds) if (!wijkNamen.has(id)) c.fout('wijkIds', `De wijk met nummer ${id} bestaat niet (meer).`);
  const alle = scholenVan(db, inhoud.schooljaar);
  const gekozen = new Set(inhoud.schoolIds);
  const bekend = new Set(alle.map((s) => s.id));
  for (const id of gekozen) if (!bekend.has(id)) c.fout('schoolIds', `De school met nummer ${id} bestaat niet (meer).`);
  c.klaar();
  const wijken = new Set(inhoud.wijkIds);
  const scholen = alle
    .filter((s) => inhoud.sectoren.includes(s.sector))
    .filter((s) => wijken.size === 0 || (s.wijkId !== null && wijken.has(s.wijkId)))
    .filter((s) => gekozen.size === 0 || gekozen.has(s.id));
  const perSchool = new Map(inhoud.scholen.map((r) => [r.schoolId, r]));
  const inVerdeling = new Set(scholen.map((s) => s.id));
  inhoud.scholen.forEach((r, i) => {
    if (!inVerdeling.has(r.schoolId))
      c.fout(`scholen.${i}.schoolId`, `De school met nummer ${r.schoolId} valt niet onder deze sectoren, wijken of gekozen scholen.`);
  });
  c.klaar();

  const eenheid = (w: number | null) => (w === null ? null : naarEenheden(soort, w));
  const regelGewicht = (leerlingen: number | '<5' | null): number =>
    regel === 'gelijk' ? 1 : regel === 'gewicht' ? 0 : typeof leerlingen === 'number' ? leerlingen : 0;
  const rijen = scholen.map((s) => {
    const eigen = perSchool.get(s.id);
    const gewicht = eigen?.gewicht ?? regelGewicht(s.leerlingen);
    return { s, eigen, gewicht };
  });
  let toewijzing;
  try {
    toewijzing = verdeelPot({
      totaal: naarEenheden(soort, inhoud.totaal),
      stap: inhoud.stap === null ? standaardStap(soort) : naarEenheden(soort, inhoud.stap),
      voet: eenheid(inhoud.voet) ?? 0,
      scholen: rijen.map(({ s, eigen, gewicht }) => ({
        vestigingscode: s.vestigingscode,
        gewicht: gewichtEenheden(gewicht) as number,
        min: eenheid(eigen?.min ?? inhoud.min),
        max: eenheid(eigen?.max ?? inhoud.max),
      })),
    });
  } catch (e) {
    if (e instanceof VerdeelFout) throw new GebruikersFout(e.message, 'ongeldige-invoer', [{ veld: e.veld, melding: e.message }]);
    throw e;
  }
  let uitgedeeld = 0;
  const uit: VerdelingSchoolRij[] = rijen.map(({ s, eigen, gewicht }, i) => {
    const t = toewijzing[i];
    const hand = eigen?.toegekend ?? null;
    const toegekend = hand === null ? t.toegekend : naarEenheden(soort, hand);
    uitgedeeld += toegekend;
    return {
      schoolId: s.id,
      vestigingscode: s.vestigingscode,
      naam: s.naam,
      sector: s.sector,
      wijk: s.wijkId === null ? null : (wijkNamen.get(s.wijkId) ?? null),
      leerlingen: s.leerlingen,
      gewicht,
      eigenGewicht: eigen?.gewicht !== null && eigen?.gewicht !== undefined,
      quotum: uitEenheden(soort, t.quotum),
      berekend: uitEenheden(soort, t.toegekend),
      toegekend: uitEenheden(soort, toegekend),
      handmatig: hand !== null && naarEenheden(soort, hand) !== t.toegekend,
      begrensd: t.begrensd,
      min: eigen?.min ?? inhoud.min,
      max: eigen?.max ?? inhoud.max,
      aanbiederId: eigen?.aanbiederId ?? null,
    };
  });
  return {
    schooljaar: inhoud.schooljaar,
    soort,
    functie: inhoud.functie,
    regel,
    totaal: inhoud.totaal,
    stap: inhoud.stap ?? uitEenheden(soort, standaardStap(soort)),
    voet: inhoud.voet,
    uitgedeeld: uitEenheden(soort, uitgedeeld),
    scholen: uit,
  };
}

export const verdelingHandlers: Handlers<'verdeling.bereken'> = {
  'verdeling.bereken': (inhoud, { db }) => berekenVoorstel(db, inhoud),
};
