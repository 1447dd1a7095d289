// A small Zwolle-like registry for the report and chart tests, entered with plain SQL the way
// the app stores it. It reproduces the seed figures of domain.md:
//   JGW PO € 320.000 + SMW VO € 366.000 a year (50/50 in 2016-2017, gemeente 100 % after),
//   gemeente JGW+SMW 2017 = 8/12 × € 343.000 + 4/12 × € 686.000 = € 457.333,
//   2018 dekking: € 450.000 structureel + at most € 550.000 incidenteel against € 686.000.
// Besides: an IB afspraak paid by onderwijs that ended early (5 months), a JMW afspraak with
// extra hours paid by the samenwerkingsverband, a concept afspraak (in voorbereiding) and two
// PO schools without coverage.
import { voegAanvullendeInzetToe } from '../../electron/db/aanvullende-inzet-repo';
import type { Db } from '../../electron/db/open';
import { schrijfInstellingen } from '../../electron/db/instellingen-repo';
import { voegVoorbeeldAanbiedersToe } from './db';

export const WIJKEN = ['Zwolle-Zuid', 'Holtenbroek', 'Stadshagen', 'Centrum'];
/** Texts a spreadsheet would compute if they were written as formulas. */
export const GEVAARLIJKE_NAMEN = ['=1+1', '+31 basisschool', '-2+3 school', '@SUM(A1:A2)'];
export const GEVAARLIJKE_TOELICHTING = '=HYPERLINK("http://example.org";"klik")';

export interface FixtureOpties {
  /** Give four schools and the JMW toelichting names that start with = + - @. */
  gevaarlijk?: boolean;
}

export function vulVoorbeeld(db: Db, opties: FixtureOpties = {}): void {
  db.transaction(() => {
    voegVoorbeeldAanbiedersToe(db);
    schrijfInstellingen(db, {
      gemeenteNaam: 'Zwolle',
      gemeenteCode: '0193',
      schooljaarStartMaand: 9,
      wekenPerSchooljaar: 40,
      standaardTarieven: { JGW: 100_00, SMW: 75_00, IB: 60_00, JMW: 80_00 },
    });
    const wijk = db.prepare('INSERT INTO wijken (naam) VALUES (?)');
    const wijkIds = WIJKEN.map((n) => Number(wijk.run(n).lastInsertRowid));
    const bestuur = db.prepare('INSERT INTO besturen (nummer, naam) VALUES (?, ?)');
    const besturen = [
      Number(bestuur.run('41000', 'Stichting Openbaar Primair Onderwijs Zwolle').lastInsertRowid),
      Number(bestuur.run('41001', 'Stichting Katholiek Onderwijs Zwolle').lastInsertRowid),
      Number(bestuur.run('41002', 'Stichting Voortgezet Onderwijs IJsselland').lastInsertRowid),
    ];
    const school = db.prepare(
      'INSERT INTO scholen (vestigingscode, brin, naam, sector, plaats, gemeente_code, wijk_id, bestuur_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const leerlingen = db.prepare('INSERT INTO leerlingen (school_id, jaar, aantal, onder5) VALUES (?, ?, ?, 0)');
    const po: number[] = [];
    for (let i = 0; i < 22; i++) {
      const brin = `${String(10 + i).padStart(2, '0')}PO`;
      let naam = `Basisschool De ${['Esch', 'Linde', 'Vlier', 'Eik', 'Wilg', 'Beuk'][i % 6]} ${i + 1}`;
      if (opties.gevaarlijk && i < GEVAARLIJKE_NAMEN.length) naam = GEVAARLIJKE_NAMEN[i];
      const id = Number(school.run(`${brin}00`, brin, naam, 'PO', 'Zwolle', '0193', wijkIds[i % 4], besturen[i % 2]).lastInsertRowid);
      leerlingen.run(id, 2016, 200 + i * 10);
      leerlingen.run(id, 2017, 205 + i * 10);
      po.push(id);
    }
    const vo: number[] = [];
    for (let i = 0; i < 6; i++) {
      const brin = `${String(50 + i)}VO`;
      const id = Number(
        school.run(`${brin}00`, brin, `Scholengemeenschap Zwolle ${i + 1}`, 'VO', 'Zwolle', '0193', wijkIds[i % 4], besturen[2]).lastInsertRowid,
      );
      leerlingen.run(id, 2016, 900 + i * 50);
      leerlingen.run(id, 2017, 910 + i * 50);
      vo.push(id);
    }
    const aanbieder = (naam: string) => (db.prepare('SELECT id FROM aanbieders WHERE naam = ?').get(naam) as { id: number }).id;
    const kern = aanbieder('De Kern');
    const mee = aanbieder('MEE IJsseloevers');
    const trias = aanbieder('Trias Jeugdhulp');
    const afspraak = db.prepare(
      `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, uurtarief_cents, vast_bedrag_cents,
         aandeel_gemeente, aandeel_onderwijs, aandeel_overig, overige_financier, startdatum, einddatum, status, themas, bloz_advies)
       VALUES (@schooljaar, @school, @aanbieder, @functie, @basis, @tarief, @vast, @gem, @ond, @ovr, @ovrNaam, @start, @eind, @status,
         @themas, @bloz)`,
    );
    // The werkplan is per school per schooljaar (migration 007).
    const werkplan = db.prepare('INSERT INTO werkplannen (school_id, schooljaar, goedgekeurd_school_op, goedgekeurd_wijkteam_op) VALUES (?, ?, ?, ?)');
    const zet = (a: Partial<Record<string, unknown>> & { schooljaar: number; school: number; aanbieder: number; functie: string; basis: number }) => {
      const w = {
        extra: 0,
        tarief: null,
        vast: null,
        gem: 100,
        ond: 0,
        ovr: 0,
        ovrNaam: null,
        start: null,
        eind: null,
        status: 'getekend',
        toelichting: null,
        themas: '[]',
        bloz: null,
        ...a,
      };
      const { extra, toelichting, ...velden } = w;
      const id = Number(afspraak.run(velden).lastInsertRowid);
      // Extra hours are aanvullende inzet (migration 012): over the whole schooljaar with the afspraak's split, so they count with the basisuren.
      if ((extra as number) > 0 || toelichting) {
        const sj = w.schooljaar;
        voegAanvullendeInzetToe(db, [
          {
            afspraakId: id,
            urenPerWeek: extra as number,
            bedragCents: null,
            startdatum: (w.start as string | null) ?? `${sj}-09-01`,
            einddatum: (w.eind as string | null) ?? `${sj + 1}-08-31`,
            reden: (toelichting as string | null) ?? 'Overgenomen uit extra uren',
            doelen: null,
            aandeelGemeente: w.gem as number,
            aandeelOnderwijs: w.ond as number,
            aandeelOverig: w.ovr as number,
            overigeFinancier: w.ovrNaam as string | null,
            aangevraagdDoor: null,
            besluitDatum: null,
            besluitDoor: null,
            verantwoordingUiterlijk: null,
            verantwoordingOntvangen: null,
            verantwoording: null,
            bron: 'getypt',
            bronId: null,
            bronTekst: null,
          },
        ]);
      }
    };
    const smwUren = [20, 20, 20, 20, 20, 22];
    for (const sj of [2016, 2017, 2018]) {
      const [gem, ond] = sj === 2016 ? [50, 50] : [100, 0];
      // 20 of the 22 PO schools get JGW; the last two have none (coverage 20/22).
      for (let i = 0; i < 20; i++) {
        zet({
          schooljaar: sj,
          school: po[i],
          aanbieder: kern,
          functie: 'JGW',
          basis: 4,
          gem,
          ond,
          themas: JSON.stringify(i % 3 === 0 ? ['pesten', 'sociale vaardigheid'] : ['thuissituatie']),
        });
        werkplan.run(po[i], sj, `${sj}-10-01`, i % 4 === 0 ? null : `${sj}-10-15`);
      }
      vo.forEach((id, i) =>
        zet({ schooljaar: sj, school: id, aanbieder: trias, functie: 'SMW', basis: smwUren[i], gem, ond, themas: JSON.stringify(['verzuim']) }),
      );
    }
    // In voorbereiding: one of the uncovered PO schools, 2017-2018.
    zet({ schooljaar: 2017, school: po[20], aanbieder: kern, functie: 'JGW', basis: 4, status: 'concept' });
    // IB paid by onderwijs, ended early after 5 months (sep 2017 - jan 2018): 2 × 40 × € 60 = € 4.800 a year.
    zet({ schooljaar: 2017, school: po[1], aanbieder: mee, functie: 'IB', basis: 2, gem: 0, ond: 100, eind: '2018-01-31', status: 'beeindigd' });
    // JMW with extra hours, paid by the samenwerkingsverband: (2 + 2) × 40 × € 80 = € 12.800 a year.
    zet({
      schooljaar: 2017,
      school: vo[0],
      aanbieder: mee,
      functie: 'JMW',
      basis: 2,
      extra: 2,
      gem: 0,
      ond: 0,
      ovr: 100,
      ovrNaam: 'Samenwerkingsverband VO Zwolle',
      toelichting: opties.gevaarlijk ? GEVAARLIJKE_TOELICHTING : 'Veel verzuim en zorgmeldingen; basisinzet is niet genoeg.',
      bloz: 'BLOZ 12-09-2017',
      themas: JSON.stringify(['verzuim']),
    });
    const post = db.prepare('INSERT INTO begrotingsposten (naam, soort) VALUES (?, ?)');
    const bedrag = db.prepare('INSERT INTO begrotingspost_bedragen (begrotingspost_id, jaar, bedrag_cents) VALUES (?, ?, ?)');
    const opgroei = Number(post.run('Opgroei- en opvoedondersteuning', 'structureel').lastInsertRowid);
    const ppn = Number(post.run('PPN investering toegang en preventie jeugd', 'incidenteel').lastInsertRowid);
    for (const jaar of [2016, 2017, 2018, 2019]) bedrag.run(opgroei, jaar, 450_000_00);
    for (const jaar of [2018, 2019]) bedrag.run(ppn, jaar, 550_000_00);
  })();
}
