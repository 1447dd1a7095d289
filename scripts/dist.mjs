// `npm run dist`: every installer this computer can build (after `npm run build`).
// Linux: the Linux packages, and the Windows ones when Wine is there (NSIS builds the uninstaller
// by running the installer once, under Wine). macOS: dmg, Linux and Windows (electron-builder brings
// its own Wine there). Windows: only its own. Settings: electron-builder.yml.
import { spawnSync } from 'node:child_process';
import { build } from 'electron-builder';

function heeftWine() {
  if (process.env.ELECTRON_BUILDER_WINE_TOOLSET_DIR) return true;
  return spawnSync('wine', ['--version'], { stdio: 'ignore' }).status === 0;
}

const platforms = { linux: { linux: [] }, darwin: { mac: [], linux: [], win: [] }, win32: { win: [] } }[process.platform];
if (!platforms) {
  console.error(`Installers bouwen op ${process.platform} wordt niet ondersteund; gebruik Linux, macOS of Windows.`);
  process.exit(1);
}
if (process.platform === 'linux') {
  if (heeftWine()) platforms.win = [];
  else console.warn('Windows-installers overgeslagen: Wine ontbreekt (zie README, "Installers bouwen").');
}
console.log(`Installers bouwen voor: ${Object.keys(platforms).join(', ')}`);
try {
  // An empty target list means: the targets electron-builder.yml names for that platform.
  const files = await build({ ...platforms, publish: 'never' });
  console.log(`Klaar:\n${files.map((f) => `  ${f}`).join('\n')}`);
} catch (error) {
  console.error(`Installers bouwen is mislukt: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
