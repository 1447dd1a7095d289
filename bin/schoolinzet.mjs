#!/usr/bin/env node
// The schoolinzet command line, run straight from the TypeScript sources (no build step needed).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
