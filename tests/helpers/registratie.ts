// Typed calls and a small Zwolle-like data set for the registry tests.
import { expect } from 'vitest';
import { invoke } from '../../electron/api/registry';
import type { Input, MethodName, Output } from '../../electron/api/contract';
import type { ApiFoutData } from '../../electron/api/typen/fout';
import { testOmgeving, voegVoorbeeldAanbiedersToe } from './db';

export type Env = Awaited<ReturnType<typeof testOmgeving>>;

/** Calls a method that must succeed. */
export async function ok<K extends MethodName>(env: Env, method: K, input: Input<K>): Promise<Output<K>> {
  const r = await invoke(method, input, env.omgeving);
  if (!r.ok) throw new Error(`${method} faalde: ${r.fout.melding} ${JSON.stringify(r.fout.velden)}`);
  return r.data;
}

/** Calls a method that must fail; returns the error. */
export async function fout(env: Env, method: MethodName, input: unknown): Promise<ApiFoutData> {
  const r = await invoke(method, input, env.omgeving);
  expect(r.ok, `${method} had moeten falen`).toBe(false);
  if (r.ok) throw new Error('onbereikbaar');
  return r.fout;
}

export const afspraakInvoer = (
  over: Partial<Input<'afspraken.maak'>> & Pick<Input<'afspraken.maak'>, 'schoolId' | 'aanbiederId'>,
): Input<'afspraken.maak'> => ({
  schooljaar: 2017,
  functie: 'JGW',
  basisurenPerWeek: 4,
  aandeelGemeente: 100,
  aandeelOnderwijs: 0,
  status: 'afgesproken',
  ...over,
});

/** A record of aanvullende inzet: by default 2 uur over the whole schooljaar 2017-2018 with 100 % gemeente (it counts with the basisuren of such an afspraak). */
export const inzetInvoer = (afspraakId: number, over: Partial<Input<'aanvullendeInzet.maak'>> = {}): Input<'aanvullendeInzet.maak'> => ({
  afspraakId,
  urenPerWeek: 2,
  startdatum: '2017-09-01',
  einddatum: '2018-08-31',
  reden: 'Veel zorgleerlingen',
  aandeelGemeente: 100,
  aandeelOnderwijs: 0,
  ...over,
});

/** Two wijken, a bestuur, three schools and the five seeded aanbieders. */
export async function basis(env: Env) {
  voegVoorbeeldAanbiedersToe(env.db);
  const centrum = await ok(env, 'wijken.maak', { naam: 'Centrum', omschrijving: null });
  const zuid = await ok(env, 'wijken.maak', { naam: 'Zuid', omschrijving: null });
  const bestuur = await ok(env, 'besturen.maak', { nummer: '41601', naam: 'Stichting Openbaar Onderwijs Zwolle' });
  const mozaiek = await ok(env, 'scholen.maak', {
    vestigingscode: '20CF01',
    naam: 'Het Mozaïek',
    sector: 'PO',
    wijkId: centrum.id,
    bestuurId: bestuur.id,
    plaats: 'Zwolle',
  });
  const regenboog = await ok(env, 'scholen.maak', { vestigingscode: '21AB00', naam: 'De Regenboog', sector: 'PO', wijkId: zuid.id, plaats: 'Zwolle' });
  const carolus = await ok(env, 'scholen.maak', { vestigingscode: '02OT00', naam: 'Carolus Clusius College', sector: 'VO', wijkId: centrum.id });
  const aanbieders = await ok(env, 'aanbieders.lijst', {});
  const id = (naam: string) => aanbieders.find((a) => a.naam === naam)!.id;
  return { centrum, zuid, bestuur, mozaiek, regenboog, carolus, kern: id('De Kern'), mee: id('MEE IJsseloevers'), trias: id('Trias Jeugdhulp') };
}

export type Basis = Awaited<ReturnType<typeof basis>>;

/** A fresh in-memory database holding the basis registry: what the registry tests start from. */
export async function metBasis(): Promise<{ env: Env; d: Basis }> {
  const env = await testOmgeving();
  return { env, d: await basis(env) };
}
