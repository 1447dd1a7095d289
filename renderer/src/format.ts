// Dutch display formats. Money arrives as integer cents and is only rounded here, for display.
const euro0 = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const euro2 = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, minimumFractionDigits: 2 });
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const procent = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** € 114.333 (whole euros) or € 114.333,33 with cents. */
export function euro(cents: number, metCenten = false): string {
  return (metCenten ? euro2 : euro0).format(metCenten ? cents / 100 : Math.round(cents / 100)).replace(/\u00a0/g, ' ');
}

export function aantal(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : getal.format(n);
}

export function uren(n: number): string {
  return `${getal.format(n)} uur`;
}

export function percentage(fractie: number): string {
  return `${procent.format(fractie * 100)}%`;
}

export function schooljaarNaam(start: number): string {
  return `${start}-${start + 1}`;
}

/** ISO yyyy-mm-dd → 31-12-2017. */
export function datum(iso: string | null | undefined): string {
  if (!iso) return '–';
  const [j, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${j}`;
}
