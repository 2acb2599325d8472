/** Embedded charts: Sheet.newChart() builder, stored charts, Charts.ChartType. */
import { FAKE } from '../counter';
import { SELF, asGas, gasClassName, gasError, signatureError, unwrap } from './errors';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;
export type ChartTypeName = keyof typeof ChartType;

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** Everything a chart is (and what a playground needs to redraw it). */
export interface ChartState {
  chartId: number | null;
  type: ChartTypeName | null;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string | null;
  hiddenDimensionStrategy: string | null;
}

/** Plain description of a chart (ranges as sheet name + A1). */
export interface ChartDescription {
  chartId: number | null;
  type: ChartTypeName | null;
  ranges: Array<{ sheet: string; a1: string }>;
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string | null;
  hiddenDimensionStrategy: string | null;
}

function copyState(s: ChartState, cloneRanges: (r: FakeRange) => FakeRange): ChartState {
  return {
    ...s,
    ranges: s.ranges.map(cloneRanges),
    options: { ...s.options },
    position: { ...s.position },
  };
}

export class FakeContainerInfo
  implements
    Pick<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'>
{
  readonly [FAKE] = true;
  readonly [SELF] = this;
  constructor(private readonly p: ChartPosition) {}
  getAnchorColumn(): number {
    return this.p.anchorColumn;
  }
  getAnchorRow(): number {
    return this.p.anchorRow;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}
gasClassName(FakeContainerInfo, 'ContainerInfo');

export class FakeChartOptions implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  constructor(private readonly o: Record<string, unknown>) {}
  get(option: string): unknown {
    return option in this.o ? this.o[option] : null;
  }
}
gasClassName(FakeChartOptions, 'ChartOptions');

type BuilderMethods =
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setHiddenDimensionStrategy'
  | 'setMergeStrategy'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

export class FakeEmbeddedChartBuilder implements Pick<GasBuilder, BuilderMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  readonly state: ChartState;

  constructor(
    readonly sheet: FakeSheet,
    state?: ChartState,
  ) {
    this.state = state ?? {
      chartId: null,
      type: null,
      ranges: [],
      options: {},
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
      mergeStrategy: null,
      hiddenDimensionStrategy: null,
    };
  }

  private self(): GasBuilder {
    return asGas(this);
  }

  addRange(range: GasRange): GasBuilder {
    const r = unwrap(range) as unknown as FakeRange;
    if (!r || (r as { kind?: string }).kind !== 'range')
      throw signatureError(typeof range, 'SpreadsheetApp.EmbeddedChartBuilder.addRange');
    this.state.ranges.push(r.clone());
    return this.self();
  }

  build(): GasChart {
    return asGas(
      new FakeEmbeddedChart(
        this.sheet,
        copyState(this.state, (r) => r.clone()),
      ),
    );
  }

  clearRanges(): GasBuilder {
    this.state.ranges = [];
    return this.self();
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return asGas(this.state.type);
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asGas(new FakeContainerInfo({ ...this.state.position }));
  }

  getRanges(): GasRange[] {
    return this.state.ranges.map((r) => asGas(r.clone()));
  }

  removeRange(range: GasRange): GasBuilder {
    const r = unwrap(range) as unknown as FakeRange;
    this.state.ranges = this.state.ranges.filter((x) => !x.sameArea(r));
    return this.self();
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasBuilder {
    const name = String(type) as ChartTypeName;
    if (!(name in ChartType)) throw gasError(`Invalid chart type: ${name}`);
    this.state.type = name;
    return this.self();
  }

  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): GasBuilder {
    this.state.hiddenDimensionStrategy = String(strategy);
    return this.self();
  }

  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): GasBuilder {
    this.state.mergeStrategy = String(mergeStrategy);
    return this.self();
  }

  setNumHeaders(headers: number): GasBuilder {
    this.state.numHeaders = headers;
    return this.self();
  }

  setOption(option: string, value: unknown): GasBuilder {
    this.state.options[option] = value;
    return this.self();
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasBuilder {
    this.state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this.self();
  }

  setTransposeRowsAndColumns(transpose: boolean): GasBuilder {
    this.state.transpose = !!transpose;
    return this.self();
  }

  // The typed builders (asColumnChart() …) share this object; their common conveniences map to options.
  asAreaChart(): this {
    return this.as('AREA');
  }
  asBarChart(): this {
    return this.as('BAR');
  }
  asColumnChart(): this {
    return this.as('COLUMN');
  }
  asComboChart(): this {
    return this.as('COMBO');
  }
  asHistogramChart(): this {
    return this.as('HISTOGRAM');
  }
  asLineChart(): this {
    return this.as('LINE');
  }
  asPieChart(): this {
    return this.as('PIE');
  }
  asScatterChart(): this {
    return this.as('SCATTER');
  }
  asTableChart(): this {
    return this.as('TABLE');
  }
  setTitle(title: string): this {
    return this.opt('title', title);
  }
  setColors(colors: string[]): this {
    return this.opt('colors', colors.slice());
  }
  setStacked(): this {
    return this.opt('isStacked', true);
  }
  set3D(): this {
    return this.opt('is3D', true);
  }
  setLegendPosition(position: unknown): this {
    return this.opt('legend.position', String(position).toLowerCase());
  }
  setXAxisTitle(title: string): this {
    return this.opt('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.opt('vAxis.title', title);
  }
  setDimensions(width: number, height: number): this {
    this.state.options.width = width;
    this.state.options.height = height;
    return this;
  }

  private as(type: ChartTypeName): this {
    this.state.type = type;
    return this;
  }

  private opt(key: string, value: unknown): this {
    this.state.options[key] = value;
    return this;
  }
}
gasClassName(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');

type ChartMethods =
  | 'getChartId'
  | 'getContainerInfo'
  | 'getNumHeaders'
  | 'getOptions'
  | 'getRanges'
  | 'getTransposeRowsAndColumns'
  | 'modify';

export class FakeEmbeddedChart implements Pick<GasChart, ChartMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;

  constructor(
    public sheet: FakeSheet,
    readonly state: ChartState,
  ) {}

  getChartId(): number | null {
    return this.state.chartId;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asGas(new FakeContainerInfo({ ...this.state.position }));
  }

  getNumHeaders(): number {
    return this.state.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return asGas(new FakeChartOptions({ ...this.state.options }));
  }

  getRanges(): GasRange[] {
    return this.state.ranges.map((r) => asGas(r.clone()));
  }

  getTransposeRowsAndColumns(): boolean {
    return this.state.transpose;
  }

  /** Not an Apps Script method: the chart type (Apps Script only exposes it on the builder). */
  getType(): ChartTypeName | null {
    return this.state.type;
  }

  modify(): GasBuilder {
    return asGas(
      new FakeEmbeddedChartBuilder(
        this.sheet,
        copyState(this.state, (r) => r.clone()),
      ),
    );
  }

  describe(): ChartDescription {
    return {
      chartId: this.state.chartId,
      type: this.state.type,
      ranges: this.state.ranges.map((r) => ({ sheet: r.sheet.name, a1: r.a1() })),
      options: JSON.parse(JSON.stringify(this.state.options)),
      position: { ...this.state.position },
      numHeaders: this.state.numHeaders,
      transpose: this.state.transpose,
      mergeStrategy: this.state.mergeStrategy,
      hiddenDimensionStrategy: this.state.hiddenDimensionStrategy,
    };
  }
}
gasClassName(FakeEmbeddedChart, 'EmbeddedChart');

/** Stores a chart on a sheet: ranges become anchored (they follow row/column inserts). */
export function storeChart(sheet: FakeSheet, chart: FakeEmbeddedChart, id: number): FakeEmbeddedChart {
  const state = copyState(chart.state, (r) => r.anchored());
  state.chartId = id;
  return new FakeEmbeddedChart(sheet, state);
}

export function releaseChart(chart: FakeEmbeddedChart): void {
  for (const r of chart.state.ranges) r.sheet.ss.unanchor(r);
}
