import path from 'node:path';
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface MenuActies {
  /** Asks the page to run a menu action (so dialogs go through the same API path as the buttons). */
  invoke(actie: 'bestand.nieuw' | 'bestand.openen'): void;
  /** The electron-log file in the user data folder. */
  logBestand: string;
}

/** The Dutch application menu. */
export function bouwMenu(acties: MenuActies): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Bestand',
      submenu: [
        { label: 'Nieuw bestand…', accelerator: 'CmdOrCtrl+N', click: () => acties.invoke('bestand.nieuw') },
        { label: 'Openen…', accelerator: 'CmdOrCtrl+O', click: () => acties.invoke('bestand.openen') },
        { type: 'separator' },
        { label: 'Afsluiten', role: 'quit' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { label: 'Ongedaan maken', role: 'undo' },
        { label: 'Opnieuw', role: 'redo' },
        { type: 'separator' },
        { label: 'Knippen', role: 'cut' },
        { label: 'Kopiëren', role: 'copy' },
        { label: 'Plakken', role: 'paste' },
        { label: 'Alles selecteren', role: 'selectAll' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { label: 'Vergroten', role: 'zoomIn' },
        { label: 'Verkleinen', role: 'zoomOut' },
        { label: 'Werkelijke grootte', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Volledig scherm', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [{ label: 'Logbestand openen', click: () => void openLogbestand(acties.logBestand) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** Opens the log in the system's text viewer; if that fails (no file yet), shows its folder instead. */
async function openLogbestand(bestand: string): Promise<void> {
  const fout = await shell.openPath(bestand);
  if (fout) await shell.openPath(path.dirname(bestand));
}
