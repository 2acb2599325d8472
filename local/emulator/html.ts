/**
 * HtmlService: HtmlOutput, HtmlTemplate and the scriptlet engine.
 *
 *   <? code ?>      statements (may open a block closed by a later scriptlet, e.g. loops)
 *   <?= expr ?>     printed HTML-escaped (& < > " ')
 *   <?!= expr ?>    printed raw
 *
 * Any property assigned on a template is a variable in its scriptlets; `output` is the
 * HtmlOutput being built, as in Apps Script. Names not found there resolve through the
 * optional `globals` (e.g. the bundle's functions, for an `include()` helper), then Node's
 * global scope.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';
import { exception, FakeBlob, makeEnum, gasName } from './utilities';

type GHtmlService = GoogleAppsScript.HTML.HtmlService;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type GMetaTag = GoogleAppsScript.HTML.HtmlOutputMetaTag;

export const SandboxMode = makeEnum<typeof GoogleAppsScript.HTML.SandboxMode>(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(['ALLOWALL', 'DEFAULT']);

export function escapeHtml(v: unknown): string {
  return String(v)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function blobText(source: unknown): string | null {
  if (
    typeof source === 'object' &&
    source !== null &&
    typeof (source as { getBlob?: unknown }).getBlob === 'function'
  ) {
    return (source as { getBlob(): GoogleAppsScript.Base.Blob }).getBlob().getDataAsString();
  }
  return null;
}

export class FakeMetaTag implements Pick<GMetaTag, 'getName' | 'getContent'> {
  readonly [FAKE] = true;
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeHtmlOutput
  implements
    Pick<
      GHtmlOutput,
      | 'addMetaTag'
      | 'append'
      | 'appendUntrusted'
      | 'asTemplate'
      | 'clear'
      | 'getAs'
      | 'getBlob'
      | 'getContent'
      | 'getFaviconUrl'
      | 'getHeight'
      | 'getMetaTags'
      | 'getTitle'
      | 'getWidth'
      | 'setContent'
      | 'setFaviconUrl'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setTitle'
      | 'setWidth'
      | 'setXFrameOptionsMode'
    >
{
  readonly [FAKE] = true;
  content = '';
  title = '';
  /** null until set: the Ui decides the dialog/sidebar default size. */
  width: number | null = null;
  height: number | null = null;
  sandboxMode: string = 'IFRAME';
  xFrameOptionsMode: string = 'DEFAULT';
  faviconUrl: string | null = null;
  readonly metaTags: FakeMetaTag[] = [];

  constructor(
    content = '',
    private readonly service?: FakeHtmlService,
  ) {
    this.content = content;
  }

  private self(): GHtmlOutput {
    return this as unknown as GHtmlOutput;
  }

  addMetaTag(name: string, content: string): GHtmlOutput {
    this.metaTags.push(new FakeMetaTag(String(name), String(content)));
    return this.self();
  }
  append(addedContent: string): GHtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  appendUntrusted(addedContent: string): GHtmlOutput {
    this.content += escapeHtml(addedContent);
    return this.self();
  }
  asTemplate(): GHtmlTemplate {
    return new FakeHtmlTemplate(this.content, this.service) as unknown as GHtmlTemplate;
  }
  clear(): GHtmlOutput {
    this.content = '';
    return this.self();
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this.content, contentType, this.title || null) as unknown as GoogleAppsScript.Base.Blob;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this.content, 'text/html', this.title || null) as unknown as GoogleAppsScript.Base.Blob;
  }
  getContent(): string {
    return this.content;
  }
  getFaviconUrl(): string {
    return this.faviconUrl as string;
  }
  getHeight(): number {
    return this.height as number;
  }
  getMetaTags(): GMetaTag[] {
    return [...this.metaTags];
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width as number;
  }
  setContent(content: string): GHtmlOutput {
    this.content = String(content);
    return this.self();
  }
  setFaviconUrl(iconUrl: string): GHtmlOutput {
    this.faviconUrl = String(iconUrl);
    return this.self();
  }
  setHeight(height: number): GHtmlOutput {
    this.height = Number(height);
    return this.self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GHtmlOutput {
    this.sandboxMode = String(mode);
    return this.self();
  }
  setTitle(title: string): GHtmlOutput {
    this.title = String(title);
    return this.self();
  }
  setWidth(width: number): GHtmlOutput {
    this.width = Number(width);
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
  /** Not in Apps Script; for the Ui/playground. */
  getSandboxMode(): string {
    return this.sandboxMode;
  }
  getXFrameOptionsMode(): string {
    return this.xFrameOptionsMode;
  }
}

// ---------------------------------------------------------------------------------------------
// Scriptlets

export type Scriptlet = { kind: 'html' | 'code' | 'print' | 'raw'; text: string };

export function parseScriptlets(source: string): Scriptlet[] {
  const out: Scriptlet[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      out.push({ kind: 'html', text: source.slice(i) });
      break;
    }
    if (open > i) out.push({ kind: 'html', text: source.slice(i, open) });
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw exception(`Unterminated scriptlet at character ${open}: missing ?>`);
    let body = source.slice(open + 2, close);
    let kind: Scriptlet['kind'] = 'code';
    if (body.startsWith('!=')) {
      kind = 'raw';
      body = body.slice(2);
    } else if (body.startsWith('=')) {
      kind = 'print';
      body = body.slice(1);
    }
    out.push({ kind, text: body });
    i = close + 2;
  }
  return out;
}

const expr = (t: string) => t.trim().replace(/;+\s*$/, '');

/** The JavaScript a template compiles to (what `getCode()` returns). */
export function compileTemplate(source: string, withComments = false): string {
  const lines: string[] = [];
  for (const s of parseScriptlets(source)) {
    switch (s.kind) {
      case 'html':
        lines.push(`output.append(${JSON.stringify(s.text)});`);
        break;
      case 'code':
        if (withComments) lines.push(`/* <?${s.text}?> */`);
        lines.push(s.text);
        break;
      case 'print':
        if (withComments) lines.push(`/* <?=${s.text}?> */`);
        lines.push(`output.appendUntrusted(${expr(s.text)});`);
        break;
      case 'raw':
        if (withComments) lines.push(`/* <?!=${s.text}?> */`);
        lines.push(`output.append(${expr(s.text)});`);
        break;
    }
  }
  return lines.join('\n');
}

const templateSource = new WeakMap<FakeHtmlTemplate, { source: string; service?: FakeHtmlService }>();

export class FakeHtmlTemplate
  implements Pick<GHtmlTemplate, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'>
{
  readonly [FAKE] = true;
  [propName: string]: unknown;

  constructor(source: string, service?: FakeHtmlService) {
    templateSource.set(this, { source, service });
  }

  evaluate(): GHtmlOutput {
    const { source, service } = templateSource.get(this)!;
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) vars[k] = this[k];
    const output = new FakeHtmlOutput('', service);
    const globals = service?.globals() ?? {};
    const code = compileTemplate(source);
    let fn: (output: FakeHtmlOutput, vars: object, globals: object) => void;
    try {
      // Function bodies are sloppy-mode, so `with` is allowed: template variables shadow globals.
      fn = new Function(
        'output',
        '__vars',
        '__globals',
        `with (__globals) { with (__vars) {\n${code}\n} }`,
      ) as typeof fn;
    } catch (e) {
      throw exception(`Template syntax error: ${(e as Error).message}`);
    }
    fn(output, vars, globals);
    return output as unknown as GHtmlOutput;
  }
  getCode(): string {
    return compileTemplate(templateSource.get(this)!.source);
  }
  getCodeWithComments(): string {
    return compileTemplate(templateSource.get(this)!.source, true);
  }
  getRawContent(): string {
    return templateSource.get(this)!.source;
  }
}

// ---------------------------------------------------------------------------------------------
// Service

export interface HtmlServiceOptions {
  /** Folder holding `<name>.html` files. */
  htmlDir: string;
  /** Names visible in scriptlets besides template variables (e.g. the bundle's globals). */
  globals?: Record<string, unknown> | (() => Record<string, unknown>);
}

export class FakeHtmlService
  implements
    Pick<
      GHtmlService,
      | 'SandboxMode'
      | 'XFrameOptionsMode'
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
      | 'getUserAgent'
    >
{
  readonly [FAKE] = true;
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  /** Files read, in order (for tests). */
  readonly filesRead: string[] = [];

  constructor(private readonly opts: HtmlServiceOptions) {}

  globals(): Record<string, unknown> {
    const g = this.opts.globals;
    return typeof g === 'function' ? g() : (g ?? {});
  }

  readFile(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const path = join(this.opts.htmlDir, `${name}.html`);
    if (!name || name.includes('..') || !existsSync(path)) throw exception(`No HTML file named ${filename} was found.`);
    this.filesRead.push(name);
    return readFileSync(path, 'utf8');
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GHtmlOutput {
    const text = html === undefined || html === null ? '' : (blobText(html) ?? String(html));
    return new FakeHtmlOutput(text, this) as unknown as GHtmlOutput;
  }
  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    return new FakeHtmlOutput(this.readFile(filename), this) as unknown as GHtmlOutput;
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GHtmlTemplate {
    return new FakeHtmlTemplate(blobText(html) ?? String(html), this) as unknown as GHtmlTemplate;
  }
  createTemplateFromFile(filename: string): GHtmlTemplate {
    return new FakeHtmlTemplate(this.readFile(filename), this) as unknown as GHtmlTemplate;
  }
  getUserAgent(): string {
    return (
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36' +
      ' (ANTT emulator)'
    );
  }
}

export function createHtmlService(
  ctx: EmulatorContext,
  opts: HtmlServiceOptions,
): { HtmlService: GHtmlService; html: FakeHtmlService } {
  const html = new FakeHtmlService(opts);
  return { HtmlService: instrument(html, 'HtmlService', ctx.counter) as unknown as GHtmlService, html };
}

gasName(FakeMetaTag, 'HtmlOutputMetaTag');
gasName(FakeHtmlOutput, 'HtmlOutput');
gasName(FakeHtmlTemplate, 'HtmlTemplate');
gasName(FakeHtmlService, 'HtmlService');
