// The monitor tests' Hoogeveen-like schools (issue 18): two wijken, three schools, aanbieder
// Stichting Welzijnswerk (SWW); no Zwolle anywhere. Works whether or not a new file already holds SWW.
import { ok, type Env } from './registratie';

export async function hoogeveenMonitor(env: Env) {
  const centrum = await ok(env, 'wijken.maak', { naam: 'Hoogeveen-Centrum', omschrijving: null });
  const krakeel = await ok(env, 'wijken.maak', { naam: 'Krakeel', omschrijving: null });
  const bestaand = (await ok(env, 'aanbieders.lijst', {})).find((a) => a.korteNaam === 'SWW');
  const sww = bestaand ?? (await ok(env, 'aanbieders.maak', { naam: 'Stichting Welzijnswerk', korteNaam: 'SWW' }));
  const tamboer = await ok(env, 'scholen.maak', { vestigingscode: '07KX00', naam: 'De Tamboer', sector: 'PO', wijkId: centrum.id, plaats: 'Hoogeveen' });
  const kei = await ok(env, 'scholen.maak', { vestigingscode: '11QM01', naam: 'De Kei', sector: 'PO', wijkId: krakeel.id, plaats: 'Hoogeveen' });
  const wolfsbos = await ok(env, 'scholen.maak', { vestigingscode: '16TE00', naam: 'Wolfsbos Groep', sector: 'VO', wijkId: centrum.id, plaats: 'Hoogeveen' });
  return { centrum, krakeel, sww: sww.id, tamboer, kei, wolfsbos };
}
