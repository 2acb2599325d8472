/**
 * The page's files, built once at start-up: `ui/main.ts` bundled by esbuild, the stylesheet,
 * the HTML shell, and the `google.script.run` shim injected into every sidebar/dialog page.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const UI = path.join(__dirname, 'ui');

export interface Assets {
  html: string;
  js: string;
  css: string;
  shim: string;
  /** Script of the A4 preview of a Doc (/doc/<id>). */
  preview: string;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(UI, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    outfile: 'out.js',
  });
  return out.outputFiles[0].text;
}

export async function buildAssets(): Promise<Assets> {
  const [js, shim, preview] = await Promise.all([bundle('main.ts'), bundle('gasShim.ts'), bundle('preview.ts')]);
  return {
    html: readFileSync(path.join(UI, 'index.html'), 'utf8'),
    js,
    css: readFileSync(path.join(UI, 'style.css'), 'utf8'),
    shim,
    preview,
  };
}

/** Puts the shim first in the page's `<head>` (before any of its own scripts run). */
export function injectShim(html: string, shim: string, pageId: number): string {
  const safe = shim.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const tag = `<script data-playground-page="${pageId}">${safe}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag)
    return (
      html.slice(0, htmlTag.index + htmlTag[0].length) +
      `<head>${tag}</head>` +
      html.slice(htmlTag.index + htmlTag[0].length)
    );
  return `<!DOCTYPE html><head><meta charset="utf-8">${tag}</head>${html}`;
}
