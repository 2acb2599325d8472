/**
 * The QR code of the phone page's address, made in the page by the `qrcode` package (no external service) and
 * drawn as SVG through the DOM (no markup string): one path of dark squares, a quiet zone of 4 modules, error
 * correction M (15 %), so a printed code survives a crease.
 */
import { create } from 'qrcode';

const SVG = 'http://www.w3.org/2000/svg';
/** The light border the QR specification asks around the symbol, in modules. */
export const QUIET = 4;

/** The symbol's dark modules (row, column), row by row. */
export function darkModules(text: string): { size: number; dark: [number, number][] } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const dark: [number, number][] = [];
  for (let r = 0; r < modules.size; r++)
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) dark.push([r, c]);
  return { size: modules.size, dark };
}

/** An `<svg>` of the QR code of `text`, `px` wide, labelled for screen readers. */
export function qrSvg(text: string, px: number, label: string): SVGSVGElement {
  const { size, dark } = darkModules(text);
  const side = size + 2 * QUIET;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('width', String(px));
  svg.setAttribute('height', String(px));
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(side));
  bg.setAttribute('height', String(side));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', dark.map(([r, c]) => `M${c + QUIET} ${r + QUIET}h1v1h-1z`).join(''));
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
