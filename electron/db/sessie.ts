import { openDatabase, type Db, type OpenOptions } from './open';

/** The database file that is open right now; the app can switch to another one. */
export class DatabaseSessie {
  private constructor(
    private huidig: Db,
    private pad: string,
    private readonly_: boolean,
    private readonly opties: OpenOptions,
  ) {}

  static async open(pad: string, opties: OpenOptions = {}): Promise<DatabaseSessie> {
    const { db } = await openDatabase(pad, opties);
    return new DatabaseSessie(db, pad, Boolean(opties.readonly), opties);
  }

  db(): Db {
    return this.huidig;
  }

  dbPad(): string {
    return this.pad;
  }

  alleenLezen(): boolean {
    return this.readonly_;
  }

  /** Opens the other file first; only when that worked is the current one closed. */
  async wissel(pad: string, opties: OpenOptions = {}): Promise<void> {
    const { db } = await openDatabase(pad, { ...this.opties, ...opties });
    this.huidig.close();
    this.huidig = db;
    this.pad = pad;
    this.readonly_ = Boolean(opties.readonly);
  }

  close(): void {
    if (this.huidig.open) this.huidig.close();
  }
}
