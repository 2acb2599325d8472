/**
 * Entry of the Apps Script bundle. Every name exported here becomes a global function
 * of `dist/Code.js` (the build generates a forwarder for each): menu handlers,
 * `google.script.run` targets and the SPEC §6 API.
 */
export { onOpen, onInstall, menuSetup, menuLoadSample, menuHelp } from './menu';
export { setupWorkbook } from './setup';
export { loadSampleVillage } from './sample';
export { menuCompliance } from './compliance';
export { menuValidate } from './validate';
export { menuNotice } from './notice/menu';
export { menuPatrol, menuCommitments, menuActivity, menuRegistry, menuLookup } from './sidebars';
export { apiListRecords, apiListResidents } from './list';
export { apiDeleteRecord } from './save/delete';
export {
  apiBootstrap,
  apiSavePatrol,
  apiSaveCommitments,
  apiSaveActivity,
  apiSaveRecord,
  apiComputeCompliance,
  apiWriteSummary,
  apiValidateWorkbook,
  apiGenerateNotice,
  apiPreviewNotice,
} from './api';

// The contract of src/domain/api.ts, checked by `npm run typecheck` (types only: nothing of it is bundled).
// Each function of the map must be exported here with a compatible argument and the same reply, and
// every `api…` export must be in the map.
import type { Api } from '../domain/api';
import type * as entry from './index';

type Satisfies<T extends Constraint, Constraint> = T;
export type ServerSatisfiesApi = Satisfies<typeof entry, Api>;
export type EveryApiExportIsMapped = Satisfies<Exclude<Extract<keyof typeof entry, `api${string}`>, keyof Api>, never>;
