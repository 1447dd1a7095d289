// Runs the whole vitest suite, then prints one plain closing line ("N passed, N failed, N skipped")
// that any CI can read, and exits with vitest's own exit code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const report = path.resolve('test-artifacts', 'vitest-resultaat.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const vitest = path.resolve('node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
let code = run.status ?? 1;
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  if (r.numTotalTests === 0) {
    console.error('Er is geen enkele test uitgevoerd.');
    code = 1;
  }
} else {
  console.log('\nTests: 0 passed, 1 failed');
  code = code || 1;
}
process.exit(code);
