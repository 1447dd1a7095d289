// Rows of a list in a form (years with amounts, basisinzet per sector): pure, so node tests load it.

/**
 * The rows of a list in a form without the empty ones at the end (an added row left blank). Empty rows
 * in between stay, so an error's row number is the row the user sees (`bedragen.2.jaar` is the third row).
 */
export function zonderLegeStaart<R>(rijen: readonly R[], isLeeg: (rij: R) => boolean): R[] {
  let tot = rijen.length;
  while (tot > 0 && isLeeg(rijen[tot - 1]!)) tot--;
  return rijen.slice(0, tot);
}
