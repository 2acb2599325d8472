/**
 * ScriptApp, only what the add-on uses: `getService().getUrl()`, the web app's address (SPEC §7.1). Apps Script
 * returns the deployment's `/exec` address, or null when the script has no web app deployment; `webApp.url` is
 * that address here (null: not deployed), settable by tests and the playground.
 */
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';
import { gasName } from './utilities';

type GScriptApp = GoogleAppsScript.Script.ScriptApp;
type GService = GoogleAppsScript.Script.Service;

export interface WebAppDeployment {
  /** The deployment's address, or null before the script is deployed as a web app. */
  url: string | null;
}

export class FakeService implements Pick<GService, 'getUrl' | 'isEnabled'> {
  readonly [FAKE] = true;
  constructor(private readonly webApp: WebAppDeployment) {}
  getUrl(): string {
    // Apps Script's type says string; the service answers null when there is no web app deployment.
    return this.webApp.url as string;
  }
  isEnabled(): boolean {
    return this.webApp.url !== null;
  }
}

export class FakeScriptApp implements Pick<GScriptApp, 'getService'> {
  readonly [FAKE] = true;
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly webApp: WebAppDeployment,
  ) {}
  getService(): GService {
    return instrument(new FakeService(this.webApp), 'Service', this.ctx.counter) as unknown as GService;
  }
}

export function createScriptApp(ctx: EmulatorContext, url: string | null) {
  const webApp: WebAppDeployment = { url };
  return {
    ScriptApp: instrument(new FakeScriptApp(ctx, webApp), 'ScriptApp', ctx.counter) as unknown as GScriptApp,
    webApp,
  };
}

gasName(FakeService, 'Service');
gasName(FakeScriptApp, 'ScriptApp');
