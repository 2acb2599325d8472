// Builds dist/ for `clasp push`:
//   dist/Code.js          src/server bundled as one iife (global `AnttApp`) + a top-level forwarder
//                         `function f(...a){return AnttApp.f(...a)}` for every exported name
//                         (CHANGELOG.md is imported as text: the help dialog's "Có gì mới")
//   dist/appsscript.json  the manifest
//   dist-commune/         the same files for the commune's script project, its manifest from communeManifest.mjs
//   dist/<Name>.html      each src/client/<Name>/ (main.ts + style.css) in the one shell src/client/shell.html,
//                         with its title (and body, when not the default) from src/client/pages.json and its
//                         JS and CSS inlined
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, rm, writeFile, rename, stat } from 'node:fs/promises';
import { communeManifest } from './communeManifest.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const GLOBAL = 'AnttApp';

async function buildServer() {
  const entry = path.join(root, 'src/server/index.ts');
  const common = {
    entryPoints: [entry],
    bundle: true,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    loader: { '.md': 'text' },
  };
  // The export list comes from the bundler itself: no hand-kept list.
  const probe = await build({
    ...common,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    minify: false,
  });
  const exports = Object.values(probe.metafile.outputs)[0]
    .exports.filter((n) => n !== 'default')
    .sort();
  const out = await build({
    ...common,
    format: 'iife',
    globalName: GLOBAL,
    write: false,
    minify: true,
    outfile: 'Code.js',
  });
  const forwarders = exports.map((n) => `function ${n}(...a){return ${GLOBAL}.${n}(...a)}`).join('\n');
  const code = `${out.outputFiles[0].text}\n${forwarders}\n`;
  await put('Code.js', code);
  return { exports, bytes: Buffer.byteLength(code) };
}

/** The body of a page unless pages.json gives another one: the root its main.ts renders into. */
const DEFAULT_BODY = '<main id="app"></main>';
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * src/client/pages.json: `{ "<Name>": { "title": "…", "body"?: "<main …></main>" } }`, one entry per page
 * folder and one folder per entry (either left out is an error).
 */
async function readPages(dir, folders) {
  const pages = JSON.parse(await readFile(path.join(dir, 'pages.json'), 'utf8'));
  for (const [name, page] of Object.entries(pages)) {
    if (!folders.includes(name)) throw new Error(`src/client/pages.json: ${name} has no folder src/client/${name}/`);
    const keys = Object.keys(page).filter((k) => k !== 'title' && k !== 'body');
    if (typeof page.title !== 'string' || page.title.trim() === '' || keys.length > 0)
      throw new Error(
        `src/client/pages.json: ${name} needs a "title" (text) and may have a "body" (HTML), nothing else`,
      );
    if (page.body !== undefined && typeof page.body !== 'string')
      throw new Error(`src/client/pages.json: ${name}.body must be HTML text`);
  }
  for (const name of folders) if (!pages[name]) throw new Error(`src/client/pages.json: no entry for ${name}/`);
  return pages;
}

async function buildClients() {
  const dir = path.join(root, 'src/client');
  const shell = await readFile(path.join(dir, 'shell.html'), 'utf8');
  const folders = [];
  for (const name of await readdir(dir)) {
    if (!/^[A-Z]/.test(name)) continue; // shared/ and other helpers are lower-case
    if ((await stat(path.join(dir, name))).isDirectory()) folders.push(name);
  }
  const pages = await readPages(dir, folders);
  const names = [];
  for (const name of folders) {
    const page = path.join(dir, name);
    const js = await build({
      entryPoints: [path.join(page, 'main.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      minify: true,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'warning',
      outfile: 'main.js',
      loader: { '.css': 'css' },
    });
    let script = js.outputFiles.find((f) => f.path.endsWith('.js')).text;
    const bundledCss = js.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
    // Inlined code must not end the <script> element nor open an Apps Script scriptlet.
    script = script
      .replace(/<\/(script)/gi, '<\\/$1')
      .replace(/<\?/g, '<\\?')
      .replace(/<!--/g, '<\\!--');
    // Replacements are functions: a `$&` or `$'` in the code is kept as written.
    const html = shell
      .replace('<!-- @title -->', () => escapeText(pages[name].title))
      .replace('<!-- @body -->', () => pages[name].body ?? DEFAULT_BODY)
      .replace('<!-- @style -->', () => `<style>${bundledCss}</style>`)
      .replace('<!-- @script -->', () => `<script>${script}</script>`);
    if (html.includes('<!-- @')) throw new Error(`${name}: unreplaced build marker in src/client/shell.html`);
    await put(`${name}.html`, html);
    names.push(name);
  }
  return names;
}

/**
 * Each file is written whole then renamed into place, so a reader (a test running beside a rebuild) never sees it
 * missing or half-written.
 */
const written = new Set();
async function put(name, content) {
  const tmp = path.join(dist, `.${name}.${process.pid}.tmp`);
  await writeFile(tmp, content);
  await rename(tmp, path.join(dist, name));
  written.add(name);
}

await mkdir(dist, { recursive: true });
await put('appsscript.json', await readFile(path.join(root, 'appsscript.json')));
const server = await buildServer();
const pages = await buildClients();
// Files of pages that no longer exist go, so `clasp push` uploads exactly what was built.
for (const f of await readdir(dist))
  if (!written.has(f) && !f.endsWith('.tmp')) await rm(path.join(dist, f), { recursive: true, force: true });
// The commune's deployment (SPEC §9.1): the same files in dist-commune/, its manifest the village's plus
// `spreadsheets.readonly` (openById on the villages), without the web app.
const communeDir = path.join(root, 'dist-commune');
await rm(communeDir, { recursive: true, force: true });
await mkdir(communeDir, { recursive: true });
for (const f of written) if (f !== 'appsscript.json') await copyFile(path.join(dist, f), path.join(communeDir, f));
await writeFile(
  path.join(communeDir, 'appsscript.json'),
  communeManifest(await readFile(path.join(root, 'appsscript.json'), 'utf8')),
);
const serverSize = `${(server.bytes / 1024).toFixed(1)} KB`;
console.log(`dist/Code.js ${serverSize}, ${server.exports.length} globals; pages: ${pages.join(', ') || '(none)'}`);
