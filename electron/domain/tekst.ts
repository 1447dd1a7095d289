// The one text normaliser (issue 14): every handler input with text and every import passes its
// text through here, so nothing reaches the database that spoils an Excel export (XML-illegal
// code points), hides from the user (invisible-only text) or grows without bound.
// Pure, no Node imports: the renderer bundles this file.

export interface TekstOpties {
  /** Maximum length in characters, after normalising. */
  max: number;
  /** Tab and newline are allowed (toelichting, opmerking, omschrijving). */
  meerRegels?: boolean;
}

export type TekstUitkomst = { ok: true; waarde: string } | { ok: false; melding: string };

// Characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen, NBSP and
// the other Unicode spaces. Text made only of these (and whitespace) counts as empty.
const ONZICHTBAAR = /^[\s\u00A0\u00AD\u180E\u200B-\u200F\u2028\u2029\u202F\u205F\u2060-\u2064\u3000\uFEFF]*$/u;

/** Text that shows nothing (whitespace, zero-width characters, BOM, NBSP): empty for every rule. */
export function isLeegTekst(v: string): boolean {
  return ONZICHTBAAR.test(v);
}

/** Why a code point is refused, or null. Lone surrogates are found by the caller. */
function verbodenTeken(c: number, meerRegels: boolean): string | null {
  if (c === 0x09 || c === 0x0a || c === 0x0d) return meerRegels ? null : 'een tab of regeleinde';
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `een stuurteken (U+${c.toString(16).toUpperCase().padStart(4, '0')})`;
  if (c === 0xfffe || c === 0xffff) return `een ongeldig teken (U+${c.toString(16).toUpperCase()})`;
  return null;
}

/**
 * Normalises text to NFC, trimmed; refuses control characters, XML-illegal code points, lone
 * surrogates and text over `max`. Invisible-only text becomes ''. The message names the field.
 */
export function normaliseerTekst(invoer: string, label: string, opties: TekstOpties): TekstUitkomst {
  // Checked before NFC: normalize() keeps lone surrogates, but a cheap early look is clearer.
  for (let i = 0; i < invoer.length; i++) {
    const c = invoer.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const volgend = invoer.charCodeAt(i + 1);
      if (volgend >= 0xdc00 && volgend <= 0xdfff) {
        i++;
        continue;
      }
      return { ok: false, melding: `${label} bevat een ongeldig teken (een los surrogaat). Typ de tekst opnieuw.` };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { ok: false, melding: `${label} bevat een ongeldig teken (een los surrogaat). Typ de tekst opnieuw.` };
    const reden = verbodenTeken(c, opties.meerRegels === true);
    if (reden) return { ok: false, melding: `${label} bevat ${reden}; dat is hier niet toegestaan.` };
  }
  // Refuse the obviously huge before normalising it (a 10 MB name costs time for nothing).
  if (invoer.length > opties.max * 4 + 1000) return { ok: false, melding: teLang(label, opties.max) };
  const waarde = invoer.normalize('NFC').trim();
  if (ONZICHTBAAR.test(waarde)) return { ok: true, waarde: '' };
  if (waarde.length > opties.max) return { ok: false, melding: teLang(label, opties.max) };
  return { ok: true, waarde };
}

function teLang(label: string, max: number): string {
  return `${label} mag hoogstens ${max.toLocaleString('nl-NL')} tekens hebben.`;
}
