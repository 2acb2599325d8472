/**
 * Entry of the Apps Script bundle. Every name exported here becomes a global function
 * of `dist/Code.js` (the build generates a forwarder for each): menu handlers,
 * `google.script.run` targets and the SPEC §6 API.
 */
export { onOpen, onInstall, menuSetup, menuLoadSample, menuHelp } from './menu';
export { setupWorkbook } from './setup';
export { loadSampleVillage } from './sample';
export { menuCompliance } from './compliance';
export { menuCommuneSetup, menuCommuneUpdate, menuCommuneContinue, menuCommuneReport } from './commune/menu';
import { apiCommuneReport as communeReport } from './commune/report';
export { setupCommune } from './commune/sheets';
import { apiCommuneContinue as communeContinue, apiCommuneUpdate as communeUpdate } from './commune/update';
export { menuNotice } from './notice/menu';
export { menuReport } from './report/generate';
import { apiGenerateReport as generateReport, apiPreviewReport as previewReport } from './report/generate';
export { menuTt124 } from './tt124/assess';
import { apiAssessTt124 as assessTt124, apiGenerateTt124 as generateTt124 } from './tt124/assess';
export { menuPatrol, menuCommitments, menuActivity, menuRegistry, menuLookup } from './sidebars';
import * as api from './api';
import * as list from './list';
import { apiDeleteRecord as deleteRecord } from './save/delete';
import { menuValidate as validateMenu } from './validate';
import { guardAll } from './guard';
import { apiPhoneSaveActivity as phoneActivity, apiPhoneSavePatrol as phonePatrol } from './phone';
import { apiPhoneSaveRecord as phoneRecord } from './phone';
export { doGet, menuPhoneLink } from './phone';

// Every function a page calls through `google.script.run` (the map of src/domain/api.ts) is exported
// through `guardAll` (guard.ts): its arguments are checked against the size limits before anything else,
// and an error escaping it reaches the page in Vietnamese.
export const {
  apiBootstrap,
  apiFindHouseholds,
  apiListRecords,
  apiListResidents,
  apiDeleteRecord,
  apiSavePatrol,
  apiSaveCommitments,
  apiSaveActivity,
  apiSaveRecord,
  apiPhoneSavePatrol,
  apiPhoneSaveActivity,
  apiPhoneSaveRecord,
  apiComputeCompliance,
  apiWriteSummary,
  apiValidateWorkbook,
  apiGenerateNotice,
  apiPreviewNotice,
  apiTemplateInfo,
  apiGenerateReport,
  apiPreviewReport,
  apiAssessTt124,
  apiGenerateTt124,
  apiCommuneUpdate,
  apiCommuneContinue,
  apiCommuneReport,
  menuValidate,
} = guardAll({
  ...api,
  ...list,
  apiDeleteRecord: deleteRecord,
  apiPhoneSavePatrol: phonePatrol,
  apiPhoneSaveActivity: phoneActivity,
  apiPhoneSaveRecord: phoneRecord,
  menuValidate: validateMenu,
  apiCommuneUpdate: communeUpdate,
  apiCommuneContinue: communeContinue,
  apiCommuneReport: communeReport,
  apiGenerateReport: generateReport,
  apiPreviewReport: previewReport,
  apiAssessTt124: assessTt124,
  apiGenerateTt124: generateTt124,
});

// The contract of src/domain/api.ts, checked by `npm run typecheck` (types only: nothing of it is bundled).
// Each function of the map must be exported here with a compatible argument and the same reply, and
// every `api…` export must be in the map.
import type { Api } from '../domain/api';
import type { Guarded } from './guard';
import type * as entry from './index';

type Satisfies<T extends Constraint, Constraint> = T;
export type ServerSatisfiesApi = Satisfies<typeof entry, Api>;
export type EveryApiExportIsMapped = Satisfies<Exclude<Extract<keyof typeof entry, `api${string}`>, keyof Api>, never>;
/** Every function of the map is exported guarded (`guardAll` above). */
export type EveryApiIsGuarded = Satisfies<Pick<typeof entry, keyof Api>, Record<keyof Api, Guarded>>;
