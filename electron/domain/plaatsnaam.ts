// DUO writes place names in capitals ("HOLLANDSCHEVELD", "'S-HERTOGENBOSCH"); people read and write
// them in normal case. Pure: the DUO reader stores them this way, so every screen and report agrees.

/** Small words that stay lower case inside a Dutch place name ("Bergen op Zoom", "Capelle aan den IJssel"). */
const KLEIN = new Set(['aan', 'aan de', 'de', 'den', 'der', 'op', 'bij', 'in', 'en', 'onder', 'over', 'ter', 'ten', 'te', 'van', 'het', 'a/d']);

function woord(w: string, eerste: boolean): string {
  const klein = w.toLocaleLowerCase('nl');
  if (!eerste && KLEIN.has(klein)) return klein;
  // 's-Hertogenbosch, 't Zandt: the elided article stays lower case.
  const lidwoord = /^('[st])(-?)(.*)$/.exec(klein);
  if (lidwoord) return `${lidwoord[1]}${lidwoord[2]}${lidwoord[3] ? woord(lidwoord[3], false) : ''}`;
  // Each part of a hyphenated name gets its capital (Nieuw-Vennep, Sint-Oedenrode); IJ is one letter in Dutch.
  return klein
    .split('-')
    .map((deel) => (deel.startsWith('ij') ? `IJ${deel.slice(2)}` : deel.charAt(0).toLocaleUpperCase('nl') + deel.slice(1)))
    .join('-');
}

/** A place name in capitals in normal case; a name that already has lower-case letters is left as typed. */
export function plaatsNaam(tekst: string): string {
  if (!/[A-ZÀ-Þ]/.test(tekst) || /[a-zß-ÿ]/.test(tekst)) return tekst;
  return tekst
    .split(/(\s+)/)
    .map((deel, i) => (/^\s+$/.test(deel) ? deel : woord(deel, i === 0)))
    .join('');
}
