// Result types of the app, bestand, backups and demo methods (api/app.ts, api/backups.ts, db/backups.ts,
// demo/voorbeeld-zwolle.ts). Types only: the contract and the renderer read them without pulling in Node.

export interface AppInfo {
  bestand: string;
  bestandsnaam: string;
  schemaVersie: string | null;
  alleenLezen: boolean;
  /** Why it is read-only when the user did not ask for it (no right to write there); else null. */
  alleenLezenReden: string | null;
  gebruiker: string;
  /** The file holds the demo (Voorbeeld Zwolle): saved charts and reports say "voorbeeldgegevens". */
  voorbeeld: boolean;
  aantallen: Record<string, number>;
  /** The schooljaren that have afspraken, oldest first: an empty page names them instead of only showing € 0. */
  schooljarenMetAfspraken: number[];
}

export interface BestandResultaat {
  /** false when the user cancelled the dialog, or when a colleague has the file open (see inGebruik). */
  gewisseld: boolean;
  bestand: string;
  /**
   * The picked file is open elsewhere (its lock note names someone else): nothing was opened. The
   * screen shows `melding` and offers `bestand.openenAlleenLezen { keuzeId }`.
   */
  inGebruik?: InGebruik;
}

export interface InGebruik {
  /** User name in the colleague's lock note. */
  door: string;
  computer: string;
  /** When the colleague opened it (ISO). */
  sinds: string;
  bestandsnaam: string;
  /** Dutch: who has it open since when, and that read-only is possible. */
  melding: string;
  /** Short-lived id of the picked file, kept in the main process: the renderer never sends a path. */
  keuzeId: string;
}

/** Why a backup was made; part of its file name. */
export type BackupReden = 'dagelijks' | 'voor-bijwerken' | 'voor-import' | 'voor-herstel' | 'voor-wijziging' | 'handmatig';

export interface BackupInfo {
  /** File name inside the backup folder; the only thing the renderer may send back (herstel). */
  naam: string;
  /** When it was made (ISO 8601, UTC). */
  datum: string;
  reden: BackupReden;
  /** Size in bytes. */
  grootte: number;
}

export interface HerstelResultaat {
  hersteld: BackupInfo;
  /** The backup of the state just before the restore: restoring this one undoes the restore. */
  backupVooraf: BackupInfo;
}

export interface BackupLijst {
  /** The folder beside the database where the backups are (shown to the user). */
  map: string;
  backups: BackupInfo[];
}

export interface DemoResultaat {
  naam: string;
  toelichting: string;
  /** Where the app should look first (the renderer's period jumps there). */
  periode: { schooljaar: number; begrotingsjaar: number };
  scholen: number;
  wijken: number;
  afspraken: number;
  begrotingsposten: number;
  proeftuinen: number;
}
