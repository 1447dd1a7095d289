// Why a file could not be read or written, in Dutch for the message the user sees: Node's own
// text ("EACCES: permission denied, open …") is English and names no remedy.

/** The reason from the error code; Node's or SQLite's own text for codes without a Dutch one. */
export function bestandsReden(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  switch (e?.code) {
    case 'ENOENT':
      return 'de map bestaat niet';
    case 'EACCES':
    case 'EPERM':
      return 'u mag daar niet schrijven, of het bestand is geopend in een ander programma';
    case 'EBUSY':
      return 'het bestand is geopend in een ander programma';
    case 'ENOSPC':
      return 'de schijf is vol';
    case 'EROFS':
      return 'de schijf is alleen-lezen';
    case 'EISDIR':
      return 'dat is een map, geen bestand';
    case 'SQLITE_CANTOPEN':
      return 'SQLite kan het bestand niet openen (bestaat de map, en mag u daar schrijven?)';
    default:
      return typeof e?.message === 'string' ? e.message : String(error);
  }
}
