/**
 * The playground runs dist/Code.js: build it when a test run starts without it (`npm test`
 * builds first). Test files run in parallel workers, so one builds and the others wait.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const built = () => ['Code.js', 'Help.html'].every((f) => existsSync(path.join(root, 'dist', f)));
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function ensureDist(): void {
  if (built()) return;
  const lock = path.join(os.tmpdir(), `antt-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);
  try {
    mkdirSync(lock);
  } catch {
    for (let waited = 0; !built() && existsSync(lock) && waited < 120000; waited += 250) sleep(250);
    if (built()) return;
    rmSync(lock, { recursive: true, force: true });
    mkdirSync(lock, { recursive: true });
  }
  try {
    if (!built())
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
