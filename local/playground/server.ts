/**
 * The local playground: the add-on's bundle on the emulated workbook, shown in the browser
 * as a spreadsheet with its menu, sidebars and dialogs. Binds 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { GasEnvironment } from '../emulator';
import { buildAssets } from './assets';
import { networkInterfaces } from 'node:os';
import { hostAllowed, HttpError, send, sendJson } from './http';
import { route } from './routes';
import { messageOf, Session } from './session';
import { DEFAULT_STATE_FILE, fixedNow, useDist } from './state';
import { memory, trace, traceFile } from './trace';

export interface PlaygroundOptions {
  /** 0 picks a free port. Default 5173. */
  port?: number;
  /** Default `.playground/workbook.json`. */
  stateFile?: string;
  /** Start again (from the sample village, or empty with `empty`) even if the state file exists. */
  reset?: boolean;
  /** A new workbook starts empty, as a new spreadsheet (no set-up, no sample), instead of as the sample village. */
  empty?: boolean;
  /**
   * Listen on every network interface, not only 127.0.0.1, so that a phone on the same network opens `/m` (the
   * phone web app, issue 14). Nothing asks who connects: anyone on the network may change the workbook.
   */
  lan?: boolean;
  /** A new workbook is the commune playground (three villages and the commune's spreadsheet, issue 18). */
  commune?: boolean;
  /** No log lines. */
  quiet?: boolean;
  /**
   * `YYYY-MM-DD`: the emulator's today (e.g. 2023-06-20, the end of the sample village's period). Default: the real
   * date.
   */
  today?: string;
  /** The folder of the built add-on (default `dist/`). */
  dist?: string;
}

export interface Playground {
  url: string;
  port: number;
  stateFile: string;
  /** The emulated environment (replaced by a reset from the page). */
  readonly env: GasEnvironment;
  /** Saves the workbook now if it changed (e.g. after writing to `env.spreadsheet` directly). */
  save(): boolean;
  /** Saves, then stops the server. */
  close(): Promise<void>;
}

export async function startPlayground(opts: PlaygroundOptions = {}): Promise<Playground> {
  const stateFile = path.resolve(opts.stateFile ?? DEFAULT_STATE_FILE);
  if (opts.dist) useDist(opts.dist);
  const log = opts.quiet ? () => {} : (msg: string) => console.log(msg);
  const [assets, session] = await Promise.all([
    buildAssets(),
    Promise.resolve().then(
      () =>
        new Session(
          stateFile,
          !!opts.reset,
          fixedNow(opts.today),
          opts.empty ? 'empty' : opts.commune ? 'commune' : 'sample',
        ),
    ),
  ]);
  let port = 0;
  const lanAddresses = opts.lan ? lanIPv4() : [];

  const server = createServer((req, res) => {
    if (traceFile()) {
      const start = performance.now();
      res.on('finish', () =>
        trace(
          `${req.method} ${req.url} ${res.statusCode} ${(performance.now() - start).toFixed(1)}ms` +
            ` calls=${session.env.counter.log.length} ${memory()}`,
        ),
      );
    }
    if (!hostAllowed(req, port, lanAddresses))
      return send(res, 403, 'text/plain; charset=utf-8', 'Chỉ truy cập qua 127.0.0.1 hoặc localhost.');
    route(req, res, session, assets).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) log(`Lỗi khi xử lý ${req.method} ${req.url}: ${(e as Error)?.stack ?? e}`);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: messageOf(e) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 5173, opts.lan ? '0.0.0.0' : '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  log(`Sân thử ANTT tự quản: ${url}`);
  log(`Bảng tính lưu tại ${stateFile}`);
  for (const ip of lanAddresses) log(`Trên điện thoại cùng mạng: http://${ip}:${port}/m (ai trong mạng cũng sửa được)`);

  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    stateFile,
    get env() {
      return session.env;
    },
    save: () => session.save(),
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        session.save();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** This machine's IPv4 addresses on its networks (not the loopback): where a phone on the same network finds it. */
function lanIPv4(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}
