/**
 * CacheService: document, script and per-user caches whose entries expire on the emulator
 * clock (`ctx.now()`). Limits as Apps Script: key ≤ 250 chars, value ≤ 100 KB, TTL 1..21600 s
 * (default 600), putAll ≤ 1000 entries.
 */
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';
import { exception, gasName } from './utilities';

type GCache = GoogleAppsScript.Cache.Cache;
type GCacheService = GoogleAppsScript.Cache.CacheService;

export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
export const CACHE_DEFAULT_TTL = 600;
export const CACHE_MAX_TTL = 21600;

export interface CacheEntry {
  value: string;
  expiresAt: number; // epoch ms
}

export class CacheStore {
  readonly entries = new Map<string, CacheEntry>();
  constructor(private readonly now: () => Date) {}

  /** Live (unexpired) entry or undefined; expired entries are dropped. */
  live(key: string): CacheEntry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now().getTime()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }
}

function checkKey(key: unknown): string {
  const k = String(key);
  if (k.length === 0) throw exception('Invalid argument: key');
  if (k.length > CACHE_KEY_LIMIT) throw exception('Argument too large: key');
  return k;
}

function checkValue(value: unknown): string {
  const v = typeof value === 'string' ? value : String(value);
  if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT) throw exception('Argument too large: value');
  return v;
}

function checkTtl(ttl: unknown): number {
  if (ttl === undefined || ttl === null) return CACHE_DEFAULT_TTL;
  const n = Number(ttl);
  if (!Number.isFinite(n) || n < 1 || n > CACHE_MAX_TTL) throw exception('Invalid argument: expirationInSeconds');
  return Math.floor(n);
}

export class FakeCache implements Pick<GCache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  readonly [FAKE] = true;
  constructor(
    private readonly store: CacheStore,
    private readonly now: () => Date,
  ) {}

  get(key: string): string | null {
    return this.store.live(checkKey(key))?.value ?? null;
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const e = this.store.live(checkKey(k));
      if (e) out[k] = e.value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = checkKey(key);
    const v = checkValue(value);
    const ttl = checkTtl(expirationInSeconds);
    this.store.entries.set(k, { value: v, expiresAt: this.now().getTime() + ttl * 1000 });
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    const keys = Object.keys(values);
    if (keys.length > 1000) throw exception('Argument too large: values');
    const ttl = checkTtl(expirationInSeconds);
    const checked = keys.map((k) => [checkKey(k), checkValue(values[k])] as const);
    const at = this.now().getTime() + ttl * 1000;
    for (const [k, v] of checked) this.store.entries.set(k, { value: v, expiresAt: at });
  }
  remove(key: string): void {
    this.store.entries.delete(checkKey(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.entries.delete(checkKey(k));
  }
}

/** Raw handle: the stores behind the service. */
export class CacheStores {
  readonly script: CacheStore;
  readonly users = new Map<string, CacheStore>();
  /** Document caches by document id ('' when the environment names no active document). */
  readonly documents = new Map<string, CacheStore>();

  constructor(private readonly ctx: EmulatorContext) {
    this.script = new CacheStore(() => ctx.now());
  }

  /** The cache of the active document (each spreadsheet of an environment has its own). */
  get document(): CacheStore {
    const id = this.ctx.activeDocumentId?.() ?? '';
    let s = this.documents.get(id);
    if (!s) this.documents.set(id, (s = new CacheStore(() => this.ctx.now())));
    return s;
  }
  user(email: string = this.ctx.user.email): CacheStore {
    let s = this.users.get(email);
    if (!s) this.users.set(email, (s = new CacheStore(() => this.ctx.now())));
    return s;
  }
}

export class FakeCacheService implements Pick<GCacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'> {
  readonly [FAKE] = true;
  constructor(
    private readonly stores: CacheStores,
    private readonly ctx: EmulatorContext,
  ) {}
  getDocumentCache(): GCache | null {
    return new FakeCache(this.stores.document, () => this.ctx.now()) as unknown as GCache;
  }
  getScriptCache(): GCache {
    return new FakeCache(this.stores.script, () => this.ctx.now()) as unknown as GCache;
  }
  getUserCache(): GCache {
    return new FakeCache(this.stores.user(), () => this.ctx.now()) as unknown as GCache;
  }
}

export function createCacheService(ctx: EmulatorContext): { CacheService: GCacheService; caches: CacheStores } {
  const caches = new CacheStores(ctx);
  return {
    CacheService: instrument(
      new FakeCacheService(caches, ctx),
      'CacheService',
      ctx.counter,
    ) as unknown as GCacheService,
    caches,
  };
}

gasName(FakeCache, 'Cache');
gasName(FakeCacheService, 'CacheService');
