// `npm run dist`: every installer this computer can build (after `npm run build`).
// Linux builds the Linux and the Windows packages (NSIS runs on Linux, no Wine needed); macOS also
// the dmg, which only a Mac can make; Windows only its own. Settings: electron-builder.yml.
import { build } from 'electron-builder';

const PER_HOST = {
  linux: { linux: [], win: [] },
  darwin: { mac: [], linux: [], win: [] },
  win32: { win: [] },
};

const platforms = PER_HOST[process.platform];
if (!platforms) {
  console.error(`Installers bouwen op ${process.platform} wordt niet ondersteund; gebruik Linux, macOS of Windows.`);
  process.exit(1);
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
