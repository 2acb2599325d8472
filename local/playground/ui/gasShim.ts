/**
 * `google.script.run` / `google.script.host` for a sidebar or dialog page in the playground.
 * Injected first in the page's <head>; `data-playground-page` on its <script> tag names the page.
 *
 * run.withSuccessHandler(f).withFailureHandler(g).withUserObject(o).<fn>(...args) POSTs
 * { fn, args } to /api/run; f(value, o) or g(new Error(message), o) is called afterwards.
 * Values JSON cannot carry (Date, functions, NaN) are marked, so the server refuses them
 * as Apps Script does rather than getting them silently changed by JSON.stringify.
 */
import type { RunReply, ShimBody } from '../protocol';
import { WIRE } from '../protocol';

type Handler = (value: unknown, userObject?: unknown) => void;
interface RunnerState {
  ok?: Handler;
  fail?: Handler;
  user?: unknown;
}

const script = document.currentScript as HTMLScriptElement | null;
const PAGE = Number(script?.getAttribute('data-playground-page') ?? 0);
/** The phone web app's identity (`/m/app?as=`): its calls run as the same person. */
const AS = script?.getAttribute('data-as') ?? '';
const RUN = AS ? `/api/run?as=${encodeURIComponent(AS)}` : '/api/run';

function post(msg: ShimBody): void {
  try {
    window.parent.postMessage({ antt: 'playground', page: PAGE, ...msg }, location.origin);
  } catch {
    // not inside the playground: nothing to tell
  }
}

function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of new FormData(form).entries()) {
    const value = typeof v === 'string' ? v : { name: v.name, size: v.size, type: v.type };
    if (k in out) out[k] = ([] as unknown[]).concat(out[k], value);
    else out[k] = value;
  }
  return out;
}

function encode(v: unknown): unknown {
  if (v instanceof Date) return { [WIRE.date]: v.getTime() };
  if (typeof v === 'function') return { [WIRE.fn]: v.name || 'function' };
  if (typeof v === 'number' && !Number.isFinite(v)) return { [WIRE.num]: String(v) };
  if (typeof HTMLFormElement !== 'undefined' && v instanceof HTMLFormElement) return formToObject(v);
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = encode((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** Handlers run on their own turn, so an error thrown by the success handler is not sent to the failure handler. */
function later(f: () => void): void {
  setTimeout(f, 0);
}

function fail(state: RunnerState, fn: string, message: string): void {
  const error = new Error(message);
  later(() => {
    if (state.fail) state.fail(error, state.user);
    else console.error(`google.script.run.${fn}:`, error);
  });
}

function invoke(fn: string, args: unknown[], state: RunnerState): void {
  let body: string;
  try {
    body = JSON.stringify({ fn, args: args.map(encode) });
  } catch (e) {
    fail(state, fn, `Không gửi được tham số: ${(e as Error).message}`);
    return;
  }
  fetch(RUN, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
    .then(async (res) => {
      const reply = (await res.json()) as RunReply;
      post({ type: 'ran', fn });
      if (reply.ok) later(() => state.ok?.(reply.value, state.user));
      else fail(state, fn, reply.error);
    })
    .catch((e: unknown) => fail(state, fn, `Mất kết nối với máy chủ sân thử: ${(e as Error)?.message ?? e}`));
}

function runner(state: RunnerState): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string' || prop === 'then' || prop === 'toJSON') return undefined;
        if (prop === 'withSuccessHandler') return (f: Handler) => runner({ ...state, ok: f });
        if (prop === 'withFailureHandler') return (f: Handler) => runner({ ...state, fail: f });
        if (prop === 'withUserObject') return (o: unknown) => runner({ ...state, user: o });
        return (...args: unknown[]) => invoke(prop, args, state);
      },
    },
  );
}

const host = {
  origin: location.origin,
  close: () => post({ type: 'close' }),
  setHeight: (height: number) => post({ type: 'resize', height: Number(height) }),
  setWidth: (width: number) => post({ type: 'resize', width: Number(width) }),
  editor: { focus: () => undefined },
};

const url = {
  getLocation: (
    callback: (location: {
      hash: string;
      parameter: Record<string, string>;
      parameters: Record<string, string[]>;
    }) => void,
  ) => later(() => callback({ hash: '', parameter: {}, parameters: {} })),
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host, url } };
