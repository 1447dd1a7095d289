#!/usr/bin/env node
// The schoolinzet command line, run straight from the TypeScript sources (no build step needed).
import { register } from 'tsx/esm/api';

register();
// `schoolinzet … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
