// Builds dist/ for `clasp push`:
//   dist/Code.js          src/server bundled as one iife (global `AnttApp`) + a top-level forwarder
//                         `function f(...a){return AnttApp.f(...a)}` for every exported name
//                         (CHANGELOG.md is imported as text: the help dialog's "Có gì mới")
//   dist/appsscript.json  the manifest
//   dist/<Name>.html      each src/client/<Name>/ (index.html + main.ts + style.css) with JS and CSS inlined
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile, rename, stat } from 'node:fs/promises';
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

async function buildClients() {
  const dir = path.join(root, 'src/client');
  const names = [];
  for (const name of await readdir(dir)) {
    if (!/^[A-Z]/.test(name)) continue; // shared/ and other helpers are lower-case
    const page = path.join(dir, name);
    if (!(await stat(page)).isDirectory()) continue;
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
    const html = (await readFile(path.join(page, 'index.html'), 'utf8'))
      .replace('<!-- @style -->', `<style>${bundledCss}</style>`)
      .replace('<!-- @script -->', () => `<script>${script}</script>`);
    if (html.includes('<!-- @')) throw new Error(`${name}/index.html: unreplaced build marker`);
    await put(`${name}.html`, html);
    names.push(name);
  }
  return names;
}

/** Each file is written whole then renamed into place, so a reader (a test running beside a rebuild) never sees it missing or half-written. */
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
console.log(
  `dist/Code.js ${(server.bytes / 1024).toFixed(1)} KB, ${server.exports.length} globals; pages: ${pages.join(', ') || '(none)'}`,
);
