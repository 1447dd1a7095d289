// Bundles the main process and the preload into CommonJS files under dist/electron.
// better-sqlite3 and electron stay external: the first ships its own prebuilt binary.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3', 'electron-log'] });
// A sandboxed preload can only require 'electron': everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
console.log('Electron-code gebouwd in dist/electron');
