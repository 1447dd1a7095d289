// "1 afspraak", "1.234 afspraken": a count with the right form of its noun, with Dutch thousands.
// Pure: the handlers, the CLI and the renderer all say counts this way.

export function telwoord(n: number, enkelvoud: string, meervoud: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? enkelvoud : meervoud}`;
}
