// exceljs's own XML parser and cell rules (no types of their own); used only by import/xlsx-stroom.ts.
declare module 'exceljs/lib/utils/parse-sax.js' {
  const parseSax: (bron: AsyncIterable<string>) => AsyncGenerator<unknown[]>;
  export default parseSax;
}
declare module 'exceljs/lib/utils/utils.js' {
  const utils: unknown;
  export default utils;
}
