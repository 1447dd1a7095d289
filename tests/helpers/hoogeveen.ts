// A Hoogeveen-like file the tests build themselves (seed 003): schools of PO, SBO, SO, VO and VSO,
// aanbieder Stichting Welzijnswerk (SWW), functies JMW/JW/JP under one Hoogeveen regeling.
// Nothing of Zwolle in it.
import type { Input } from '../../electron/api/contract';
import { ok, type Env } from './registratie';

export const HOOGEVEEN_REGELING = 'Schoolmaatschappelijk werk en jongerenwerk Hoogeveen 2019-2022';

export async function hoogeveen(env: Env) {
  await ok(env, 'instellingen.opslaan', { ...(await ok(env, 'instellingen.lezen', {})), gemeenteNaam: 'Hoogeveen', gemeenteCode: '0118' });
  const wijk = await ok(env, 'wijken.maak', { naam: 'Hoogeveen-Centrum', omschrijving: null });
  const school = (vestigingscode: string, naam: string, sector: Input<'scholen.maak'>['sector']) =>
    ok(env, 'scholen.maak', { vestigingscode, naam, sector, wijkId: wijk.id, plaats: 'Hoogeveen' });
  const scholen = {
    po: await school('04QU00', 'De Wielewaal', 'PO'),
    sbo: await school('00WR00', 'De Zwaluw', 'SBO'),
    so: await school('15WK00', 'Het Spectrum', 'SO'),
    vo: await school('20DN00', 'Roelof van Echten College', 'VO'),
    vso: await school('15WK01', 'Het Spectrum VSO', 'VSO'),
  };
  const aanbieders = await ok(env, 'aanbieders.lijst', {});
  const sww = aanbieders.find((a) => a.korteNaam === 'SWW')?.id ?? (await ok(env, 'aanbieders.maak', { naam: 'Stichting Welzijnswerk', korteNaam: 'SWW' })).id;
  const zelf = (await ok(env, 'aanbieders.maak', { naam: 'Eigen personeel scholen Hoogeveen', korteNaam: 'School' })).id;
  const basis = (sectoren: string[], functie: string, urenPerWeek: number) =>
    sectoren.map((sector) => ({ sector: sector as Input<'scholen.maak'>['sector'], functie, urenPerWeek, uurtariefCents: 6_500 }));
  const regeling = await ok(env, 'regelingen.maak', {
    naam: HOOGEVEEN_REGELING,
    startdatum: '2019-08-01',
    einddatum: '2022-07-31',
    aandeelGemeente: 100,
    aandeelOnderwijs: 0,
    basisinzet: [...basis(['PO', 'SBO', 'SO', 'VO', 'VSO'], 'JMW', 4), ...basis(['VO', 'VSO'], 'JW', 2), ...basis(['SO', 'VSO'], 'JP', 3)],
  });
  return { scholen, sww, zelf, regeling };
}

export type Hoogeveen = Awaited<ReturnType<typeof hoogeveen>>;
