/**
 * Opens sidebars and dialogs built into `dist/<Name>.html`. The data a page needs is
 * inlined into it (`window.__BOOT__`), so it is usable without a round trip.
 */
import { gas } from './gas';

export type PageName =
  | 'Help'
  | 'Compliance'
  | 'DataCheck'
  | 'Patrol'
  | 'Commitments'
  | 'Activity'
  | 'Registry'
  | 'Lookup'
  | 'Notice'
  | 'Report'
  | 'Tt124'
  | 'PhoneLink';

/** JSON safe to inline in a <script>: no `</script>`, no `<!--`, no line separators. */
export function inlineJson(data: unknown): string {
  return JSON.stringify(data ?? null)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface PageOptions {
  title: string;
  kind: 'sidebar' | 'dialog';
  width?: number;
  height?: number;
  data?: unknown;
}

export function openPage(name: PageName, opts: PageOptions): void {
  const template = gas.html().createTemplateFromFile(name);
  // A template's variables are properties set on it (HtmlTemplate's type does not list them).
  Object.assign(template, { boot: inlineJson(opts.data) });
  const output = template.evaluate().setTitle(opts.title);
  if (opts.kind === 'sidebar') {
    gas.ui().showSidebar(output);
  } else {
    output.setWidth(opts.width ?? 640).setHeight(opts.height ?? 520);
    gas.ui().showModalDialog(output, opts.title);
  }
}
