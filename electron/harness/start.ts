// Manual use: `npx tsx electron/harness/start.ts /tmp/demo.db` then open the printed URL in Chromium.
import { startHarness } from './server';

const harness = await startHarness({ dbPad: process.argv[2] ?? 'harness.db', port: Number(process.env.PORT ?? 0) });
console.log(`Schoolinzet harness: ${harness.url}`);
