/**
 * An embedded chart of the workbook as inline SVG, drawn from its ChartView (type, title,
 * series, categories, values): columns, horizontal bars, lines (and areas), pies; other
 * types are drawn as columns. No chart library: a few rectangles, paths and labels.
 * Every text goes in through textContent.
 */
import type { ChartView } from '../protocol';

const NS = 'http://www.w3.org/2000/svg';
/** The colours Sheets gives series and slices, in order. */
export const PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
  '#fcd04f',
  '#71c287',
];
const FONT = 'Roboto, Arial, sans-serif';

type Attrs = Record<string, string | number>;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** A round axis maximum at or above `max` (1, 2, 2.5, 5 × 10ⁿ steps, 5 ticks). */
export function niceMax(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  return { top: step * Math.ceil(max / step - 1e-9), step };
}

interface Frame {
  svg: SVGSVGElement;
  /** Plot area. */
  x: number;
  y: number;
  w: number;
  h: number;
}

function frame(view: ChartView, legend: 'bottom' | 'right' | 'none', leftPad: number): Frame {
  const { width: W, height: H } = view;
  const svg = el('svg', {
    class: 'chart',
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'data-type': view.type,
    'font-family': FONT,
  });
  svg.setAttribute('aria-label', view.title || 'Biểu đồ');
  svg.append(el('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff', stroke: '#dadce0' }));
  if (view.title)
    svg.append(
      el(
        'text',
        { class: 'chart-title', x: 12, y: 22, 'font-size': 14, 'font-weight': 500, fill: '#202124' },
        clip(view.title, Math.floor(W / 8)),
      ),
    );
  const top = view.title ? 38 : 14;
  const bottom = legend === 'bottom' ? 52 : 36;
  const right = legend === 'right' ? Math.min(220, W * 0.4) : 16;
  return { svg, x: leftPad, y: top, w: Math.max(10, W - leftPad - right), h: Math.max(10, H - top - bottom) };
}

function legendBottom(f: Frame, names: string[]): void {
  let x = f.x;
  const y = f.y + f.h + 40;
  names.forEach((name, i) => {
    const g = el('g', { class: 'legend-item' });
    g.append(el('rect', { x, y: y - 9, width: 10, height: 10, fill: PALETTE[i % PALETTE.length] }));
    const label = clip(name, 30);
    g.append(el('text', { x: x + 14, y, 'font-size': 11, fill: '#3c4043' }, label));
    f.svg.append(g);
    x += 28 + label.length * 6.2;
  });
}

/** Value grid lines and labels; `vertical` when the value axis is horizontal (bar charts). */
function valueAxis(f: Frame, top: number, step: number, vertical: boolean): void {
  for (let v = 0; v <= top + 1e-9; v += step) {
    const at = (v / top) * (vertical ? f.w : f.h);
    if (vertical) {
      f.svg.append(el('line', { x1: f.x + at, x2: f.x + at, y1: f.y, y2: f.y + f.h, stroke: '#e8eaed' }));
      f.svg.append(
        el(
          'text',
          { x: f.x + at, y: f.y + f.h + 14, 'font-size': 10, fill: '#5f6368', 'text-anchor': 'middle' },
          fmt(v),
        ),
      );
    } else {
      f.svg.append(el('line', { x1: f.x, x2: f.x + f.w, y1: f.y + f.h - at, y2: f.y + f.h - at, stroke: '#e8eaed' }));
      f.svg.append(
        el(
          'text',
          { x: f.x - 6, y: f.y + f.h - at + 3, 'font-size': 10, fill: '#5f6368', 'text-anchor': 'end' },
          fmt(v),
        ),
      );
    }
  }
}

const maxOf = (view: ChartView) => Math.max(0, ...view.values.flat().filter((v): v is number => v !== null));

/** Category labels under the plot, thinned out so they do not overlap. */
function categoryLabels(f: Frame, categories: string[], slot: number): void {
  const every = Math.max(1, Math.ceil(44 / slot));
  categories.forEach((c, i) => {
    if (i % every) return;
    f.svg.append(
      el(
        'text',
        {
          class: 'category',
          x: f.x + slot * (i + 0.5),
          y: f.y + f.h + 14,
          'font-size': 10,
          fill: '#5f6368',
          'text-anchor': 'middle',
        },
        clip(c, Math.max(4, Math.floor((slot * every) / 6))),
      ),
    );
  });
}

function tooltip(node: SVGElement, text: string): void {
  node.append(el('title', {}, text));
}

function columns(view: ChartView): SVGSVGElement {
  const f = frame(view, 'bottom', 48);
  const { top, step } = niceMax(maxOf(view));
  valueAxis(f, top, step, false);
  const n = view.categories.length || 1;
  const slot = f.w / n;
  const bw = (slot * 0.7) / Math.max(1, view.series.length);
  view.values.forEach((vals, s) =>
    vals.forEach((v, c) => {
      if (v === null) return;
      const h = (Math.max(0, v) / top) * f.h;
      const bar = el('rect', {
        class: 'bar',
        x: f.x + slot * c + slot * 0.15 + bw * s,
        y: f.y + f.h - h,
        width: Math.max(1, bw - 1),
        height: h,
        fill: PALETTE[s % PALETTE.length],
        'data-series': s,
        'data-value': v,
      });
      tooltip(bar, `${view.categories[c]} · ${view.series[s]}: ${fmt(v)}`);
      f.svg.append(bar);
    }),
  );
  f.svg.append(el('line', { x1: f.x, x2: f.x + f.w, y1: f.y + f.h, y2: f.y + f.h, stroke: '#9aa0a6' }));
  categoryLabels(f, view.categories, slot);
  legendBottom(f, view.series);
  return f.svg;
}

function bars(view: ChartView): SVGSVGElement {
  const longest = Math.max(0, ...view.categories.map((c) => Math.min(c.length, 30)));
  const f = frame(view, 'bottom', Math.min(view.width * 0.45, 12 + longest * 6));
  const { top, step } = niceMax(maxOf(view));
  valueAxis(f, top, step, true);
  const n = view.categories.length || 1;
  const slot = f.h / n;
  const bh = (slot * 0.7) / Math.max(1, view.series.length);
  view.categories.forEach((c, i) => {
    f.svg.append(
      el(
        'text',
        {
          class: 'category',
          x: f.x - 6,
          y: f.y + slot * (i + 0.5) + 3,
          'font-size': 10,
          fill: '#3c4043',
          'text-anchor': 'end',
        },
        clip(c, 30),
      ),
    );
  });
  view.values.forEach((vals, s) =>
    vals.forEach((v, c) => {
      if (v === null) return;
      const w = (Math.max(0, v) / top) * f.w;
      const bar = el('rect', {
        class: 'bar',
        x: f.x,
        y: f.y + slot * c + slot * 0.15 + bh * s,
        width: w,
        height: Math.max(1, bh - 1),
        fill: PALETTE[s % PALETTE.length],
        'data-series': s,
        'data-value': v,
      });
      tooltip(bar, `${view.categories[c]} · ${view.series[s]}: ${fmt(v)}`);
      f.svg.append(bar);
    }),
  );
  f.svg.append(el('line', { x1: f.x, x2: f.x, y1: f.y, y2: f.y + f.h, stroke: '#9aa0a6' }));
  legendBottom(f, view.series);
  return f.svg;
}

function lines(view: ChartView, area: boolean): SVGSVGElement {
  const f = frame(view, 'bottom', 48);
  const { top, step } = niceMax(maxOf(view));
  valueAxis(f, top, step, false);
  const n = view.categories.length || 1;
  const slot = f.w / n;
  view.values.forEach((vals, s) => {
    const color = PALETTE[s % PALETTE.length];
    const pts = vals
      .map((v, c) => (v === null ? null : [f.x + slot * (c + 0.5), f.y + f.h - (Math.max(0, v) / top) * f.h]))
      .filter((p): p is number[] => p !== null);
    if (!pts.length) return;
    const baseline = f.y + f.h;
    const line = pts.map((p) => p.join(',')).join(' L');
    if (area)
      f.svg.append(
        el('path', {
          d: `M${pts[0][0]},${baseline} L${line} L${pts[pts.length - 1][0]},${baseline} Z`,
          fill: color,
          'fill-opacity': 0.25,
        }),
      );
    f.svg.append(
      el('polyline', {
        class: 'line',
        points: pts.map((p) => p.join(',')).join(' '),
        fill: 'none',
        stroke: color,
        'stroke-width': 2,
        'data-series': s,
      }),
    );
    pts.forEach((p) => f.svg.append(el('circle', { class: 'point', cx: p[0], cy: p[1], r: 3, fill: color })));
  });
  f.svg.append(el('line', { x1: f.x, x2: f.x + f.w, y1: f.y + f.h, y2: f.y + f.h, stroke: '#9aa0a6' }));
  categoryLabels(f, view.categories, slot);
  legendBottom(f, view.series);
  return f.svg;
}

function pie(view: ChartView): SVGSVGElement {
  const f = frame(view, 'right', 16);
  const vals = (view.values[0] ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const total = vals.reduce((a, b) => a + b, 0);
  const r = Math.max(10, Math.min(f.w, f.h) / 2 - 4);
  const cx = f.x + f.w / 2;
  const cy = f.y + f.h / 2;
  let angle = -Math.PI / 2;
  const legendX = f.x + f.w + 16;
  let legendY = f.y + 12;
  vals.forEach((v, i) => {
    if (v <= 0 || total <= 0) return;
    const color = PALETTE[i % PALETTE.length];
    const share = v / total;
    const a2 = angle + share * 2 * Math.PI;
    const start = `${cx + r * Math.cos(angle)},${cy + r * Math.sin(angle)}`;
    const end = `${cx + r * Math.cos(a2)},${cy + r * Math.sin(a2)}`;
    const slice =
      share >= 0.9999
        ? el('circle', { class: 'slice', cx, cy, r, fill: color, 'data-value': v })
        : el('path', {
            class: 'slice',
            d: `M${cx},${cy} L${start} A${r},${r} 0 ${share > 0.5 ? 1 : 0} 1 ${end} Z`,
            fill: color,
            stroke: '#fff',
            'data-value': v,
          });
    tooltip(slice, `${view.categories[i]}: ${fmt(v)} (${fmt(share * 100)}%)`);
    f.svg.append(slice);
    if (share >= 0.05) {
      const mid = (angle + a2) / 2;
      f.svg.append(
        el(
          'text',
          {
            x: cx + r * 0.62 * Math.cos(mid),
            y: cy + r * 0.62 * Math.sin(mid) + 4,
            'font-size': 11,
            fill: '#fff',
            'text-anchor': 'middle',
          },
          `${fmt(share * 100)}%`,
        ),
      );
    }
    const g = el('g', { class: 'legend-item' });
    g.append(el('rect', { x: legendX, y: legendY - 9, width: 10, height: 10, fill: color }));
    g.append(
      el(
        'text',
        { x: legendX + 14, y: legendY, 'font-size': 11, fill: '#3c4043' },
        clip(`${view.categories[i]} (${fmt(v)})`, 30),
      ),
    );
    f.svg.append(g);
    legendY += 18;
    angle = a2;
  });
  if (total <= 0)
    f.svg.append(
      el('text', { x: cx, y: cy, 'font-size': 12, fill: '#5f6368', 'text-anchor': 'middle' }, 'Không có số liệu'),
    );
  return f.svg;
}

export function drawChart(view: ChartView): SVGSVGElement {
  switch (view.type) {
    case 'BAR':
      return bars(view);
    case 'LINE':
      return lines(view, false);
    case 'AREA':
      return lines(view, true);
    case 'PIE':
      return pie(view);
    default:
      return columns(view);
  }
}
