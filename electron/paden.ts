// Where the app keeps its data. Computed without Electron so the CLI finds the same file as the app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAAM = 'Schoolinzet';

/** The user data folder: the same folder Electron's app.getPath('userData') gives for "Schoolinzet". */
export function standaardDataMap(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SCHOOLINZET_DATA) return env.SCHOOLINZET_DATA;
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_NAAM);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_NAAM);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_NAAM);
}

export function standaardDatabase(dataMap = standaardDataMap()): string {
  return path.join(dataMap, 'schoolinzet.db');
}

interface Voorkeuren {
  laatsteBestand?: string;
}

function voorkeurenPad(dataMap: string) {
  return path.join(dataMap, 'voorkeuren.json');
}

export function leesVoorkeuren(dataMap = standaardDataMap()): Voorkeuren {
  try {
    const parsed = JSON.parse(fs.readFileSync(voorkeurenPad(dataMap), 'utf8'));
    return typeof parsed === 'object' && parsed ? { laatsteBestand: typeof parsed.laatsteBestand === 'string' ? parsed.laatsteBestand : undefined } : {};
  } catch {
    return {};
  }
}

export function schrijfVoorkeuren(voorkeuren: Voorkeuren, dataMap = standaardDataMap()): void {
  fs.mkdirSync(dataMap, { recursive: true });
  const tmp = voorkeurenPad(dataMap) + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(voorkeuren, null, 2));
  fs.renameSync(tmp, voorkeurenPad(dataMap));
}

/** The file the app opens at start: the one chosen last time, else the embedded default. */
export function teOpenenDatabase(dataMap = standaardDataMap()): string {
  const laatste = leesVoorkeuren(dataMap).laatsteBestand;
  return laatste && fs.existsSync(laatste) ? laatste : standaardDatabase(dataMap);
}

export function gebruikersnaam(): string {
  try {
    return os.userInfo().username || process.env.USERNAME || process.env.USER || 'onbekend';
  } catch {
    return process.env.USERNAME || process.env.USER || 'onbekend';
  }
}
