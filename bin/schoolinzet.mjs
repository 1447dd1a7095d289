#!/usr/bin/env node
// The schoolinzet command line, run straight from the TypeScript sources (no build step needed).
// First the Node version: better-sqlite3 13 needs Node >= 22.12 and an older Node ends in a
// segmentation fault instead of a message. So nothing is imported before this check.
const [hoofd, minor] = process.versions.node.split('.').map(Number);
if (hoofd < 22 || (hoofd === 22 && minor < 12)) {
  process.stderr.write(
    `Schoolinzet heeft Node.js 22.12 of nieuwer nodig; deze Node is versie ${process.versions.node}.\n` +
      'Installeer een nieuwere Node.js (bijvoorbeeld 24) en probeer het opnieuw.\n',
  );
  process.exit(1);
}
const { register } = await import('tsx/esm/api');

register();
// `schoolinzet … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
