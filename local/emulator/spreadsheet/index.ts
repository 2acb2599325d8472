/** Emulated SpreadsheetApp (+ Charts.ChartType and the spreadsheet Ui). See app.ts for the factory. */
export { createSpreadsheetService, setActiveSpreadsheet, FakeSpreadsheetApp } from './app';
export type { SpreadsheetService, SpreadsheetServiceOptions } from './app';
export { serializeSpreadsheet, deserializeSpreadsheet } from './serialize';
export type { SerializedSpreadsheet } from './serialize';
export { FakeSpreadsheet, FakeNamedRange } from './spreadsheet';
export type { SpreadsheetInit, FormulaEvaluator } from './spreadsheet';
export { FakeSheet, STYLE_DEFAULTS, DEFAULT_ROWS, DEFAULT_COLUMNS } from './sheet';
export type { StyleKey, StructureChange, BorderRecord } from './sheet';
export { FakeRange } from './range';
export { FakeDataValidation, FakeDataValidationBuilder, DataValidationCriteria } from './validation';
export { FakeProtection, FakeUser, ProtectionType, PROTECTED_MESSAGE } from './protection';
export { FakeEmbeddedChart, FakeEmbeddedChartBuilder, ChartType } from './chart';
export type { ChartDescription } from './chart';
export { FakeUi, FakeMenu, Button, ButtonSet } from './ui';
export type { RecordedMenu, RecordedDialog, RecordedAlert, RecordedToast, MenuEntry, ScriptedResponse } from './ui';
export { GasException } from './errors';
export { columnToLetters, lettersToColumn, parseA1, formatA1, quoteSheetName } from './a1';
export {
  DEFAULT_NUMBER_FORMAT,
  parseInput,
  displayValue,
  dateToSerial,
  serialToDate,
  zonedDate,
  wallClock,
} from './values';
export type { CellValue } from './values';
