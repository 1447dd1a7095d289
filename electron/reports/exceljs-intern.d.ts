// exceljs's own style writers (no types of their own); used only by reports/tekstcel.ts.
declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  const StylesXform: unknown;
  export default StylesXform;
}
declare module 'exceljs/lib/xlsx/xform/style/style-xform.js' {
  const StyleXform: unknown;
  export default StyleXform;
}
