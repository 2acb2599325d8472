/**
 * An output sheet written whole from A1 (`Tổng hợp`, `Tổng hợp xã`): its previous charts and content
 * removed, the grid grown to fit, then values and styles written with one call each, and charts
 * embedded on the block's helper tables. The layouts come from the domain (`summary.ts`,
 * `commune/layout.ts`); this is the one place that writes them.
 */
import type { Cell, ChartSpec } from '../domain/summary';
import { gas } from './gas';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetBlock {
  values: Cell[][];
  formats: string[][];
  backgrounds: string[][];
  fontColors?: string[][];
  fontWeights: ('bold' | 'normal')[][];
}

/** Replaces the sheet's content by the block (formats first, so text such as "06/2021" stays text). */
export function replaceWithBlock(sheet: Sheet, layout: SheetBlock): GoogleAppsScript.Spreadsheet.Range {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const rows = layout.values.length;
  const cols = layout.values[0].length;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  const block = sheet.getRange(1, 1, rows, cols);
  block.setNumberFormats(layout.formats);
  block.setValues(layout.values);
  block.setBackgrounds(layout.backgrounds);
  if (layout.fontColors) block.setFontColors(layout.fontColors);
  block.setFontWeights(layout.fontWeights);
  return block;
}

/** Embeds one chart of the layout: its data range, position and title; legend and height as asked. */
export function insertChart(
  sheet: Sheet,
  spec: ChartSpec,
  look: { legend: 'right' | 'bottom' | 'none'; height: number },
): void {
  const { row, column, numRows, numColumns } = spec.range;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(gas.charts().ChartType[spec.type])
      .addRange(sheet.getRange(row, column, numRows, numColumns))
      .setNumHeaders(1)
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .setOption('title', spec.title)
      .setOption('legend', { position: look.legend })
      .setOption('width', 560)
      .setOption('height', look.height)
      .build(),
  );
}
