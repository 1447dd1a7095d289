// Issue 13 items 8 and 9 on real SQLite and real files: DUO's bevoegde-gezagen list names the
// besturen (preview, all-or-nothing, Dutch refusals, CLI), and wijken for many schools at once
// (one wijk for a selection, postcode rules that fill EMPTY wijken on request and on DUO import).
// The data is Hoogeveen's (gemeente 0118): nothing of Zwolle is needed.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { dump, testOmgeving, tmpDbPad, type Call } from '../helpers/db';
import { DUO_MAP } from '../helpers/afspraken-blad';

const BESTUREN = path.join(DUO_MAP, 'duo_bevoegde-gezagen_FIXTURE.csv');
const ADRESSEN = [
  'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv',
  'duo_so_09-alle-vestigingen-sbo-so-en-vso_ZWOLLE_HOOGEVEEN.csv',
  'duo_vo_02-alle-vestigingen-vo_ZWOLLE_HOOGEVEEN.csv',
];
const b64 = (inhoud: Buffer | string) => Buffer.from(inhoud).toString('base64');

async function wel<T>(p: Promise<{ ok: true; data: T } | { ok: false; fout: { melding: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.fout.melding);
  return r.data;
}

async function nee(p: Promise<{ ok: boolean; fout?: { melding: string; velden: { veld: string; melding: string; rij?: number }[] } }>) {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.fout!;
}

/** Hoogeveen's schools from DUO's address files, through the same API as the Importeren page. */
async function hoogeveen(call: Call) {
  const bestanden = ADRESSEN.map((naam) => ({ naam, inhoudBase64: b64(fs.readFileSync(path.join(DUO_MAP, naam))) }));
  const v = await wel(call('import.duoVoorbeeldInhoud', { bestanden, gemeenteCode: '0118' }));
  return { voorbeeld: v, resultaat: await wel(call('import.duoUitvoeren', { id: v.id })) };
}

const besturenInvoer = (inhoud: Buffer | string, naam = 'bevoegde-gezagen.csv') => ({ naam, inhoudBase64: b64(inhoud) });

function vang() {
  const out: string[] = [];
  const err: string[] = [];
  return { uitvoer: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('besturen: DUO-lijst van bevoegde gezagen', () => {
  it('names the besturen by number after a preview; a row without a name empties nothing; nothing is deleted', async () => {
    const { call, db } = await testOmgeving();
    await hoogeveen(call);
    const naam = (nummer: string) => db.prepare('SELECT naam FROM besturen WHERE nummer = ?').pluck().get(nummer);
    expect(naam('69877')).toBe('Bevoegd gezag 69877');
    const aantalVoor = db.prepare('SELECT count(*) FROM besturen').pluck().get() as number;

    const voor = dump(db);
    const v = await wel(call('import.besturenVoorbeeldInhoud', besturenInvoer(fs.readFileSync(BESTUREN), 'duo_bevoegde-gezagen_FIXTURE.csv')));
    expect(v.encoding).toBe('windows-1252');
    expect(v.rijen).toBe(7);
    expect(v.nieuw).toEqual([{ nummer: '99001', naam: 'Proefstichting Zonder Scholen' }]);
    expect(v.gewijzigd.map((g) => [g.nummer, g.oud, g.nieuw])).toContainEqual(['41414', 'Bevoegd gezag 41414', 'Proefstichting Speciaal Onderwijs Ééndracht']);
    expect(v.gewijzigd).toHaveLength(5);
    expect(v.zonderNaam).toBe(1);
    // A preview saves nothing.
    expect(dump(db)).toEqual(voor);

    const r = await wel(call('import.besturenUitvoeren', { id: v.id! }));
    expect(r.samenvatting).toBe('Besturen uit duo_bevoegde-gezagen_FIXTURE.csv opgeslagen: 1 nieuw, 5 met een andere naam, 0 ongewijzigd.');
    expect(naam('69877')).toBe('Proefstichting Openbaar Primair Onderwijs Zuidwest');
    expect(naam('41803')).toBe('Bevoegd gezag 41803');
    expect(db.prepare('SELECT count(*) FROM besturen').pluck().get()).toBe(aantalVoor + 1);
    const log = db.prepare(`SELECT entiteit, oud, nieuw FROM mutatielog WHERE methode = 'import.besturenUitvoeren' ORDER BY id`).all() as {
      entiteit: string;
      oud: string | null;
      nieuw: string;
    }[];
    expect(log).toHaveLength(6);
    expect(log.every((l) => l.entiteit === 'bestuur')).toBe(true);

    // The school list and the same list again: names by number, nothing left to change.
    const rij = (await wel(call('scholen.lijst', {}))).rijen.find((s) => s.bestuurNummer === '13737')!;
    expect(rij.bestuur).toBe('Proefstichting Voortgezet Onderwijs Zuidwest-Drenthe');
    const weer = await wel(call('import.besturenVoorbeeldInhoud', besturenInvoer(fs.readFileSync(BESTUREN))));
    expect([weer.nieuw.length, weer.gewijzigd.length, weer.ongewijzigd]).toEqual([0, 0, 6]);
  });

  it('reads UTF-8 with BOM and commas too, and a name the user typed is updated from DUO by number', async () => {
    const { call, db } = await testOmgeving();
    await wel(call('besturen.maak', { nummer: '40655', naam: 'Mijn eigen naam' }));
    const csv = '\uFEFFBEVOEGD GEZAG NUMMER,BEVOEGD GEZAG NAAM,PLAATSNAAM\r\n40655,"Proefvereniging, Hollandscheveld",HOLLANDSCHEVELD\r\n';
    const v = await wel(call('import.besturenVoorbeeldInhoud', besturenInvoer(csv)));
    expect(v.encoding).toBe('utf-8-bom');
    expect(v.gewijzigd).toEqual([{ id: 1, nummer: '40655', oud: 'Mijn eigen naam', nieuw: 'Proefvereniging, Hollandscheveld' }]);
    await wel(call('import.besturenUitvoeren', { id: v.id! }));
    expect(db.prepare('SELECT naam FROM besturen').pluck().all()).toEqual(['Proefvereniging, Hollandscheveld']);
  });

  it('refuses, in Dutch and naming row and column, and saves nothing (all or nothing)', async () => {
    const { call, db } = await testOmgeving();
    await hoogeveen(call);
    const voor = dump(db);
    const kop = 'BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\r\n';

    let f = await nee(call('import.besturenVoorbeeldInhoud', besturenInvoer(kop + '69877;Goed\r\n4x1;Fout\r\n')));
    expect(f.melding).toBe(
      'bevoegde-gezagen.csv is niet ingelezen: rij 3, kolom BEVOEGD GEZAG NUMMER: "4x1" is geen bevoegd-gezagnummer (alleen cijfers, zoals 41430). Er is niets opgeslagen.',
    );

    f = await nee(call('import.besturenVoorbeeldInhoud', besturenInvoer(kop + '69877;Een\r\n69877;Twee\r\n')));
    expect(f.melding).toContain('rij 3, kolom BEVOEGD GEZAG NUMMER: Nummer 69877 staat ook in rij 2 met een andere naam ("Een").');

    const scholen = fs.readFileSync(path.join(DUO_MAP, ADRESSEN[0]));
    f = await nee(call('import.besturenVoorbeeldInhoud', besturenInvoer(scholen)));
    expect(f.melding).toContain('problemen');
    expect(f.velden.map((v) => v.melding)).toContain(
      'Dit is een DUO-bestand met scholen, geen lijst van bevoegde gezagen. Lees het in bij "DUO-bestanden" (scholen en leerlingen).',
    );
    expect(f.velden.find((v) => v.veld === 'BEVOEGD GEZAG NAAM')?.melding).toBe('De kolom ontbreekt; die hoort in de DUO-lijst van bevoegde gezagen.');

    // And the other way round: the bevoegde-gezagen list in the DUO scholen import.
    f = await nee(call('import.duoVoorbeeldInhoud', { bestanden: [besturenInvoer(fs.readFileSync(BESTUREN))], gemeenteCode: '0118' }));
    expect(f.melding).toContain('Dit is de DUO-lijst van bevoegde gezagen (besturen), geen bestand met scholen.');

    f = await nee(call('import.besturenVoorbeeldInhoud', besturenInvoer(iconv.encode('', 'utf8'))));
    expect(f.melding).toBe('bevoegde-gezagen.csv is niet ingelezen: Het bestand is leeg. Er is niets opgeslagen.');
    f = await nee(call('import.besturenVoorbeeldInhoud', besturenInvoer(kop)));
    expect(f.melding).toBe('bevoegde-gezagen.csv is niet ingelezen: Het bestand bevat alleen een kopregel en geen gegevens. Er is niets opgeslagen.');
    f = await nee(call('import.besturenUitvoeren', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(f.melding).toBe('Dit voorbeeld is verlopen of al uitgevoerd. Kies het bestand opnieuw.');
    expect(dump(db)).toEqual(voor);
  });

  it('CLI: schoolinzet import besturen F.csv [--dry-run] [--json]', async () => {
    const pad = tmpDbPad();
    const env = await testOmgeving(pad);
    await hoogeveen(env.call);
    env.sessie.close();

    const proef = vang();
    expect(await main(['import', 'besturen', BESTUREN, '--db', pad, '--dry-run', '--json'], proef.uitvoer)).toBe(0);
    const j = JSON.parse(proef.out.join('\n'));
    expect([j.opgeslagen, j.nieuw.length, j.gewijzigd.length, j.zonderNaam]).toEqual([false, 1, 5, 1]);

    const echt = vang();
    expect(await main(['import', 'besturen', BESTUREN, '--db', pad], echt.uitvoer)).toBe(0);
    const tekst = echt.out.join('\n');
    expect(tekst).toContain('Andere naam:            5');
    expect(tekst).toContain('Besturen uit duo_bevoegde-gezagen_FIXTURE.csv opgeslagen: 1 nieuw, 5 met een andere naam, 0 ongewijzigd.');

    const fout = vang();
    const kapot = path.join(path.dirname(pad), 'kapot.csv');
    fs.writeFileSync(kapot, 'BEVOEGD GEZAG NUMMER;NAAM\r\n1;x\r\n');
    expect(await main(['import', 'besturen', kapot, '--db', pad], fout.uitvoer)).toBe(1);
    expect(fout.err.join('\n')).toContain('BEVOEGD GEZAG NAAM');
    const j2 = vang();
    expect(await main(['import', 'duo', kapot, '--db', pad, '--json'], j2.uitvoer)).toBe(1);
    expect(j2.err.join('\n')).toContain('--json kan bij import alleen met besturen.');
  });
});

describe('wijken in bulk en postcoderegels', () => {
  it('gives many schools one wijk in one call, one mutatielog line per school, and undoes it', async () => {
    const { call, db } = await testOmgeving();
    await hoogeveen(call);
    const centrum = await wel(call('wijken.maak', { naam: 'Centrum' }));
    const ids = db.prepare(`SELECT id FROM scholen WHERE plaats = 'Hoogeveen' ORDER BY id LIMIT 5`).pluck().all() as number[];
    await wel(call('scholen.wijzig', { ...(await wel(call('scholen.lees', { id: ids[0] }))), wijkId: centrum.id }));
    const logVoor = db.prepare('SELECT count(*) FROM mutatielog').pluck().get() as number;

    const r = await wel(call('scholen.zetWijk', { schoolIds: ids, wijkId: centrum.id }));
    expect(r.gewijzigd).toBe(4);
    expect(r.vorige).toEqual(ids.map((schoolId, i) => ({ schoolId, wijkId: i === 0 ? centrum.id : null })));
    expect(db.prepare(`SELECT count(*) FROM scholen WHERE wijk_id = ?`).pluck().get(centrum.id)).toBe(5);
    const log = db.prepare(`SELECT methode, entiteit, oud, nieuw FROM mutatielog WHERE id > ? ORDER BY id`).all(logVoor) as {
      methode: string;
      entiteit: string;
      oud: string;
      nieuw: string;
    }[];
    expect(log).toHaveLength(4);
    expect(log[0]).toMatchObject({ methode: 'scholen.zetWijk', entiteit: 'school', oud: '{"wijkId":null}', nieuw: `{"wijkId":${centrum.id}}` });

    await wel(call('scholen.herstelWijken', { wijken: r.vorige }));
    expect(db.prepare(`SELECT count(*) FROM scholen WHERE wijk_id = ?`).pluck().get(centrum.id)).toBe(1);

    // Refused as a whole: an unknown wijk, a school that does not exist, an empty choice.
    const voor = dump(db);
    let f = await nee(call('scholen.zetWijk', { schoolIds: ids, wijkId: 999 }));
    expect(f.melding).toBe('Wijk bestaat niet (meer); kies een wijk uit de lijst.');
    f = await nee(call('scholen.zetWijk', { schoolIds: [ids[1], 99999], wijkId: centrum.id }));
    expect(f.melding).toBe('School 99999 bestaat niet (meer); ververs het overzicht.');
    f = await nee(call('scholen.zetWijk', { schoolIds: [], wijkId: centrum.id }));
    expect(f.melding).toContain('Scholen: kies een of meer scholen.');
    f = await nee(call('scholen.zetWijk', { schoolIds: [ids[1], ids[1]], wijkId: centrum.id }));
    expect(f.melding).toContain('een school staat dubbel');
    expect(dump(db)).toEqual(voor);
  });

  it('postcode rules: refused when overlapping or reversed; fill only EMPTY wijken on request; a wijk in use by a rule cannot be deleted', async () => {
    const { call, db } = await testOmgeving();
    await hoogeveen(call);
    const noord = await wel(call('wijken.maak', { naam: 'Hoogeveen-Noord' }));
    const zuid = await wel(call('wijken.maak', { naam: 'Hoogeveen-Zuid' }));
    const regel = await wel(call('postcoderegels.maak', { van: '7901', tot: '7904', wijkId: noord.id }));
    await wel(call('postcoderegels.maak', { van: '7905', tot: '7909', wijkId: zuid.id }));

    let f = await nee(call('postcoderegels.maak', { van: '7903', tot: '7906', wijkId: zuid.id }));
    expect(f.melding).toBe('Postcodes 7903-7906 overlappen met de regel 7901-7904 → Hoogeveen-Noord. Een postcode hoort bij één wijk.');
    f = await nee(call('postcoderegels.maak', { van: '7920', tot: '7910', wijkId: zuid.id }));
    expect(f.velden).toContainEqual({ veld: 'tot', melding: 'Postcode tot en met mag niet vóór postcode van liggen.' });
    f = await nee(call('postcoderegels.maak', { van: '79AB', tot: '7910', wijkId: zuid.id }));
    expect(f.velden[0]).toMatchObject({ veld: 'van', melding: 'Postcode van: vier cijfers, zoals 8011 (zonder letters).' });
    f = await nee(call('wijken.verwijder', { id: noord.id }));
    expect(f.melding).toBe('De wijk Hoogeveen-Noord heeft nog 1 postcoderegel (7901-7904). Kies daar eerst een andere wijk.');

    // A wijk the user set stays, even if the school's postcode falls under another wijk's rule.
    const inNoord = db.prepare(`SELECT id FROM scholen WHERE substr(postcode, 1, 4) BETWEEN '7901' AND '7904' ORDER BY id`).pluck().all() as number[];
    const inZuid = db.prepare(`SELECT id FROM scholen WHERE substr(postcode, 1, 4) BETWEEN '7905' AND '7909' ORDER BY id`).pluck().all() as number[];
    expect(inNoord.length).toBeGreaterThan(1);
    await wel(call('scholen.zetWijk', { schoolIds: [inNoord[0]], wijkId: zuid.id }));

    const voorbeeld = await wel(call('wijken.vulVoorbeeld', {}));
    expect(voorbeeld.map((i) => i.schoolId).sort((a, b) => a - b)).toEqual([...inNoord.slice(1), ...inZuid].sort((a, b) => a - b));
    const r = await wel(call('wijken.vulVolgensPostcode', {}));
    expect(r.ingevuld).toEqual(voorbeeld);
    expect(db.prepare('SELECT wijk_id FROM scholen WHERE id = ?').pluck().get(inNoord[0])).toBe(zuid.id);
    expect(db.prepare('SELECT wijk_id FROM scholen WHERE id = ?').pluck().get(inNoord[1])).toBe(noord.id);
    expect(db.prepare(`SELECT count(*) FROM mutatielog WHERE methode = 'wijken.vulVolgensPostcode'`).pluck().get()).toBe(voorbeeld.length);
    expect(await wel(call('wijken.vulVoorbeeld', {}))).toEqual([]);

    // Rules list with the schools they cover; delete and undo keep the id.
    const lijst = await wel(call('postcoderegels.lijst', {}));
    expect(lijst[0]).toMatchObject({ van: '7901', tot: '7904', wijk: 'Hoogeveen-Noord', aantalScholen: inNoord.length });
    const weg = await wel(call('postcoderegels.verwijder', { id: regel.id }));
    expect(await wel(call('postcoderegels.herstel', weg))).toEqual(regel);
  });

  it('a DUO import fills the empty wijken of new schools by postcode, and the preview says how many', async () => {
    const { call, db } = await testOmgeving();
    const noord = await wel(call('wijken.maak', { naam: 'Hoogeveen-Noord' }));
    await wel(call('postcoderegels.maak', { van: '7900', tot: '7909', wijkId: noord.id }));
    const { voorbeeld, resultaat } = await hoogeveen(call);
    const verwacht = db.prepare(`SELECT count(*) FROM scholen WHERE substr(postcode, 1, 4) BETWEEN '7900' AND '7909'`).pluck().get() as number;
    expect(verwacht).toBeGreaterThan(10);
    expect(voorbeeld.aantallen.wijkVolgensPostcode).toBe(verwacht);
    expect(resultaat.samenvatting).toContain(`${verwacht} scholen kregen een wijk volgens de postcoderegels`);
    expect(db.prepare('SELECT count(*) FROM scholen WHERE wijk_id = ?').pluck().get(noord.id)).toBe(verwacht);
    expect(db.prepare('SELECT count(*) FROM scholen WHERE wijk_id IS NULL').pluck().get()).toBe(
      (db.prepare('SELECT count(*) FROM scholen').pluck().get() as number) - verwacht,
    );
  });

  it('CLI: schoolinzet wijken vul [--dry-run] [--json]', async () => {
    const pad = tmpDbPad();
    const env = await testOmgeving(pad);
    await hoogeveen(env.call);
    const w = await wel(env.call('wijken.maak', { naam: 'Hoogeveen-Noord' }));
    await wel(env.call('postcoderegels.maak', { van: '7901', tot: '7909', wijkId: w.id }));
    const n = (await wel(env.call('wijken.vulVoorbeeld', {}))).length;
    env.sessie.close();

    const proef = vang();
    expect(await main(['wijken', 'vul', '--db', pad, '--dry-run', '--json'], proef.uitvoer)).toBe(0);
    expect(JSON.parse(proef.out.join('\n'))).toMatchObject({ opgeslagen: false });
    const echt = vang();
    expect(await main(['wijken', 'vul', '--db', pad], echt.uitvoer)).toBe(0);
    expect(echt.out.join('\n')).toContain(`${n} scholen kregen een wijk volgens de postcoderegels.`);
    const leeg = vang();
    expect(await main(['wijken', 'vul', '--db', pad, '--json'], leeg.uitvoer)).toBe(0);
    expect(JSON.parse(leeg.out.join('\n'))).toEqual({ opgeslagen: true, ingevuld: [] });
    const fout = vang();
    expect(await main(['wijken', '--db', pad], fout.uitvoer)).toBe(1);
    expect(fout.err.join('\n')).toContain('Kies wat u doet met de wijken: vul.');
  });
});
