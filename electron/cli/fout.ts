// The CLI's user error, in a file of its own so the commands need not import cli/main.ts (which
// imports them): exit code 1 and the Dutch message on stderr.

/** A user error: exit code 1, message on stderr. */
export class CliFout extends Error {}
