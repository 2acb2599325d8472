/** Reads `Cài đặt` into typed settings (defaults for what is missing or unreadable): one read. */
import type { Settings } from '../domain/settings';
import { sheetDef } from '../domain/sheets';
import type { Clock } from '../domain/clock';
import type { RowIssue } from '../domain/codec';
import { parseSettingsValues } from '../domain/settingsValues';
import { gas } from './gas';
import { readValues } from './repo';

export function readSettings(clock: Clock, ss = gas.spreadsheet()): { settings: Settings; issues: RowIssue[] } {
  const sheet = ss.getSheetByName(sheetDef('settings').name);
  return parseSettingsValues(sheet ? readValues(sheet) : [], clock);
}
