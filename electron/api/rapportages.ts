// Rapportages and grafieken: the Excel reports (written after a native save dialog; the renderer
// never passes a path) and the chart series, shaped from the engines' results.
import { jaarWaarschuwingen, schooljaarWaarschuwingen } from './waarschuwingen';
import path from 'node:path';
import { dekkingVoorJaar } from '../domain/dekking';
import { dekkingGrafiek, dekkingPerJaarReeks, kostenPerJaarReeks, kostenVerdelingGrafiek, trendReeks } from '../domain/grafieken';
import { kostenoverzicht, totalenPerBegrotingsjaar } from '../domain/kosten';
import { afsprakenVan, afsprakenVoorBegrotingsjaar, instellingenVan, lookupsVan, postenVan, scholenVan } from '../db/lees-cache';
import { bekendeJaren, dekkingsgraadVoor, functiesVanSchooljaar, sectorenVanFunctie, standaardFunctie } from '../reports/gegevens';
import { ontbrekend, schrijfRapport, standaardBestandsnaam } from '../reports/rapporten';
import { leesAanbieder } from '../db/aanbieders-repo';
import { nietGevonden } from './registratie-hulp';
import { leesVerdelingOf } from './verdelingen';
import { schrijfAtomisch } from '../bestanden/atomisch';
import { GebruikersFout } from './fout';
import type { Handlers } from './registry';

const XLSX = [{ name: 'Excel-werkmap', extensions: ['xlsx'] }];
const PNG = [{ name: 'PNG-afbeelding', extensions: ['png'] }];
const PNG_HANDTEKENING = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function jarenBereik(bekend: number[], van?: number, tot?: number): number[] {
  const a = van ?? (bekend.length ? bekend[0] : new Date().getFullYear());
  const b = tot ?? (bekend.length ? bekend[bekend.length - 1] : a);
  if (b < a)
    throw new GebruikersFout('Tot en met jaar ligt vóór het vanaf-jaar.', 'ongeldige-invoer', [
      { veld: 'totJaar', melding: 'Tot en met jaar ligt vóór het vanaf-jaar.' },
    ]);
  if (b - a > 50)
    throw new GebruikersFout('Kies een periode van hoogstens 50 jaar.', 'ongeldige-invoer', [
      { veld: 'totJaar', melding: 'Kies een periode van hoogstens 50 jaar.' },
    ]);
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export const rapportagesHandlers: Handlers<
  'rapport.opslaan' | 'grafiek.dekking' | 'grafiek.kostenPerJaar' | 'grafiek.kostenVerdeling' | 'grafiek.dekkingPerJaar' | 'grafiek.trend' | 'grafiek.opslaan'
> = {
  'rapport.opslaan': async (vraag, { db, omgeving }) => {
    const mist = ontbrekend(vraag);
    if (vraag.aanbiederId !== undefined && !leesAanbieder(db, vraag.aanbiederId)) nietGevonden(`De aanbieder met nummer ${vraag.aanbiederId}`);
    if (vraag.verdelingId !== undefined) leesVerdelingOf(db, vraag.verdelingId);
    if (mist) throw new GebruikersFout(mist.melding, 'ongeldige-invoer', [mist]);
    const standaardNaam = standaardBestandsnaam(vraag);
    const pad = await omgeving.kiesBestand({ doel: 'opslaan', titel: 'Rapport opslaan', standaardNaam, filters: XLSX });
    if (!pad) return { opgeslagen: false, bestand: null, bestandsnaam: standaardNaam, ingekort: null };
    const doel = pad.toLowerCase().endsWith('.xlsx') ? pad : `${pad}.xlsx`;
    // A failed export leaves the old file or nothing; SchrijfFout says why (registry maps it).
    const { ingekort } = await schrijfAtomisch(doel, (tijdelijk) =>
      schrijfRapport(db, omgeving.dbPad(), tijdelijk, vraag, { voortgang: (f) => omgeving.voortgang?.('Rapport schrijven', f) }),
    );
    return { opgeslagen: true, bestand: doel, bestandsnaam: path.basename(doel), ingekort };
  },

  // The charts read the same cached rows as the dashboard (db/lees-cache.ts), so a chart and
  // kosten.begrotingsjaar always agree to the cent.
  'grafiek.dekking': ({ schooljaar, functie, sectoren }, { db }) => {
    const afspraken = afsprakenVan(db, schooljaar, schooljaar);
    const lookups = lookupsVan(db);
    const functies = functiesVanSchooljaar(afspraken, schooljaar);
    const gekozen = functie ?? standaardFunctie(afspraken, schooljaar) ?? 'JGW';
    const d = dekkingsgraadVoor({ afspraken, scholen: scholenVan(db, schooljaar), wijkNamen: lookups.wijkNamen, lookups }, schooljaar, gekozen, sectoren);
    return {
      ...dekkingGrafiek(d),
      functies,
      sectoren: sectoren && sectoren.length > 0 ? [...sectoren] : sectorenVanFunctie(afspraken, lookups, schooljaar, gekozen),
    };
  },

  'grafiek.kostenPerJaar': ({ vanJaar, totJaar }, { db }) => {
    const jaren = jarenBereik(bekendeJaren(db).begrotingsjaren, vanJaar, totJaar);
    const [van, tot] = [jaren[0], jaren[jaren.length - 1]];
    // The trend engine of kosten.perJaar: one pass over the schooljaren van−1..tot.
    const reeks = kostenPerJaarReeks(totalenPerBegrotingsjaar(afsprakenVan(db, van - 1, tot), van, tot, instellingenVan(db)));
    return reeks.map((p) => ({ ...p, onvolledig: jaarWaarschuwingen(db, p.jaar).map((w) => w.tekst) }));
  },

  'grafiek.kostenVerdeling': ({ begrotingsjaar }, { db }) =>
    kostenVerdelingGrafiek(
      kostenoverzicht(afsprakenVoorBegrotingsjaar(db, begrotingsjaar), { begrotingsjaar }, instellingenVan(db), lookupsVan(db)),
      begrotingsjaar,
    ),

  'grafiek.dekkingPerJaar': ({ vanJaar, totJaar }, { db }) => {
    const jaren = jarenBereik(bekendeJaren(db).begrotingsjaren, vanJaar, totJaar);
    const ctx = instellingenVan(db);
    const lookups = lookupsVan(db);
    const posten = [...postenVan(db)];
    return dekkingPerJaarReeks(jaren.map((j) => dekkingVoorJaar(afsprakenVoorBegrotingsjaar(db, j), j, posten, ctx, lookups))).map((p) => ({
      ...p,
      onvolledig: jaarWaarschuwingen(db, p.jaar).map((w) => w.tekst),
    }));
  },

  'grafiek.trend': ({ vanJaar, totJaar }, { db }) => {
    const bekend = bekendeJaren(db).schooljaren;
    const schooljaren = bekend.length === 0 && vanJaar === undefined ? [] : jarenBereik(bekend, vanJaar, totJaar);
    const afspraken = schooljaren.length === 0 ? [] : afsprakenVan(db, schooljaren[0], schooljaren[schooljaren.length - 1]);
    const reeks = trendReeks(afspraken, schooljaren, instellingenVan(db), lookupsVan(db));
    // Rule 13 per schooljaar: afspraken at € 0, and a schooljaar much smaller than the one before.
    const onvolledig = (sj: number) => [
      ...jaarWaarschuwingen(db, sj)
        .filter((w) => w.schooljaar === sj)
        .map((w) => w.tekst),
      ...schooljaarWaarschuwingen(db, sj).map((w) => w.tekst),
    ];
    return { ...reeks, punten: reeks.punten.map((p) => ({ ...p, onvolledig: onvolledig(p.schooljaar) })) };
  },

  'grafiek.opslaan': async ({ naam, png }, { omgeving }) => {
    const data = Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64');
    if (data.length < 8 || !data.subarray(0, 8).equals(PNG_HANDTEKENING)) {
      throw new GebruikersFout('Afbeelding: dit is geen PNG-afbeelding.', 'ongeldige-invoer', [{ veld: 'png', melding: 'Geen PNG-afbeelding.' }]);
    }
    const standaardNaam = `${naam.replace(/[\\/:*?"<>|]/g, '-')}.png`;
    const pad = await omgeving.kiesBestand({ doel: 'opslaan', titel: 'Grafiek opslaan als afbeelding', standaardNaam, filters: PNG });
    if (!pad) return { opgeslagen: false, bestand: null, bestandsnaam: standaardNaam };
    const doel = pad.toLowerCase().endsWith('.png') ? pad : `${pad}.png`;
    await schrijfAtomisch(doel, data);
    return { opgeslagen: true, bestand: doel, bestandsnaam: path.basename(doel) };
  },
};
