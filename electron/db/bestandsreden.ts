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
    case 'ENOTDIR':
      return 'een deel van het pad is een bestand, geen map';
    case 'EEXIST':
      return 'er staat al een bestand met die naam';
    case 'ENAMETOOLONG':
      return 'de naam of het pad is te lang';
    case 'SQLITE_CANTOPEN':
      return 'SQLite kan het bestand niet openen (bestaat de map, en mag u daar schrijven?)';
    case 'SQLITE_FULL':
      return 'de schijf is vol';
    default:
      if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_IOERR')) return 'de schijf gaf een lees- of schrijffout';
      // No Node or SQLite text (English) for the user: the code only, for the helpdesk. An error
      // without a code is one of our own, with a Dutch text.
      if (typeof e?.code === 'string') return `onbekende fout (${e.code})`;
      return typeof e?.message === 'string' ? e.message : String(error);
  }
}

/** Node's file-system error codes that mean a problem with the user's files or disk, not a bug. */
const BESTAND_CODES = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EBUSY',
  'ENOSPC',
  'EROFS',
  'EISDIR',
  'ENOTDIR',
  'EEXIST',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EDQUOT',
  'ENAMETOOLONG',
  'ETXTBSY',
]);

export interface OmgevingsFout {
  /** 'ongeldige-invoer' when a value in the question was out of SQLite's range; else 'bestand'. */
  soort: 'bestand' | 'ongeldige-invoer';
  melding: string;
}

/**
 * A Dutch message, with what to do, for an error of the disk, a file or SQLite that can reach a
 * user without being a bug in Schoolinzet (a full disk, no right to write, a folder where a file
 * belongs, a read error, a number too big for SQLite); null for anything else (a real bug).
 */
export function omgevingsFout(error: unknown): OmgevingsFout | null {
  const e = error as { code?: unknown; path?: unknown; syscall?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      soort: 'bestand',
      melding: 'De schijf is vol: er is niets opgeslagen. Maak ruimte vrij op de schijf (of vraag meer ruimte op de netwerkschijf) en probeer het opnieuw.',
    };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return {
      soort: 'bestand',
      melding:
        'De schijf gaf een fout bij het lezen of schrijven van het bestand; er is niets opgeslagen. Controleer de schijf of de verbinding met de netwerkschijf en probeer het opnieuw.',
    };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      soort: 'bestand',
      melding: 'Het bestand kan niet worden gewijzigd (het is alleen-lezen); er is niets opgeslagen. Open het opnieuw als je er mag schrijven.',
    };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { soort: 'bestand', melding: 'Het bestand blijkt beschadigd; er is niets opgeslagen. Herstel een reservekopie via Instellingen.' };
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return { soort: 'bestand', melding: `Het bestand kan niet worden geopend: ${bestandsReden(error)}.` };
  if (code === 'SQLITE_MISMATCH' || code === 'SQLITE_RANGE' || code === 'SQLITE_TOOBIG') {
    return {
      soort: 'ongeldige-invoer',
      melding: 'Een getal of tekst in de vraag is te groot voor de database. Er is niets veranderd; gebruik een kleinere waarde.',
    };
  }
  if (BESTAND_CODES.has(code) && typeof e?.syscall === 'string') {
    const naam = typeof e.path === 'string' ? e.path : 'Het bestand';
    return { soort: 'bestand', melding: `${naam} kan niet worden gelezen of geschreven: ${bestandsReden(error)}.` };
  }
  return null;
}
