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
export { menuPatrol, menuCommitments, menuActivity, menuRegistry, apiListResidents } from './sidebars';
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
