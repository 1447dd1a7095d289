// The one typed API contract: method name → zod input schema → result type. The renderer (via the
// preload), the CLI and the test harness all call these methods through api/registry.ts.
import { z } from 'zod';
// Types and schemas only: no handler, repo or Node module is imported here, so the renderer's type
// check sees the contract without the main process (tests/unit/renderer-typegrens.test.ts).
// Result types: api/typen/ (and the pure engines' own results in domain/).
import type { AppInfo, BackupInfo, BackupLijst, BestandResultaat, DemoResultaat, HerstelResultaat } from './typen/app';
import type { ApiFoutData } from './typen/fout';
import type { AfsprakenVoorbeeldResultaat, BesturenVoorbeeldResultaat, DuoVoorbeeldResultaat, ImportResultaat, SjabloonResultaat } from './typen/importeren';
import type { DekkingOverzicht, KostenTrend } from './typen/kosten';
import type { SubsidieDeadlines, SubsidieOverzicht, SubsidieRij, SubsidieStapResultaat } from './typen/subsidies';
import type { MonitorInstellingen, MonitorOverzicht, Ondersteuningsvragen, OndersteuningsvragenRij } from './typen/monitor';
import type { DekkingGrafiekResultaat, OpslaanResultaat, RapportOpslaanResultaat } from './typen/rapportages';
import type { IndicatorRecord, IndicatorRij } from './typen/indicatoren';
import type { OngedaanResultaat, VaststelResultaat, VerdelingInlezenResultaat, VerdelingRecord, VerdelingRij, VerdelingVoorstel } from './typen/verdeling';
import type { AanvullendeInzetOverzichtRij, AanvullendeInzetRij, VerantwoordingVerlopen } from './typen/aanvullende-inzet';
import type {
  Aanbieder,
  AanbiederRij,
  AfspraakLijst,
  Begrotingspost,
  Bestuur,
  BestuurRij,
  Functie,
  Kerncijfers,
  Mutatie,
  MutatielogExport,
  Proeftuin,
  ProeftuinRij,
  Regeling,
  School,
  SchoolLijst,
  Wijk,
  WijkRij,
} from './typen/registratie';
import type { AanvullendeInzet, Afspraak, Instellingen } from '../domain/types';
import { aanvullendeInzetInvoer, aanvullendeInzetWijziging, afspraakHerstelInvoer, verantwoordingVerlopenInvoer } from '../domain/aanvullende-inzet';
import type { Kostenoverzicht } from '../domain/kosten';
import type { Dekking } from '../domain/dekking';
import type { MetWaarschuwingen } from '../domain/waarschuwingen';
import type { Dekkingsgraad, OtSamenstelling, OtVolledigheid } from '../domain/dekkingsgraad';
import type { WijkteamUren } from '../domain/wijkteam';
import type { AandelenResultaat, BasisinzetResultaat } from '../domain/scenario';
import type { DekkingJaarPunt, KostenJaarPunt, KostenVerdelingGrafiek, TrendGrafiek } from '../domain/grafieken';
import type { KopieerVerslag } from '../domain/registratie';
import type { Realisatie } from '../domain/realisatie';
// Input schemas: pure zod modules in domain/ and api/invoer/.
import { backupHerstelInvoer, leegInvoer as leeg, openenAlleenLezenInvoer } from './invoer/app';
import {
  afsprakenInhoudInvoer,
  besturenInhoudInvoer,
  duoInhoudInvoer,
  duoVoorbeeldInvoer,
  foutenOpslaanInvoer,
  importIdInvoer as importId,
  sjabloonOpslaanInvoer,
} from './invoer/importeren';
import { grafiekBegrotingsjaarInvoer, grafiekDekkingInvoer, grafiekJarenInvoer, grafiekOpslaanInvoer, rapportOpslaanInvoer } from './invoer/rapportages';
import {
  subsidieAanvraagInvoer,
  subsidieBetaalInvoer,
  subsidieDeadlinesInvoer,
  subsidieLijstInvoer,
  subsidieSleutelInvoer,
  subsidieVaststelInvoer,
  subsidieVerantwoordInvoer,
  subsidieVerleenInvoer,
} from './invoer/subsidies';
import {
  monitorIdInvoer,
  monitorInstellingenInvoer,
  monitorSchooljaarInvoer,
  ondersteuningsvragenInvoer,
  ondersteuningsvragenWijziging,
} from './invoer/monitor';
import {
  verdelingBerekenInvoer,
  verdelingIdInvoer,
  verdelingInlezenInvoer,
  verdelingInvoer,
  verdelingVaststelInvoer,
  verdelingWijziging,
} from './invoer/verdeling';
import { indicatorHerstel, indicatorIdInvoer, indicatorInvoer, indicatorWijziging } from './invoer/indicatoren';
import { instellingenInvoer } from '../domain/instellingen';
import {
  dekkingOverzichtInvoer,
  dekkingsgraadInvoer,
  kostenBegrotingsjaarInvoer,
  kostenPerJaarInvoer,
  kostenSchooljaarInvoer,
  otInvoer,
  scenarioAandelenInvoer,
  scenarioBasisinzetInvoer,
  wijkteamUrenInvoer,
} from '../domain/kosten-invoer';
import type { PostcoderegelRij, WijkInvulling, ZetWijkResultaat } from './typen/registratie';
import { postcoderegelInvoer, postcoderegelWijziging, type Postcoderegel } from '../domain/wijkregels';
// Werkplan per school per schooljaar and cost per leerling (issue 13 items 7 and 10).
import type { Werkplan } from '../domain/werkplan';
import { werkplanInvoer, werkplanLijstInvoer, werkplanSleutel } from '../domain/werkplan-invoer';
import { kostenPerLeerlingInvoer, type KostenPerLeerling } from '../domain/per-leerling';
import { afspraakInvoerSchema, afspraakWijzigingSchema } from '../domain/validatie';
import * as reg from '../domain/registratie';
import type { IndexVoorbeeld, TarievenOverzicht } from './typen/tarieven';
import { tariefIndexeerInvoer, tariefZetInvoer } from '../domain/tarieven';

z.config(z.locales.nl());

/**
 * lezen: reads only. wijzigen: synchronous handler, run inside one transaction, logged in the
 * mutatielog. actie: async work that manages its own transaction (imports, files, dialogs).
 */
export type Soort = 'lezen' | 'wijzigen' | 'actie';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  soort: Soort;
  /** Phantom: carries the result type only. */
  readonly __output?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(soort: Soort, input: I): MethodDef<I, O> => ({ input, soort });

export const contract = {
  'app.info': method<AppInfo>()('lezen', leeg),
  // Importeren (api/importeren.ts).
  'app.voortgang': method<{ taak: string; fractie: number } | null>()('lezen', leeg),
  'import.duoVoorbeeld': method<DuoVoorbeeldResultaat>()('actie', duoVoorbeeldInvoer),
  // A file dropped on the page: its bytes (base64) and name, never a path (api/invoer/importeren.ts).
  'import.duoVoorbeeldInhoud': method<DuoVoorbeeldResultaat>()('actie', duoInhoudInvoer),
  'import.afsprakenVoorbeeldInhoud': method<AfsprakenVoorbeeldResultaat>()('actie', afsprakenInhoudInvoer),
  'import.duoUitvoeren': method<ImportResultaat>()('actie', importId),
  // DUO's list of bevoegde gezagen: names of besturen by number (import/besturen.ts).
  'import.besturenVoorbeeld': method<BesturenVoorbeeldResultaat>()('actie', leeg),
  'import.besturenVoorbeeldInhoud': method<BesturenVoorbeeldResultaat>()('actie', besturenInhoudInvoer),
  'import.besturenUitvoeren': method<ImportResultaat>()('actie', importId),
  'import.afsprakenVoorbeeld': method<AfsprakenVoorbeeldResultaat>()('actie', leeg),
  'import.afsprakenUitvoeren': method<ImportResultaat>()('actie', importId),
  'import.sjabloonOpslaan': method<SjabloonResultaat>()('actie', sjabloonOpslaanInvoer),
  'import.foutenOpslaan': method<SjabloonResultaat>()('actie', foutenOpslaanInvoer),
  // The Monitor sheet (api/monitor-import.ts, issue 18): same preview/execute pattern as the afsprakenblad.
  'import.monitorVoorbeeld': method<AfsprakenVoorbeeldResultaat>()('actie', leeg),
  'import.monitorVoorbeeldInhoud': method<AfsprakenVoorbeeldResultaat>()('actie', afsprakenInhoudInvoer),
  'import.monitorUitvoeren': method<ImportResultaat>()('actie', importId),
  'import.monitorSjabloonOpslaan': method<SjabloonResultaat>()('actie', sjabloonOpslaanInvoer),
  'bestand.nieuw': method<BestandResultaat>()('actie', leeg),
  'bestand.openen': method<BestandResultaat>()('actie', leeg),
  // Issue 7: after bestand.openen answered inGebruik, open that same file read-only by its keuzeId (never a path).
  'bestand.openenAlleenLezen': method<BestandResultaat>()('actie', openenAlleenLezenInvoer),
  'instellingen.lezen': method<Instellingen>()('lezen', leeg),
  'instellingen.opslaan': method<Instellingen>()('wijzigen', instellingenInvoer),
  // Reservekopieën (api/backups.ts). herstel takes a bare file name from backups.lijst, never a path.
  'backups.lijst': method<BackupLijst>()('lezen', leeg),
  'backups.maak': method<BackupInfo>()('actie', leeg),
  'backups.herstel': method<HerstelResultaat>()('actie', backupHerstelInvoer),
  // Kosten, dekking, dekkingsgraad, wijkteam-uren en scenario's (api/kosten.ts): computed, read only.
  // With the warnings of rule 13 for that period (api/waarschuwingen.ts).
  'kosten.begrotingsjaar': method<Kostenoverzicht & MetWaarschuwingen>()('lezen', kostenBegrotingsjaarInvoer),
  'kosten.schooljaar': method<Kostenoverzicht & MetWaarschuwingen>()('lezen', kostenSchooljaarInvoer),
  'kosten.perJaar': method<KostenTrend>()('lezen', kostenPerJaarInvoer),
  'dekking.begrotingsjaar': method<Dekking & MetWaarschuwingen>()('lezen', kostenBegrotingsjaarInvoer),
  'dekkingsgraad.lijst': method<Dekkingsgraad>()('lezen', dekkingsgraadInvoer),
  'dekkingsgraad.ot': method<OtVolledigheid>()('lezen', otInvoer),
  'dekkingsgraad.overzicht': method<DekkingOverzicht>()('lezen', dekkingOverzichtInvoer),
  // Issue 13 item 10: cost per leerling (DUO count, per sector and wijk) and per jeugdige 0-19 (api/per-leerling.ts).
  'kosten.perLeerling': method<KostenPerLeerling>()('lezen', kostenPerLeerlingInvoer),
  'wijkteam.uren': method<WijkteamUren>()('lezen', wijkteamUrenInvoer),
  'scenario.basisinzet': method<BasisinzetResultaat>()('lezen', scenarioBasisinzetInvoer),
  'scenario.aandelen': method<AandelenResultaat>()('lezen', scenarioAandelenInvoer),
  // Voorbeeld Zwolle (api/demo.ts): only into an empty database.
  'demo.laden': method<DemoResultaat>()('actie', leeg),
  // Registratie (api/wijken.ts, besturen.ts, scholen.ts, aanbieders.ts, functies.ts, regelingen.ts,
  // begrotingsposten.ts, kerncijfers.ts, proeftuinen.ts, afspraken.ts, mutatielog.ts).
  // lees returns the same record that wijzig takes, verwijder returns and herstel re-inserts
  // (with its original id when still free): "Ongedaan maken" = herstel(verwijder's result).
  'wijken.lijst': method<WijkRij[]>()('lezen', leeg),
  'wijken.lees': method<Wijk>()('lezen', reg.idInvoer('Wijk')),
  'wijken.maak': method<Wijk>()('wijzigen', reg.wijkInvoer),
  'wijken.wijzig': method<Wijk>()('wijzigen', reg.wijkWijziging),
  'wijken.verwijder': method<Wijk>()('wijzigen', reg.idInvoer('Wijk')),
  'wijken.herstel': method<Wijk>()('wijzigen', reg.wijkWijziging),
  // Wijk per school in bulk and postcode rules (api/wijkregels.ts). zetWijk returns each school's
  // previous wijk; herstelWijken takes that list back (undo).
  'scholen.zetWijk': method<ZetWijkResultaat>()('wijzigen', reg.zetWijkInvoer),
  'scholen.herstelWijken': method<{ gewijzigd: number }>()('wijzigen', reg.herstelWijkenInvoer),
  'postcoderegels.lijst': method<PostcoderegelRij[]>()('lezen', leeg),
  'postcoderegels.maak': method<Postcoderegel>()('wijzigen', postcoderegelInvoer),
  'postcoderegels.wijzig': method<Postcoderegel>()('wijzigen', postcoderegelWijziging),
  'postcoderegels.verwijder': method<Postcoderegel>()('wijzigen', reg.idInvoer('Postcoderegel')),
  'postcoderegels.herstel': method<Postcoderegel>()('wijzigen', postcoderegelWijziging),
  // Fill EMPTY wijken by the postcode rules: what would be filled, and doing it.
  'wijken.vulVoorbeeld': method<WijkInvulling[]>()('lezen', leeg),
  'wijken.vulVolgensPostcode': method<{ ingevuld: WijkInvulling[] }>()('wijzigen', leeg),
  'besturen.lijst': method<BestuurRij[]>()('lezen', leeg),
  'besturen.lees': method<Bestuur>()('lezen', reg.idInvoer('Bestuur')),
  'besturen.maak': method<Bestuur>()('wijzigen', reg.bestuurInvoer),
  'besturen.wijzig': method<Bestuur>()('wijzigen', reg.bestuurWijziging),
  'besturen.verwijder': method<Bestuur>()('wijzigen', reg.idInvoer('Bestuur')),
  'besturen.herstel': method<Bestuur>()('wijzigen', reg.bestuurWijziging),
  'scholen.lijst': method<SchoolLijst>()('lezen', reg.schoolLijstInvoer),
  'scholen.lees': method<School>()('lezen', reg.idInvoer('School')),
  'scholen.maak': method<School>()('wijzigen', reg.schoolInvoer),
  'scholen.wijzig': method<School>()('wijzigen', reg.schoolWijziging),
  'scholen.verwijder': method<School>()('wijzigen', reg.idInvoer('School')),
  'scholen.herstel': method<School>()('wijzigen', reg.schoolWijziging),
  'aanbieders.lijst': method<AanbiederRij[]>()('lezen', leeg),
  'aanbieders.lees': method<Aanbieder>()('lezen', reg.idInvoer('Aanbieder')),
  'aanbieders.maak': method<Aanbieder>()('wijzigen', reg.aanbiederInvoer),
  'aanbieders.wijzig': method<Aanbieder>()('wijzigen', reg.aanbiederWijziging),
  'aanbieders.verwijder': method<Aanbieder>()('wijzigen', reg.idInvoer('Aanbieder')),
  'aanbieders.herstel': method<Aanbieder>()('wijzigen', reg.aanbiederWijziging),
  'functies.lijst': method<Functie[]>()('lezen', leeg),
  'functies.lees': method<Functie>()('lezen', reg.functieCodeInvoer),
  'functies.wijzig': method<Functie>()('wijzigen', reg.functieWijziging),
  // Issue 13 item 5: the gemeente's own functies and the composition of the ondersteuningsteam.
  'functies.maak': method<Functie>()('wijzigen', reg.functieInvoer),
  'functies.verwijder': method<Functie>()('wijzigen', reg.functieCodeInvoer),
  'functies.herstel': method<Functie>()('wijzigen', reg.functieInvoer),
  'ot.samenstelling': method<OtSamenstelling>()('lezen', leeg),
  'ot.samenstellingOpslaan': method<OtSamenstelling>()('wijzigen', reg.otSamenstellingInvoer),
  // Tarieven per schooljaar en indexeren (api/tarieven.ts, rule 9).
  'tarieven.lijst': method<TarievenOverzicht>()('lezen', leeg),
  'tarieven.zet': method<TarievenOverzicht>()('wijzigen', tariefZetInvoer),
  'tarieven.indexeerVoorbeeld': method<IndexVoorbeeld>()('lezen', tariefIndexeerInvoer),
  'tarieven.indexeer': method<IndexVoorbeeld>()('wijzigen', tariefIndexeerInvoer),
  'regelingen.lijst': method<Regeling[]>()('lezen', leeg),
  'regelingen.lees': method<Regeling>()('lezen', reg.idInvoer('Regeling')),
  'regelingen.maak': method<Regeling>()('wijzigen', reg.regelingInvoer),
  'regelingen.wijzig': method<Regeling>()('wijzigen', reg.regelingWijziging),
  'regelingen.verwijder': method<Regeling>()('wijzigen', reg.idInvoer('Regeling')),
  'regelingen.herstel': method<Regeling>()('wijzigen', reg.regelingWijziging),
  'begrotingsposten.lijst': method<Begrotingspost[]>()('lezen', leeg),
  'begrotingsposten.lees': method<Begrotingspost>()('lezen', reg.idInvoer('Begrotingspost')),
  'begrotingsposten.maak': method<Begrotingspost>()('wijzigen', reg.begrotingspostInvoer),
  'begrotingsposten.wijzig': method<Begrotingspost>()('wijzigen', reg.begrotingspostWijziging),
  'begrotingsposten.verwijder': method<Begrotingspost>()('wijzigen', reg.idInvoer('Begrotingspost')),
  'begrotingsposten.herstel': method<Begrotingspost>()('wijzigen', reg.begrotingspostWijziging),
  'kerncijfers.lijst': method<Kerncijfers[]>()('lezen', leeg),
  'kerncijfers.lees': method<Kerncijfers>()('lezen', reg.kerncijfersJaarInvoer),
  'kerncijfers.maak': method<Kerncijfers>()('wijzigen', reg.kerncijfersInvoer),
  'kerncijfers.wijzig': method<Kerncijfers>()('wijzigen', reg.kerncijfersInvoer),
  'kerncijfers.verwijder': method<Kerncijfers>()('wijzigen', reg.kerncijfersJaarInvoer),
  'kerncijfers.herstel': method<Kerncijfers>()('wijzigen', reg.kerncijfersInvoer),
  'proeftuinen.lijst': method<ProeftuinRij[]>()('lezen', leeg),
  'proeftuinen.lees': method<Proeftuin>()('lezen', reg.idInvoer('Proeftuin')),
  'proeftuinen.maak': method<Proeftuin>()('wijzigen', reg.proeftuinInvoer),
  'proeftuinen.wijzig': method<Proeftuin>()('wijzigen', reg.proeftuinWijziging),
  'proeftuinen.verwijder': method<Proeftuin>()('wijzigen', reg.idInvoer('Proeftuin')),
  'proeftuinen.herstel': method<Proeftuin>()('wijzigen', reg.proeftuinWijziging),
  'afspraken.lijst': method<AfspraakLijst>()('lezen', reg.afspraakLijstInvoer),
  'afspraken.lees': method<Afspraak>()('lezen', reg.idInvoer('Afspraak')),
  'afspraken.maak': method<Afspraak>()('wijzigen', afspraakInvoerSchema),
  'afspraken.wijzig': method<Afspraak>()('wijzigen', afspraakWijzigingSchema),
  // verwijder returns the afspraak with its aanvullende inzet; herstel takes that back.
  'afspraken.verwijder': method<Afspraak & { aanvullendeInzet: AanvullendeInzet[] }>()('wijzigen', reg.idInvoer('Afspraak')),
  'afspraken.herstel': method<Afspraak & { aanvullendeInzet: AanvullendeInzet[] }>()('wijzigen', afspraakHerstelInvoer),
  'afspraken.kopieerSchooljaar': method<KopieerVerslag>()('wijzigen', reg.kopieerSchooljaarInvoer),
  'afspraken.kopieerSchooljaarVoorbeeld': method<KopieerVerslag>()('lezen', reg.kopieerSchooljaarInvoer),
  // Aanvullende inzet per afspraak (api/aanvullende-inzet.ts, issue 16 item 7; costs: docs/regels.md#regel-18).
  'aanvullendeInzet.lijst': method<AanvullendeInzetRij[]>()('lezen', reg.afspraakIdInvoer),
  'aanvullendeInzet.schooljaar': method<AanvullendeInzetOverzichtRij[]>()('lezen', reg.schooljaarInvoer),
  'aanvullendeInzet.lees': method<AanvullendeInzet>()('lezen', reg.idInvoer('Aanvullende inzet')),
  // Due dates passed without a received verantwoording (the dashboard); vandaag for tests.
  'aanvullendeInzet.verantwoordingVerlopen': method<VerantwoordingVerlopen[]>()('lezen', verantwoordingVerlopenInvoer),
  'aanvullendeInzet.maak': method<AanvullendeInzet>()('wijzigen', aanvullendeInzetInvoer),
  'aanvullendeInzet.wijzig': method<AanvullendeInzet>()('wijzigen', aanvullendeInzetWijziging),
  'aanvullendeInzet.verwijder': method<AanvullendeInzet>()('wijzigen', reg.idInvoer('Aanvullende inzet')),
  'aanvullendeInzet.herstel': method<AanvullendeInzet>()('wijzigen', aanvullendeInzetWijziging),
  // Werkplan per school per schooljaar (api/werkplannen.ts): lees gives an empty one when none was recorded.
  'werkplannen.lees': method<Werkplan>()('lezen', werkplanSleutel),
  'werkplannen.lijst': method<Werkplan[]>()('lezen', werkplanLijstInvoer),
  'werkplannen.opslaan': method<Werkplan>()('wijzigen', werkplanInvoer),
  'mutatielog.lijst': method<Mutatie[]>()('lezen', reg.mutatielogLijstInvoer),
  // Issue 7: the mutatielog (all, or one entity's) as an Excel workbook, after a native save dialog.
  'mutatielog.exporteer': method<MutatielogExport>()('actie', reg.mutatielogExportInvoer),
  // Subsidies per aanbieder × begrotingsjaar (api/subsidies.ts, issue 17): every step is logged.
  'subsidies.lijst': method<SubsidieOverzicht>()('lezen', subsidieLijstInvoer),
  'subsidies.lees': method<SubsidieRij>()('lezen', subsidieSleutelInvoer),
  'subsidies.deadlines': method<SubsidieDeadlines>()('lezen', subsidieDeadlinesInvoer),
  'subsidies.aanvraag': method<SubsidieStapResultaat>()('wijzigen', subsidieAanvraagInvoer),
  'subsidies.verleen': method<SubsidieStapResultaat>()('wijzigen', subsidieVerleenInvoer),
  'subsidies.betaal': method<SubsidieStapResultaat>()('wijzigen', subsidieBetaalInvoer),
  'subsidies.verantwoord': method<SubsidieStapResultaat>()('wijzigen', subsidieVerantwoordInvoer),
  'subsidies.vaststel': method<SubsidieStapResultaat>()('wijzigen', subsidieVaststelInvoer),
  // Monitor (api/monitor.ts, issue 18): ondersteuningsvragen per school per schooljaar and the share
  // handled within school (rule 12) per school, wijk, sector, aanbieder and gemeente, against the norm.
  'monitor.overzicht': method<MonitorOverzicht>()('lezen', monitorSchooljaarInvoer),
  'monitor.lijst': method<OndersteuningsvragenRij[]>()('lezen', monitorSchooljaarInvoer),
  'monitor.lees': method<Ondersteuningsvragen>()('lezen', monitorIdInvoer),
  'monitor.maak': method<Ondersteuningsvragen>()('wijzigen', ondersteuningsvragenInvoer),
  'monitor.wijzig': method<Ondersteuningsvragen>()('wijzigen', ondersteuningsvragenWijziging),
  'monitor.verwijder': method<Ondersteuningsvragen>()('wijzigen', monitorIdInvoer),
  'monitor.herstel': method<Ondersteuningsvragen>()('wijzigen', ondersteuningsvragenWijziging),
  'monitor.instellingen': method<MonitorInstellingen>()('lezen', leeg),
  'monitor.instellingenOpslaan': method<MonitorInstellingen>()('wijzigen', monitorInstellingenInvoer),
  // Realised hours (from the Monitor sheet) against the agreed hours of the counted afspraken.
  'monitor.realisatie': method<Realisatie>()('lezen', monitorSchooljaarInvoer),
  // Indicatoren (api/indicatoren.ts, rule 16): nulmeting, streefwaarde and realisatie per year for
  // the gemeente, a wijk, school, proeftuin or aanbieder; the list gives the status in words.
  'indicatoren.lijst': method<IndicatorRij[]>()('lezen', leeg),
  'indicatoren.lees': method<IndicatorRecord>()('lezen', indicatorIdInvoer),
  'indicatoren.maak': method<IndicatorRecord>()('wijzigen', indicatorInvoer),
  'indicatoren.wijzig': method<IndicatorRecord>()('wijzigen', indicatorWijziging),
  'indicatoren.verwijder': method<IndicatorRecord>()('wijzigen', indicatorIdInvoer),
  'indicatoren.herstel': method<IndicatorRecord>()('wijzigen', indicatorHerstel),
  // Verdelingen (api/verdeling.ts, issue 16, rule 17): a pool of hours or euros divided over schools.
  // bereken writes nothing (the preview and `schoolinzet verdeel`); hours as numbers, euros as cents.
  'verdeling.bereken': method<VerdelingVoorstel>()('lezen', verdelingBerekenInvoer),
  // Saved verdelingen (api/verdelingen.ts): status from the dates; a vastgestelde one is reopened only by undoing it.
  'verdelingen.lijst': method<VerdelingRij[]>()('lezen', leeg),
  'verdelingen.lees': method<VerdelingRecord>()('lezen', verdelingIdInvoer),
  'verdelingen.voorstel': method<VerdelingVoorstel>()('lezen', verdelingIdInvoer),
  'verdelingen.maak': method<VerdelingRecord>()('wijzigen', verdelingInvoer),
  'verdelingen.wijzig': method<VerdelingRecord>()('wijzigen', verdelingWijziging),
  'verdelingen.verwijder': method<VerdelingRecord>()('wijzigen', verdelingIdInvoer),
  'verdelingen.herstel': method<VerdelingRecord>()('wijzigen', verdelingWijziging),
  // The BLOZ proposal (rapport.opslaan soort verdeling) read back after the BLOZ adjusted its column Toegekend.
  'verdelingen.voorstelInlezen': method<VerdelingInlezenResultaat>()('actie', verdelingInlezenInvoer),
  // Vaststellen writes aanvullende inzet records in one transaction (api/vaststellen.ts); undoing removes exactly those.
  'verdelingen.vaststellen': method<VaststelResultaat>()('wijzigen', verdelingVaststelInvoer),
  'verdelingen.vaststellenOngedaan': method<OngedaanResultaat>()('wijzigen', verdelingIdInvoer),
  // Rapportages en grafieken (api/rapportages.ts).
  'rapport.opslaan': method<RapportOpslaanResultaat>()('actie', rapportOpslaanInvoer),
  'grafiek.dekking': method<DekkingGrafiekResultaat>()('lezen', grafiekDekkingInvoer),
  'grafiek.kostenPerJaar': method<KostenJaarPunt[]>()('lezen', grafiekJarenInvoer),
  'grafiek.kostenVerdeling': method<KostenVerdelingGrafiek>()('lezen', grafiekBegrotingsjaarInvoer),
  'grafiek.dekkingPerJaar': method<DekkingJaarPunt[]>()('lezen', grafiekJarenInvoer),
  'grafiek.trend': method<TrendGrafiek>()('lezen', grafiekJarenInvoer),
  'grafiek.opslaan': method<OpslaanResultaat>()('actie', grafiekOpslaanInvoer),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = Contract[K] extends MethodDef<z.ZodType, infer O> ? O : never;
export type ApiResult<K extends MethodName> = { ok: true; data: Output<K> } | { ok: false; fout: ApiFoutData };

/** The one IPC channel on which the main process tells the page that data changed (a stamp, a number). */
export const WIJZIGING_KANAAL = 'api:gewijzigd';

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
