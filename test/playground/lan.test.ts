/**
 * `npm start -- --lan` (issue 14): the playground also answers requests addressed to this machine's own network
 * address, so a phone on the same network opens the phone web app at `/m`; any other name is still refused (DNS
 * rebinding), and without `--lan` only 127.0.0.1, localhost and [::1] are served.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../local/playground/main';
import { startPlayground } from '../../local/playground/server';
import { hostAllowed } from '../../local/playground/http';
import { ensureDist } from './dist';

const lanIPs = Object.values(os.networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
  .map((a) => a!.address);

/** GET `p` from 127.0.0.1:port with the given Host header: the status. */
function status(port: number, p: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: p, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('--lan is an option of npm start', () => {
  expect(parseArgs(['--lan'], {})).toMatchObject({ lan: true, reset: false });
  expect(parseArgs([], {})).toMatchObject({ lan: false });
});

test('hostAllowed: loopback names always, a network address only when listed', () => {
  const req = (host: string) => ({ headers: { host } }) as never;
  expect(hostAllowed(req('127.0.0.1:5173'), 5173)).toBe(true);
  expect(hostAllowed(req('192.0.2.7:5173'), 5173)).toBe(false);
  expect(hostAllowed(req('192.0.2.7:5173'), 5173, ['192.0.2.7'])).toBe(true);
  expect(hostAllowed(req('evil.example:5173'), 5173, ['192.0.2.7'])).toBe(false);
  expect(hostAllowed(req('192.0.2.7:80'), 5173, ['192.0.2.7'])).toBe(false);
});

test('with --lan, /m answers a request addressed to this machine on its network; other names are refused', async () => {
  ensureDist();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-lan-'));
  const pg = await startPlayground({ port: 0, stateFile: path.join(dir, 'w.json'), quiet: true, lan: true });
  try {
    for (const ip of lanIPs) await expect(status(pg.port, '/m', `${ip}:${pg.port}`)).resolves.toBe(200);
    await expect(status(pg.port, '/m', `127.0.0.1:${pg.port}`)).resolves.toBe(200);
    await expect(status(pg.port, '/m', `rebind.example:${pg.port}`)).resolves.toBe(403);
  } finally {
    await pg.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // Without --lan, the network address is refused.
  const dir2 = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-lan-'));
  const local = await startPlayground({ port: 0, stateFile: path.join(dir2, 'w.json'), quiet: true });
  try {
    for (const ip of lanIPs) await expect(status(local.port, '/m', `${ip}:${local.port}`)).resolves.toBe(403);
  } finally {
    await local.close();
    rmSync(dir2, { recursive: true, force: true });
  }
});
