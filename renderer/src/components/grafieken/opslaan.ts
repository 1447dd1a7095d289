// "Opslaan als afbeelding": the chart's SVG drawn on a canvas at 2× (sharp in a Word document)
// and written as PNG through the API (Electron shows the save dialog and writes the file).
import { invoke } from '../../api';

export const SCHAAL = 2;

/** Room above the chart for the title and the legend. */
export const KOP_HOOGTE = 56;
/** One line of the caption below the chart (the note and the source line), and the room above it. */
export const REGEL_HOOGTE = 15;
const VOET_MARGE = 10;

/** Below the saved chart: a note (incomplete years, what the chart shows) and the source with the date. */
export interface Onderschrift {
  /** `Bron: Schoolinzet, gemeente Zwolle, 03-12-2026`. */
  bron: string;
  noot?: string;
}

/** Pixels of a text at 12 px in the chart's font, measured (not guessed), so legend labels never touch. */
function tekstBreedte(tekst: string, font: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return tekst.length * 7.5;
  ctx.font = `12px ${font}`;
  return ctx.measureText(tekst).width;
}

/** Words into lines of at most `tekens` characters. */
export function regels(tekst: string, tekens: number): string[] {
  const uit: string[] = [];
  let regel = '';
  for (const woord of tekst.split(/\s+/).filter(Boolean)) {
    if (regel && regel.length + 1 + woord.length > tekens) {
      uit.push(regel);
      regel = woord;
    } else regel = regel ? `${regel} ${woord}` : woord;
  }
  if (regel) uit.push(regel);
  return uit;
}

/** The caption's lines for a chart of this width: the note wrapped, then the source line. */
export function onderschriftRegels(o: Onderschrift | undefined, breedte: number): string[] {
  if (!o) return [];
  const tekens = Math.max(30, Math.floor((breedte - 16) / 6.5));
  return [...(o.noot ? regels(o.noot, tekens) : []), ...regels(o.bron, tekens)];
}

/** Height of the caption below the chart in the picture. */
export function voetHoogte(aantalRegels: number): number {
  return aantalRegels === 0 ? 0 : VOET_MARGE + aantalRegels * REGEL_HOOGTE;
}

export interface LegendaItem {
  tekst: string;
  kleur: string;
}

/**
 * The legend: recharts draws it as HTML next to the SVG, so for the picture we read its items
 * (text and the colour of their icon) and draw them into the SVG ourselves.
 */
export function legendaVan(wrapper: Element | null): LegendaItem[] {
  if (!wrapper) return [];
  return [...wrapper.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icoon = item.querySelector('path, rect, line');
    const kleur =
      icoon?.getAttribute('fill') && icoon.getAttribute('fill') !== 'none' ? icoon.getAttribute('fill')! : (icoon?.getAttribute('stroke') ?? '#333');
    return { tekst: item.textContent?.trim() ?? '', kleur };
  });
}

/** The SVG as a standalone document: sizes, namespace, a white background, title and legend. */
export function zelfstandigeSvg(
  svg: SVGSVGElement,
  titel: string,
  legenda: LegendaItem[] = [],
  onderschrift?: Onderschrift,
): { tekst: string; breedte: number; hoogte: number } {
  const { width, height } = svg.getBoundingClientRect();
  const breedte = Math.round(width);
  const onder = onderschriftRegels(onderschrift, breedte);
  const hoogte = Math.round(height) + KOP_HOOGTE + voetHoogte(onder.length);
  const kloon = svg.cloneNode(true) as SVGSVGElement;
  kloon.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  kloon.setAttribute('width', String(breedte));
  kloon.setAttribute('height', String(hoogte));
  kloon.setAttribute('viewBox', `0 -${KOP_HOOGTE} ${breedte} ${hoogte}`);
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  // Presentation attributes, not a style attribute: the CSP (style-src 'self') blocks those.
  kloon.setAttribute('font-family', font);
  kloon.setAttribute('font-size', '12');
  const ns = 'http://www.w3.org/2000/svg';
  const achtergrond = document.createElementNS(ns, 'rect');
  Object.entries({ x: '0', y: String(-KOP_HOOGTE), width: String(breedte), height: String(hoogte), fill: '#ffffff' }).forEach(([k, v]) =>
    achtergrond.setAttribute(k, v),
  );
  kloon.insertBefore(achtergrond, kloon.firstChild);
  const kop = document.createElementNS(ns, 'text');
  Object.entries({ x: '8', y: '-34', 'font-size': '16', 'font-weight': 'bold', fill: '#1f4e79' }).forEach(([k, v]) => kop.setAttribute(k, v));
  kop.textContent = titel;
  kloon.appendChild(kop);
  // The chart's own legend (recharts' HTML one) sits in the top margin; cover it and draw ours:
  // block, 4 px, the measured label, then 16 px before the next item.
  let x = breedte - 8;
  for (const item of [...legenda].reverse()) {
    x -= 16 + tekstBreedte(item.tekst, font) + 16;
    const blok = document.createElementNS(ns, 'rect');
    Object.entries({ x: String(x), y: '-16', width: '12', height: '12', fill: item.kleur }).forEach(([k, v]) => blok.setAttribute(k, v));
    const label = document.createElementNS(ns, 'text');
    Object.entries({ x: String(x + 16), y: '-6', 'font-size': '12', fill: '#333' }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = item.tekst;
    kloon.append(blok, label);
  }
  onder.forEach((regel, i) => {
    const t = document.createElementNS(ns, 'text');
    const y = Math.round(height) + VOET_MARGE + (i + 1) * REGEL_HOOGTE - 4;
    Object.entries({ x: '8', y: String(y), 'font-size': '11', fill: '#595959' }).forEach(([k, v]) => t.setAttribute(k, v));
    t.textContent = regel;
    kloon.appendChild(t);
  });
  return { tekst: new XMLSerializer().serializeToString(kloon), breedte, hoogte };
}

/** PNG (base64, without the data: prefix) of the SVG at SCHAAL × its size. */
export async function svgNaarPng(svg: SVGSVGElement, titel: string, onderschrift?: Onderschrift): Promise<{ base64: string; breedte: number; hoogte: number }> {
  const { tekst, breedte, hoogte } = zelfstandigeSvg(svg, titel, legendaVan(svg.closest('.recharts-wrapper')), onderschrift);
  const url = URL.createObjectURL(new Blob([tekst], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('De grafiek kon niet als afbeelding worden getekend.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = breedte * SCHAAL;
    canvas.height = hoogte * SCHAAL;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(SCHAAL, SCHAAL);
    ctx.drawImage(img, 0, 0, breedte, hoogte);
    const dataUrl = canvas.toDataURL('image/png');
    return { base64: dataUrl.replace(/^data:image\/png;base64,/, ''), breedte: canvas.width, hoogte: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function grafiekOpslaan(svg: SVGSVGElement, titel: string, onderschrift?: Onderschrift): Promise<string | null> {
  const { base64 } = await svgNaarPng(svg, titel, onderschrift);
  const r = await invoke('grafiek.opslaan', { naam: titel, png: base64 });
  return r.opgeslagen ? r.bestandsnaam : null;
}
